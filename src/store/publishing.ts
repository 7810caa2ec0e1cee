import { sql } from 'kysely';
import type { Db } from './database.ts';
import type { ArticleState } from './schema.ts';
import { indexArticles } from './search-index.ts';

/** Decisions of the quality check that let a translation reach readers. */
export const PUBLISHABLE_DECISIONS = ['publish', 'publish-with-notice'];

export interface PublishCandidate {
  id: number;
  /** Kept once set: a revision never moves an article to a new URL. */
  path: string | null;
  publishedAt: string | null;
  discoveredAt: string;
  translationId: number;
  translatedTitle: string | null;
  originalTitle: string | null;
}

export type PublishOutcome = 'published' | 'updated' | 'gone';

const PUBLISHABLE_STATES: ArticleState[] = ['translated', 'published'];

/** The write side of publishing; the web reads through published.ts. */
export function publishingRepository(db: Db) {
  return {
    /**
     * Articles whose newest translation into `target` may be published and is not the one the site shows yet.
     * An article whose newest translation is held waits (a published one keeps showing its last good version).
     */
    async due(target: string, limit: number): Promise<PublishCandidate[]> {
      const rows = await db
        .selectFrom('articles')
        .innerJoin('translations', (j) =>
          j.on('translations.id', '=', (eb) =>
            eb.selectFrom('translations as t').select((t) => t.fn.max('t.id').as('id')).whereRef('t.article_id', '=', 'articles.id').where('t.target_language', '=', target),
          ),
        )
        .select([
          'articles.id',
          'articles.path',
          'articles.published_at',
          'articles.discovered_at',
          'articles.title as original_title',
          'translations.id as translation_id',
          'translations.title as translated_title',
        ])
        .where('articles.state', 'in', PUBLISHABLE_STATES)
        .where('translations.decision', 'in', PUBLISHABLE_DECISIONS)
        .where((eb) => eb.or([eb('articles.published_translation_id', 'is', null), eb('articles.published_translation_id', '!=', eb.ref('translations.id'))]))
        .orderBy('articles.id')
        .limit(limit)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        path: r.path,
        publishedAt: r.published_at,
        discoveredAt: r.discovered_at,
        translationId: r.translation_id,
        translatedTitle: r.translated_title,
        originalTitle: r.original_title,
      }));
    },

    /** Shows `translationId` at `path` (the stored path wins) and indexes it for search, in one transaction; a removed article stays removed. */
    async publish(id: number, p: { path: string; translationId: number }, now = new Date()): Promise<PublishOutcome> {
      return db.transaction().execute(async (trx) => {
        const at = now.toISOString();
        const current = await trx.selectFrom('articles').select(['state', 'path']).where('id', '=', id).executeTakeFirst();
        if (!current || !PUBLISHABLE_STATES.includes(current.state)) return 'gone';
        await trx
          .updateTable('articles')
          .set({
            state: 'published',
            path: current.path ?? p.path,
            published_translation_id: p.translationId,
            site_published_at: sql<string>`coalesce(site_published_at, ${at})`,
            site_updated_at: at,
            updated_at: at,
          })
          .where('id', '=', id)
          .execute();
        await indexArticles(trx, [id]);
        return current.state === 'published' ? 'updated' : 'published';
      });
    },
  };
}
