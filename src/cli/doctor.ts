import { Command } from 'commander';
import type { Config } from '../config/schema.ts';
import { openStore, type Store } from '../store/index.ts';
import type { EngineReport } from '../translate/chain.ts';
import { buildTranslation } from '../translate/engines/factory.ts';
import { renderTable } from './table.ts';

export interface DoctorFindings {
  engines: EngineReport[];
  /** Languages of enabled sources (as configured, and as stored articles turned out) that no engine serves. */
  unserved: { source: string; language: string; articles: number | null }[];
}

/** What each engine can do now and which source languages none of them serves. */
export async function examine(config: Config, store: Store, engines: { chain: { report(): Promise<EngineReport[]> } }): Promise<DoctorFindings> {
  const reports = await engines.chain.report();
  const target = config.translation.target.split('-')[0]!;
  const served = new Set(reports.filter((r) => r.health.ok).flatMap((r) => r.pairs.filter((p) => p.to === target).map((p) => p.from)));
  const primary = (tag: string) => tag.split('-')[0]!.toLowerCase();
  const enabled = config.sources.filter((s) => s.enabled);
  const unserved: DoctorFindings['unserved'] = enabled
    .filter((s) => s.language && primary(s.language) !== target && !served.has(primary(s.language)))
    .map((s) => ({ source: s.id, language: s.language!, articles: null }));
  for (const u of await store.translations.unsupportedLanguages()) {
    if (!enabled.some((s) => s.id === u.sourceId) || served.has(primary(u.language))) continue;
    const listed = unserved.find((x) => x.source === u.sourceId && primary(x.language) === primary(u.language));
    if (listed) listed.articles = u.articles;
    else unserved.push({ source: u.sourceId, language: u.language, articles: u.articles });
  }
  return { engines: reports, unserved };
}

export function doctorReport(f: DoctorFindings): string {
  const budget = (r: EngineReport) => {
    const { day, month, limits } = r.usage;
    const of = (n: number, limit?: number) => (limit ? `${n}/${limit}` : String(n));
    return `day ${of(day, limits.charsPerDay)}, month ${of(month, limits.charsPerMonth)}`;
  };
  const engines = renderTable(
    ['engine', 'healthy', 'pairs', 'budget (chars)', 'detail'],
    f.engines.map((r) => [r.engine, r.health.ok ? 'yes' : 'NO', r.pairs.map((p) => p.route.join('→')).join(', ') || null, budget(r), r.health.ok ? null : r.health.detail]),
  );
  const unserved =
    f.unserved.length === 0
      ? 'Every enabled source language is served by an engine.'
      : `Languages no engine serves (these articles wait):\n${renderTable(['source', 'language', 'articles waiting'], f.unserved.map((u) => [u.source, u.language, u.articles]))}`;
  return `${engines}\n\n${unserved}`;
}

export function doctorCommand(loadConfig: () => Config): Command {
  return new Command('doctor')
    .description('check each configured translation engine: reachable, language pairs served, budget used; list source languages no engine serves')
    .action(async () => {
      const config = loadConfig();
      const store = await openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
      const translation = buildTranslation(config.translation, { memory: store.translationMemory, counters: store.budgetCounters });
      try {
        const findings = await examine(config, store, translation);
        console.log(doctorReport(findings));
        if (!findings.engines.some((e) => e.health.ok)) process.exitCode = 1;
      } finally {
        await translation.close();
        await store.close();
      }
    });
}
