import { sql, type Selectable, type Transaction } from 'kysely';
import type { Db } from './database.ts';
import type { ArticleState, ArticlesTable, Database } from './schema.ts';
import type { Block, ImageRef } from '../extract/types.ts';
import { unindexArticle } from './search-index.ts';
import { leaveStory } from './story-upkeep.ts';

export interface DiscoveredArticle {
  sourceId: string;
  url: string;
  urlHash: string;
  feedItem?: unknown;
  /** Feed-stated modification (or publication) time, ISO 8601; a newer one than stored asks for a re-fetch. */
  feedModified?: string | null;
}

export type DiscoverOutcome =
  | { status: 'new'; id: number }
  | { status: 'known'; id: number; refetch: boolean }
  | { status: 'tombstoned' };

export interface FetchJob {
  id: number;
  sourceId: string;
  url: string;
  state: ArticleState;
  attempts: number;
  pageEtag: string | null;
  pageLastModified: string | null;
  feedItemJson: string | null;
}

export interface ExtractedFields {
  finalUrl: string;
  canonicalUrl: string;
  canonicalHash: string;
  /** Hashes of every other URL that led here (final URL after redirects), so two feeds' URLs map to one row. */
  aliasHashes: { url: string; hash: string }[];
  language: string | null;
  languageConfidence: number | null;
  declaredLanguage: string | null;
  title: string | null;
  standfirst: string | null;
  authors: string[];
  publishedLocal: string | null;
  publishedAt: string | null;
  modifiedAt: string | null;
  section: string | null;
  category: string | null;
  siteName: string | null;
  image: ImageRef | null;
  isAccessibleForFree: boolean | null;
  blocks: Block[];
  wordCount: number;
  contentHash: string;
  pageEtag: string | null;
  pageLastModified: string | null;
}

export type SaveOutcome = 'new' | 'updated' | 'unchanged' | 'duplicate';

export type StoredArticle = Selectable<ArticlesTable>;

/** States in which an article's content exists and may be refreshed. */
const HAS_CONTENT: ArticleState[] = ['extracted', 'translated', 'published'];

