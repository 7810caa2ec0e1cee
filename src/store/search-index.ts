import { sql, type Kysely } from 'kysely';
import type { Block } from '../extract/types.ts';
import { searchDocument, type SearchDocument } from '../organize/search/document.ts';
import { sqliteHandle } from './database.ts';
import type { Database } from './schema.ts';

/**
 * The write side of search: the FTS5 table `search_index` (migration 007) holds one row per published article,
 * rowid = article id. Publishing and removal call these inside their own transaction, so the index changes in
 * the same commit as the article: nothing half-published is ever searchable, nothing removed stays findable.
 */

/** Column order of `search_index`; the weights in search.ts follow it. */
export const SEARCH_COLUMNS = ['title', 'standfirst', 'body', 'original_title', 'original_body', 'facets'] as const;
/** The columns reader text may match (never `facets`). */
export const TEXT_COLUMNS = SEARCH_COLUMNS.filter((c) => c !== 'facets');
export const ENGLISH_COLUMNS = ['title', 'standfirst', 'body'];

/**
 * A column the query planner must not pick an index for: with a list of ids it would otherwise scan every
 * published article through the (state, …) indexes instead of looking the ids up (17 ms instead of 0.3 at 100 000).
 */
export const notIndexed = (column: string) => sql<string>`+${sql.ref(column)}`;

const BATCH = 400;

type Executor = Kysely<Database>;

/**
 * (Re)writes the index rows of `ids`; an id that is not published (any more), or that clustering found to be a
 * near-duplicate of another (search, like every list, shows one of them), just loses its row.
 */
export async function indexArticles(db: Executor, ids: number[]): Promise<void> {
  for (let i = 0; i < ids.length; i += BATCH) {
    const batch = ids.slice(i, i + BATCH);
    const rows = await db
      .selectFrom('articles')
      .innerJoin('sources', 'sources.id', 'articles.source_id')
      .innerJoin('translations', 'translations.id', 'articles.published_translation_id')
      // The original the shown translation was made from; a newer revision waiting for translation is not shown yet.
      .leftJoin('article_revisions', (j) => j.onRef('article_revisions.article_id', '=', 'articles.id').onRef('article_revisions.revision', '=', 'translations.revision'))
      .select([
        'articles.id',
        'articles.language',
        'articles.category',
        'articles.source_id',
        'articles.title as a_title',
        'articles.standfirst as a_standfirst',
        'articles.blocks_json as a_blocks_json',
        sql<string>`coalesce(articles.published_at, articles.site_published_at, articles.discovered_at)`.as('date'),
        'sources.country',
        'translations.source_language',
        'translations.title',
        'translations.standfirst',
        'translations.blocks_json',
        'article_revisions.revision as r_revision',
        'article_revisions.title as r_title',
        'article_revisions.standfirst as r_standfirst',
        'article_revisions.blocks_json as r_blocks_json',
      ])
      .where('articles.id', 'in', batch)
      .where(notIndexed('articles.state'), '=', 'published')
      .where('articles.near_duplicate_of', 'is', null)
      .execute();
    await sql`delete from search_index where rowid in (${sql.join(batch)})`.execute(db);
    await sql`delete from search_days where id in (${sql.join(batch)})`.execute(db);
    if (rows.length === 0) continue;
    const docs = rows.map((r) => {
      const fromRevision = r.r_revision !== null;
      const doc = searchDocument({
        language: r.language ?? r.source_language,
        country: r.country,
        sourceId: r.source_id,
        category: r.category,
        publishedAt: r.date,
        title: r.title,
        standfirst: r.standfirst,
        blocks: parseBlocks(r.blocks_json),
        original: {
          title: fromRevision ? r.r_title : r.a_title,
          standfirst: fromRevision ? r.r_standfirst : r.a_standfirst,
          blocks: parseBlocks(fromRevision ? r.r_blocks_json : r.a_blocks_json),
        },
      });
      return { id: r.id, doc, day: dayNumber(r.date) };
    });
    await sql`insert into search_index (rowid, ${sql.join(SEARCH_COLUMNS.map((c) => sql.ref(c)))}) values ${sql.join(docs.map(({ id, doc }) => sql`(${id}, ${sql.join(values(doc))})`))}`.execute(db);
    await sql`insert into search_days (id, day) values ${sql.join(docs.map(({ id, day }) => sql`(${id}, ${day})`))}`.execute(db);
  }
}

export async function unindexArticle(db: Executor, id: number): Promise<void> {
  await sql`delete from search_index where rowid = ${id}`.execute(db);
  await sql`delete from search_days where id = ${id}`.execute(db);
}

/** Indexes every published article afresh (the migration's backfill; also after a tokenizer change). */
export async function reindexAll(db: Executor): Promise<number> {
  await sql`delete from search_index`.execute(db);
  await sql`delete from search_days`.execute(db);
  const ids = (await db.selectFrom('articles').select('id').where('state', '=', 'published').orderBy('id').execute()).map((r) => r.id);
  await indexArticles(db, ids);
  return ids.length;
}

/** Whole UTC days since 1970-01-01 of an ISO 8601 time (0 when it is not a date, which only costs recency). */
export function dayNumber(iso: string): number {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? 0 : Math.floor(t / 86_400_000);
}

const values = (d: SearchDocument) => [d.title, d.standfirst, d.body, d.originalTitle, d.originalBody, d.facets];

/** Unreadable stored blocks must not stop a publish: the article stays findable by its title and standfirst. */
function parseBlocks(json: string | null): Block[] {
  if (json === null) return [];
  try {
    const blocks: unknown = JSON.parse(json);
    return Array.isArray(blocks) ? (blocks as Block[]) : [];
  } catch {
    return [];
  }
}

/**
 * Housekeeping of the index. Each commit of new rows adds a small b-tree (segment) that every query then reads too;
 * FTS5 merges them as they come only once four share a level. A merge step writes about `pages` pages and holds the
 * write lock only that long, so the work can be spread out and readers and publishing go on between steps.
 */
export function searchIndexRepository(db: Kysely<Database>) {
  const sqlite = () => sqliteHandle(db).sqlite;
  return {
    /** One step of merging; false when there was nothing left to merge (FTS5 then changes at most one row). */
    mergeStep(pages: number): boolean {
      const s = sqlite();
      const changes = s.prepare('select total_changes()').pluck();
      const before = changes.get() as number;
      s.prepare("insert into search_index (search_index, rank) values ('merge', ?)").run(pages);
      return (changes.get() as number) - before >= 2;
    },

    /** How many b-trees a query reads through. */
    segments(): number {
      return sqlite().prepare('select count(distinct segid) from search_index_idx').pluck().get() as number;
    },
  };
}
