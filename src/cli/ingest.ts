import { Command } from 'commander';
import cliProgress from 'cli-progress';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import type { Config } from '../config/schema.ts';
import { createContext } from '../pipeline/context.ts';
import { ingestOnce, type Progress, type SourceRunReport } from '../pipeline/ingest.ts';
import { runScheduler } from '../pipeline/scheduler.ts';
import { clip, renderTable } from './table.ts';
import { listenWeb } from './web.ts';

export function ingestCommand(loadConfig: () => Config): Command {
  return new Command('ingest')
    .description('take in articles from the configured sources (one pass with --once, else keep polling)')
    .option('--once', 'one pass over every due source, then exit')
    .option('--force', 'poll every source now, whatever its schedule')
    .option('-s, --source <id...>', 'only these sources')
    .action(async (opts: { once?: boolean; force?: boolean; source?: string[] }) => {
      const config = loadConfig();
      const unknown = (opts.source ?? []).filter((id) => !config.sources.some((s) => s.id === id));
      if (unknown.length > 0) throw new Error(`unknown source id(s): ${unknown.join(', ')}`);
      const bar = opts.once ? progressBar() : null;
      // Log lines would tear the progress bar apart: on a terminal only warnings are logged, unless LOG_LEVEL says otherwise.
      const ctx = await createContext(config, { log: bar ? pino({ level: process.env.LOG_LEVEL ?? 'warn' }, pino.destination(2)) : undefined });
      try {
        if (opts.once) {
          const reports = await ingestOnce(ctx, { force: opts.force, sourceIds: opts.source, onProgress: bar?.update });
          bar?.stop();
          console.log(reportTable(reports));
          if (reports.length > 0 && reports.every((r) => r.failed > 0 && r.new + r.updated + r.unchanged === 0)) process.exitCode = 1;
        } else {
          const stop = new AbortController();
          process.once('SIGINT', () => stop.abort());
          process.once('SIGTERM', () => stop.abort());
          await runScheduler(ctx, { signal: stop.signal, translate: false });
        }
      } finally {
        await ctx.close();
      }
    });
}

/** The main job on one machine: keep every source polled on its own schedule until stopped. */
export function runCommand(loadConfig: () => Config): Command {
  return new Command('run')
    .description('the main job on one machine: poll, take in, translate and publish, and serve the site, until Ctrl-C')
    .option('--no-web', 'run the pipeline without serving the site')
    .action(async (opts: { web: boolean }) => {
      const config = loadConfig();
      const ctx = await createContext(config);
      const stop = new AbortController();
      process.once('SIGINT', () => stop.abort());
      process.once('SIGTERM', () => stop.abort());
      ctx.log.info({ stage: 'run', sources: ctx.sources.size, database: config.databaseUrl ?? config.dataDir }, 'foreign desk running');
      let site: FastifyInstance | undefined;
      try {
        if (opts.web) site = await listenWeb(ctx.store, config, { host: config.web.host, port: config.web.port, log: ctx.log });
        await runScheduler(ctx, {
          signal: stop.signal,
          onPass: (reports) => logPass(ctx.log, reports),
          onTranslated: (r) => ctx.log.info({ stage: 'translate', translated: r.translated, passed_through: r.passedThrough, waiting: r.waiting, unsupported: r.unsupported, failed: r.failed, memory_hit_rate: r.memory.hitRate }, 'translate pass done'),
          onPublished: (r) => ctx.log.info({ stage: 'publish', published: r.published, updated: r.updated }, 'publish pass done'),
          onClustered: (r) => ctx.log.info({ stage: 'cluster', joined: r.joined, started: r.started, near_duplicates: r.nearDuplicates, skipped: r.skipped }, 'cluster pass done'),
          onHousekeeping: (r) =>
            ctx.log.info({ stage: 'housekeeping', views_pruned: r.viewsPruned, search_merge_steps: r.searchMergeSteps, search_segments: r.searchSegments }, 'housekeeping done'),
        });
      } finally {
        await site?.close();
        await ctx.close();
      }
    });
}

function logPass(log: { info: (o: object, m: string) => void }, reports: SourceRunReport[]) {
  const sum = (k: 'new' | 'updated' | 'failed') => reports.reduce((n, r) => n + r[k], 0);
  log.info({ stage: 'ingest', new: sum('new'), updated: sum('updated'), failed: sum('failed') }, 'ingest pass done');
}

export function reportTable(reports: SourceRunReport[]): string {
  return renderTable(
    ['source', 'new', 'updated', 'unchanged', 'failed', 'removed', 'skipped', 'first error'],
    reports.map((r) => [r.source, r.new, r.updated, r.unchanged, r.failed, r.removed, r.skipped, clip(r.firstError, 100)]),
  );
}

/** A progress bar on a terminal; nothing when output goes to a file or pipe. */
function progressBar(): { update: (p: Progress) => void; stop: () => void } | null {
  if (!process.stderr.isTTY) return null;
  const bar = new cliProgress.SingleBar({ format: ' {phase} [{bar}] {value}/{total}', stream: process.stderr, clearOnComplete: true }, cliProgress.Presets.shades_classic);
  let phase: string | null = null;
  return {
    update: (p) => {
      if (p.phase !== phase) {
        if (phase) bar.stop();
        phase = p.phase;
        bar.start(p.total, p.done, { phase: p.phase.padEnd(8) });
      } else bar.update(p.done);
    },
    stop: () => bar.stop(),
  };
}