export function articlesRepository(db: Db) {
  return {
    async discover(a: DiscoveredArticle, now = new Date()): Promise<DiscoverOutcome> {
      return db.transaction().execute(async (trx) => {
        if (await isTombstoned(trx, a.urlHash)) return { status: 'tombstoned' };
        const known = await trx
          .selectFrom('article_urls')
          .innerJoin('articles', 'articles.id', 'article_urls.article_id')
          .select(['articles.id', 'articles.state', 'articles.modified_at', 'articles.published_at', 'articles.next_attempt_at'])
          .where('article_urls.url_hash', '=', a.urlHash)
          .executeTakeFirst();
        const at = now.toISOString();
        if (known) {
          const stored = known.modified_at ?? known.published_at;
          const newer = !!a.feedModified && !!stored && Date.parse(a.feedModified) > Date.parse(stored) + 1000;
          const refetch = newer && HAS_CONTENT.includes(known.state) && known.next_attempt_at === null;
          if (refetch) {
            await trx.updateTable('articles').set({ next_attempt_at: at, updated_at: at }).where('id', '=', known.id).execute();
          }
          return { status: 'known', id: known.id, refetch };
        }
        const row = await trx
          .insertInto('articles')
          .values({
            source_id: a.sourceId,
            url_hash: a.urlHash,
            url: a.url,
            canonical_url: a.url,
            state: 'discovered',
            feed_item_json: a.feedItem === undefined ? null : JSON.stringify(a.feedItem),
            authors_json: '[]',
            word_count: 0,
            revision: 0,
            attempts: 0,
            next_attempt_at: at,
            discovered_at: at,
            updated_at: at,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await trx.insertInto('article_urls').values({ url_hash: a.urlHash, url: a.url, article_id: row.id }).execute();
        return { status: 'new', id: row.id };
      });
    },

    /** Articles whose page is due to be fetched (new, retry, or re-check), oldest request first. */
    async dueForFetch(limit: number, now = new Date(), sourceIds?: string[]): Promise<FetchJob[]> {
      let q = db
        .selectFrom('articles')
        .select(['id', 'source_id', 'url', 'state', 'attempts', 'page_etag', 'page_last_modified', 'feed_item_json'])
        .where('next_attempt_at', '<=', now.toISOString())
        .where('state', '!=', 'removed');
      if (sourceIds) q = q.where('source_id', 'in', sourceIds.length ? sourceIds : ['']);
      const rows = await q.orderBy('next_attempt_at').orderBy('id').limit(limit).execute();
      return rows.map((r) => ({
        id: r.id,
        sourceId: r.source_id,
        url: r.url,
        state: r.state,
        attempts: r.attempts,
        pageEtag: r.page_etag,
        pageLastModified: r.page_last_modified,
        feedItemJson: r.feed_item_json,
      }));
    },

    /** Stores an extraction in one transaction: a first version, a new revision, or nothing new. */
    async saveExtracted(id: number, f: ExtractedFields, now = new Date()): Promise<{ outcome: SaveOutcome; articleId: number }> {
      return db.transaction().execute(async (trx) => {
        const at = now.toISOString();
        const current = await trx.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
        const owner = await trx.selectFrom('article_urls').select('article_id').where('url_hash', '=', f.canonicalHash).executeTakeFirst();
        if (owner && owner.article_id !== id && current.revision === 0) {
          // Another feed's URL led to an article we already hold: keep that one, fold this row's URLs into it.
          await trx.updateTable('article_urls').set({ article_id: owner.article_id }).where('article_id', '=', id).execute();
          await trx.deleteFrom('articles').where('id', '=', id).execute();
          await addAliases(trx, owner.article_id, f.aliasHashes);
          return { outcome: 'duplicate', articleId: owner.article_id };
        }
        await addAliases(trx, id, [{ url: f.canonicalUrl, hash: f.canonicalHash }, ...f.aliasHashes]);
        const fetchedOnly = { fetched_at: at, next_attempt_at: null, error: null, attempts: 0, updated_at: at, page_etag: f.pageEtag, page_last_modified: f.pageLastModified };
        if (current.content_hash === f.contentHash) {
          await trx.updateTable('articles').set(fetchedOnly).where('id', '=', id).execute();
          return { outcome: 'unchanged', articleId: id };
        }
        const revision = current.revision + 1;
        await trx
          .updateTable('articles')
          .set({
            ...fetchedOnly,
            canonical_url: f.canonicalUrl,
            state: HAS_CONTENT.includes(current.state) ? current.state : 'extracted',
            language: f.language,
            language_confidence: f.languageConfidence,
            declared_language: f.declaredLanguage,
            title: f.title,
            standfirst: f.standfirst,
            authors_json: JSON.stringify(f.authors),
            published_local: f.publishedLocal,
            published_at: f.publishedAt,
            modified_at: f.modifiedAt,
            section: f.section,
            // A revision without a mapped section keeps the category publishing assigned (organize/assign.ts).
            category: f.category ?? current.category,
            site_name: f.siteName,
            image_json: f.image ? JSON.stringify(f.image) : null,
            is_accessible_for_free: f.isAccessibleForFree === null ? null : f.isAccessibleForFree ? 1 : 0,
            blocks_json: JSON.stringify(f.blocks),
            word_count: f.wordCount,
            content_hash: f.contentHash,
            revision,
            extracted_at: at,
          })
          .where('id', '=', id)
          .execute();
        await trx
          .insertInto('article_revisions')
          .values({
            article_id: id,
            revision,
            content_hash: f.contentHash,
            title: f.title,
            standfirst: f.standfirst,
            blocks_json: JSON.stringify(f.blocks),
            modified_at: f.modifiedAt,
            created_at: at,
          })
          .execute();
        return { outcome: revision === 1 ? 'new' : 'updated', articleId: id };
      });
    },

    /**
     * Asks for a conditional re-fetch of recent articles last fetched before `fetchedBefore`, so edits and
     * takedowns at the source are noticed even when feeds say nothing. Returns how many were scheduled.
     */
    async scheduleRechecks(o: { fetchedBefore: Date; publishedAfter: Date; sourceIds: string[] }, now = new Date()): Promise<number> {
      if (o.sourceIds.length === 0) return 0;
      const at = now.toISOString();
      const result = await db
        .updateTable('articles')
        .set({ next_attempt_at: at })
        .where('state', 'in', HAS_CONTENT)
        .where('next_attempt_at', 'is', null)
        .where('source_id', 'in', o.sourceIds)
        .where('fetched_at', '<', o.fetchedBefore.toISOString())
        .where('published_at', '>', o.publishedAfter.toISOString())
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    /** A 304 on re-check: nothing changed. */
    async markChecked(id: number, now = new Date()): Promise<void> {
      const at = now.toISOString();
      await db.updateTable('articles').set({ fetched_at: at, next_attempt_at: null, error: null, attempts: 0, updated_at: at }).where('id', '=', id).execute();
    },

    /**
     * Records a failed fetch or extraction. `retryAt` null means give up. An article that already has content
     * keeps it and its state; only a never-extracted one becomes `failed`.
     */
    async markFailed(id: number, error: string, retryAt: Date | null, now = new Date()): Promise<void> {
      const at = now.toISOString();
      await db
        .updateTable('articles')
        .set((eb) => ({
          error,
          attempts: eb('attempts', '+', 1),
          next_attempt_at: retryAt ? retryAt.toISOString() : null,
          updated_at: at,
          state: sql<ArticleState>`case when state in (${sql.join(HAS_CONTENT)}) then state else 'failed' end`,
        }))
        .where('id', '=', id)
        .execute();
    },

    /**
     * Takedown or a 410 from the source: content dropped (search index too), every URL of the article tombstoned, and
     * its story recounted and re-headed (its near-duplicates shown again through the earliest), in one transaction.
     */
    async remove(id: number, reason: string, now = new Date()): Promise<void> {
      const at = now.toISOString();
      await db.transaction().execute(async (trx) => {
        const urls = await trx.selectFrom('article_urls').select(['url_hash', 'url']).where('article_id', '=', id).execute();
        for (const u of urls) {
          await trx
            .insertInto('tombstones')
            .values({ url_hash: u.url_hash, url: u.url, reason, created_at: at })
            .onConflict((oc) => oc.column('url_hash').doNothing())
            .execute();
        }
        await trx
          .updateTable('articles')
          .set({ state: 'removed', blocks_json: null, standfirst: null, image_json: null, next_attempt_at: null, error: reason, updated_at: at })
          .where('id', '=', id)
          .execute();
        await trx.deleteFrom('article_revisions').where('article_id', '=', id).execute();
        await unindexArticle(trx, id);
        await leaveStory(trx, id, at);
      });
    },

    async byId(id: number): Promise<StoredArticle | undefined> {
      return db.selectFrom('articles').selectAll().where('id', '=', id).executeTakeFirst();
    },

    async byUrlHash(hash: string): Promise<StoredArticle | undefined> {
      return db
        .selectFrom('article_urls')
        .innerJoin('articles', 'articles.id', 'article_urls.article_id')
        .selectAll('articles')
        .where('article_urls.url_hash', '=', hash)
        .executeTakeFirst();
    },

    async revisions(id: number) {
      return db.selectFrom('article_revisions').selectAll().where('article_id', '=', id).orderBy('revision').execute();
    },

    async countByState(sourceId?: string): Promise<Record<string, number>> {
      let q = db.selectFrom('articles').select((eb) => ['state', eb.fn.countAll<number>().as('n')]).groupBy('state');
      if (sourceId) q = q.where('source_id', '=', sourceId);
      const rows = await q.execute();
      return Object.fromEntries(rows.map((r) => [r.state, Number(r.n)]));
    },

    async isTombstoned(hash: string): Promise<boolean> {
      return isTombstoned(db, hash);
    },
  };
}

async function isTombstoned(db: Db | Transaction<Database>, hash: string): Promise<boolean> {
  return !!(await db.selectFrom('tombstones').select('url_hash').where('url_hash', '=', hash).executeTakeFirst());
}

async function addAliases(trx: Transaction<Database>, articleId: number, aliases: { url: string; hash: string }[]) {
  for (const a of aliases) {
    await trx
      .insertInto('article_urls')
      .values({ url_hash: a.hash, url: a.url, article_id: articleId })
      .onConflict((oc) => oc.column('url_hash').doNothing())
      .execute();
  }
}
