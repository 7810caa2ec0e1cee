import { Command } from 'commander';
import cliProgress from 'cli-progress';
import pino from 'pino';
import type { Config } from '../config/schema.ts';
import { createContext } from '../pipeline/context.ts';
import { translateOnce, type TranslatePassReport } from '../pipeline/translate.ts';
import { clip, renderTable } from './table.ts';

export function translateCommand(loadConfig: () => Config): Command {
  return new Command('translate')
    .description('translate the stored articles that have no current translation (or all of them with --retranslate)')
    .option('--since <date>', 'only articles published on or after this date (ISO 8601, e.g. 2026-03-01)')
    .option('--retranslate', 'translate again articles whose translation is current')
    .option('--engine <name>', 'use only this engine, instead of the chain in translation.engines')
    .option('-s, --source <id...>', 'only these sources')
    .action(async (opts: { since?: string; retranslate?: boolean; engine?: string; source?: string[] }) => {
      const config = loadConfig();
      const unknown = (opts.source ?? []).filter((id) => !config.sources.some((s) => s.id === id));
      if (unknown.length > 0) throw new Error(`unknown source id(s): ${unknown.join(', ')}`);
      const since = opts.since === undefined ? undefined : parseSince(opts.since);
      const bar = progressBar();
      const ctx = await createContext(config, {
        ...(bar ? { log: pino({ level: process.env.LOG_LEVEL ?? 'warn' }, pino.destination(2)) } : {}),
        ...(opts.engine !== undefined ? { engine: opts.engine } : {}),
      });
      const stop = new AbortController();
      process.once('SIGINT', () => stop.abort());
      try {
        const report = await translateOnce(ctx, {
          ignoreSchedule: true,
          limit: Number.MAX_SAFE_INTEGER,
          signal: stop.signal,
          ...(opts.source ? { sourceIds: opts.source } : {}),
          ...(since ? { since } : {}),
          ...(opts.retranslate ? { retranslate: true } : {}),
          ...(bar ? { onProgress: bar.update } : {}),
        });
        bar?.stop();
        console.log(translateReport(report));
        if (report.failed > 0 && report.translated + report.passedThrough === 0) process.exitCode = 1;
      } finally {
        await ctx.close();
      }
    });
}

export function parseSince(text: string): Date {
  const ms = /^\d{4}-\d{2}-\d{2}/.test(text) ? Date.parse(text) : Number.NaN;
  if (Number.isNaN(ms)) throw new Error(`--since: "${text}" is not a date such as 2026-03-01 or 2026-03-01T12:00:00Z`);
  return new Date(ms);
}

export function translateReport(r: TranslatePassReport): string {
  const counts = renderTable(
    ['translated', 'passed through', 'held (quality)', 'waiting', 'unsupported', 'failed', 'memory hit rate'],
    [[r.translated, r.passedThrough, r.held, r.waiting, r.unsupported, r.failed, `${(r.memory.hitRate * 100).toFixed(1)}% (${r.memory.hits}/${r.memory.hits + r.memory.misses})`]],
  );
  const engines = Object.entries(r.charsByEngine);
  const chars = engines.length > 0 ? `\n\n${renderTable(['engine', 'chars sent'], engines.map(([e, n]) => [e, n]))}` : '';
  const error = r.firstError ? `\n\nfirst error: ${clip(r.firstError, 300)}` : '';
  return `${counts}${chars}${error}`;
}

function progressBar(): { update: (done: number, total: number) => void; stop: () => void } | null {
  if (!process.stderr.isTTY) return null;
  const bar = new cliProgress.SingleBar({ format: ' translate [{bar}] {value}/{total}', stream: process.stderr, clearOnComplete: true }, cliProgress.Presets.shades_classic);
  let started = false;
  return {
    update: (done, total) => {
      if (!started) {
        started = true;
        bar.start(total, done);
      } else bar.update(done);
    },
    stop: () => bar.stop(),
  };
}
