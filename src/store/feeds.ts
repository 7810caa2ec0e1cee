import type { Db } from './database.ts';
import type { FeedStateTable } from './schema.ts';

export type FeedState = FeedStateTable;

export interface FeedCheck {
  url: string;
  status: number | null;
  etag?: string | null;
  lastModified?: string | null;
  newItems: number;
  intervalMs: number;
  nextCheckAt: Date;
  error?: string | null;
}

export function feedsRepository(db: Db) {
  return {
    /** Registers the feeds a source lists; a feed already known keeps its validators and schedule. */
    async ensure(sourceId: string, feeds: { url: string; kind: string }[], intervalMs: number, now = new Date()): Promise<void> {
      for (const f of feeds) {
        await db
          .insertInto('feed_state')
          .values({
            url: f.url,
            source_id: sourceId,
            kind: f.kind,
            interval_ms: intervalMs,
            next_check_at: now.toISOString(),
            last_new_items: 0,
            consecutive_failures: 0,
            etag: null,
            last_modified: null,
            last_checked_at: null,
            last_status: null,
            last_error: null,
          })
          .onConflict((oc) => oc.column('url').doUpdateSet({ source_id: sourceId, kind: f.kind }))
          .execute();
      }
    },

    async forSource(sourceId: string): Promise<FeedState[]> {
      return db.selectFrom('feed_state').selectAll().where('source_id', '=', sourceId).orderBy('url').execute();
    },

    async get(url: string): Promise<FeedState | undefined> {
      return db.selectFrom('feed_state').selectAll().where('url', '=', url).executeTakeFirst();
    },

    /** Source ids with at least one feed due now. */
    async dueSources(now = new Date()): Promise<string[]> {
      const rows = await db
        .selectFrom('feed_state')
        .select('source_id')
        .distinct()
        .where('next_check_at', '<=', now.toISOString())
        .execute();
      return rows.map((r) => r.source_id);
    },

    async nextDueAt(): Promise<Date | null> {
      const row = await db.selectFrom('feed_state').select((eb) => eb.fn.min('next_check_at').as('at')).executeTakeFirst();
      return row?.at ? new Date(row.at as string) : null;
    },

    async recordCheck(c: FeedCheck, now = new Date()): Promise<void> {
      await db
        .updateTable('feed_state')
        .set((eb) => ({
          last_checked_at: now.toISOString(),
          last_status: c.status,
          next_check_at: c.nextCheckAt.toISOString(),
          interval_ms: c.intervalMs,
          last_new_items: c.newItems,
          last_error: c.error ?? null,
          consecutive_failures: c.error ? eb('consecutive_failures', '+', 1) : 0,
          ...(c.etag !== undefined ? { etag: c.etag } : {}),
          ...(c.lastModified !== undefined ? { last_modified: c.lastModified } : {}),
        }))
        .where('url', '=', c.url)
        .execute();
    },
  };
}
