import type { SourceConfig } from '../config/schema.ts';
import type { Db } from './database.ts';

export interface SourceHealth {
  id: string;
  name: string;
  country: string;
  language: string | null;
  enabled: boolean;
  lastSuccessAt: string | null;
  lastError: string | null;
  lastErrorAt: string | null;
  errorCount: number;
  articles: number;
  failedArticles: number;
  /** Extracted, not translated yet: new, or waiting for an engine (see `doctor`). */
  awaitingTranslation: number;
}

export function sourcesRepository(db: Db) {
  return {
    /** Brings the table in line with configuration; sources gone from the file are disabled, never deleted. */
    async syncFromConfig(sources: SourceConfig[], now = new Date()): Promise<void> {
      const at = now.toISOString();
      await db.transaction().execute(async (trx) => {
        for (const s of sources) {
          const row = {
            name: s.name,
            homepage: s.homepage,
            country: s.country,
            language: s.language ?? null,
            mode: s.mode,
            enabled: s.enabled ? 1 : 0,
            config_json: JSON.stringify(s),
            updated_at: at,
          };
          await trx
            .insertInto('sources')
            .values({ id: s.id, ...row, error_count: 0, created_at: at })
            .onConflict((oc) => oc.column('id').doUpdateSet(row))
            .execute();
        }
        const ids = sources.map((s) => s.id);
        let gone = trx.updateTable('sources').set({ enabled: 0, updated_at: at });
        if (ids.length > 0) gone = gone.where('id', 'not in', ids);
        await gone.execute();
      });
    },

    async recordSuccess(id: string, now = new Date()): Promise<void> {
      await db.updateTable('sources').set({ last_success_at: now.toISOString() }).where('id', '=', id).execute();
    },

    async recordError(id: string, message: string, now = new Date()): Promise<void> {
      await db
        .updateTable('sources')
        .set((eb) => ({ last_error: message, last_error_at: now.toISOString(), error_count: eb('error_count', '+', 1) }))
        .where('id', '=', id)
        .execute();
    },

    async health(): Promise<SourceHealth[]> {
      const rows = await db
        .selectFrom('sources')
        .leftJoin('articles', 'articles.source_id', 'sources.id')
        .select((eb) => [
          'sources.id',
          'sources.name',
          'sources.country',
          'sources.language',
          'sources.enabled',
          'sources.last_success_at',
          'sources.last_error',
          'sources.last_error_at',
          'sources.error_count',
          eb.fn.count<number>('articles.id').as('articles'),
          eb.fn.sum<number>(eb.case().when('articles.state', '=', 'failed').then(1).else(0).end()).as('failed'),
          eb.fn.sum<number>(eb.case().when('articles.state', '=', 'extracted').then(1).else(0).end()).as('awaiting'),
        ])
        .groupBy('sources.id')
        .orderBy('sources.id')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        country: r.country,
        language: r.language,
        enabled: r.enabled === 1,
        lastSuccessAt: r.last_success_at,
        lastError: r.last_error,
        lastErrorAt: r.last_error_at,
        errorCount: r.error_count,
        articles: Number(r.articles),
        failedArticles: Number(r.failed ?? 0),
        awaitingTranslation: Number(r.awaiting ?? 0),
      }));
    },
  };
}
