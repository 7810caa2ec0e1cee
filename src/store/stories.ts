import { sql } from 'kysely';
import type { Block } from '../extract/types.ts';
import type { Db } from './database.ts';
import { unindexArticle } from './search-index.ts';
import { refreshStoryFigures } from './story-upkeep.ts';

/** A published article as clustering reads it: its English title and text, its date and outlet. */
export interface ClusterRow {
  id: number;
  sourceId: string;
  /** The source's date, else when the site first showed it (ISO 8601 UTC). */
  date: string;
  /** The translation's language (the site's target). */
  language: string;
  title: string;
  /** Null when the stored blocks cannot be read (clustering passes the article over). */
  body: string | null;
  storyId: number | null;
}

/** A story as lists show it. */
export interface StorySummary {
  id: number;
  headline: string;
  firstSeen: string;
  lastSeen: string;
  articles: number;
  outlets: number;
  languages: number;
  /** Widely covered abroad (≥ 3 non-English outlets) and by none of the English-language sources. */
  blindspot: boolean;
}

/** One article of a story page: our English version and the original it came from. */
export interface StoryEntry {
  id: number;
  path: string;
  title: string;
  publishedAt: string;
  language: string;
  sourceId: string;
  sourceName: string;
  country: string;
  /** The original article's URL. */
  url: string;
}

export interface StoryDetail extends StorySummary {
  /** Earliest first; near-duplicates of another entry left out. */
  entries: StoryEntry[];
}

/** Outlets not writing in English that make a story a blindspot of the English-language sources. */
export const BLINDSPOT_MIN_OUTLETS = 3;

function textOf(blocksJson: string): string | null {
  let blocks: Block[];
  try {
    blocks = JSON.parse(blocksJson) as Block[];
  } catch {
    return null;
  }
  if (!Array.isArray(blocks)) return null;
  const lines: string[] = [];
  for (const b of blocks) {
    if ('text' in b) lines.push(b.text);
    else if (b.type === 'list') lines.push(...b.items.map((i) => i.text));
  }
  return lines.join('\n');
}

export function storiesRepository(db: Db) {
  const dated = sql<string>`coalesce(articles.published_at, articles.site_published_at)`;
  const clusterRows = () =>
    db
      .selectFrom('articles')
      .innerJoin('translations', 'translations.id', 'articles.published_translation_id')
      .select(['articles.id', 'articles.source_id', dated.as('date'), 'articles.story_id', 'translations.title', 'translations.blocks_json', 'translations.target_language'])
      .where('articles.state', '=', 'published');
  type Row = Awaited<ReturnType<ReturnType<typeof clusterRows>['execute']>>[number];
  const toClusterRow = (r: Row): ClusterRow => ({
    id: r.id,
    sourceId: r.source_id,
    date: r.date,
    language: r.target_language,
    title: r.title ?? '',
    body: textOf(r.blocks_json),
    storyId: r.story_id,
  });

  /** Per story: outlets, languages, and the outlets by whether the source writes in English. */
  async function coverage(storyIds: number[]): Promise<Map<number, { outlets: number; languages: number; foreign: number; english: number }>> {
    const out = new Map<number, { outlets: number; languages: number; foreign: number; english: number }>();
    if (storyIds.length === 0) return out;
    const rows = await db
      .selectFrom('articles')
      .innerJoin('sources', 'sources.id', 'articles.source_id')
      .select(['articles.story_id', 'articles.source_id', 'articles.language', 'sources.language as source_language'])
      .where('articles.state', '=', 'published')
      .where('articles.story_id', 'in', storyIds)
      .execute();
    const seen = new Map<number, { sources: Map<string, string>; languages: Set<string> }>();
    for (const r of rows) {
      const s = seen.get(r.story_id!) ?? { sources: new Map(), languages: new Set() };
      s.sources.set(r.source_id, (r.source_language ?? r.language ?? '').toLowerCase().split('-')[0]!);
      if (r.language) s.languages.add(r.language.toLowerCase().split('-')[0]!);
      seen.set(r.story_id!, s);
    }
    for (const [id, s] of seen) {
      const english = [...s.sources.values()].filter((l) => l === 'en').length;
      out.set(id, { outlets: s.sources.size, languages: s.languages.size, english, foreign: s.sources.size - english });
    }
    return out;
  }

  async function summaries(rows: { id: number; headline: string; first_seen: string; last_seen: string; article_count: number }[]): Promise<StorySummary[]> {
    const cover = await coverage(rows.map((r) => r.id));
    return rows.map((r) => {
      const c = cover.get(r.id) ?? { outlets: 0, languages: 0, foreign: 0, english: 0 };
      return {
        id: r.id,
        headline: r.headline,
        firstSeen: r.first_seen,
        lastSeen: r.last_seen,
        articles: r.article_count,
        outlets: c.outlets,
        languages: c.languages,
        blindspot: c.foreign >= BLINDSPOT_MIN_OUTLETS && c.english === 0,
      };
    });
  }

  return {
    /** Published articles clustering has not looked at yet, oldest first. */
    async unclustered(limit: number): Promise<ClusterRow[]> {
      const rows = await clusterRows().where('articles.clustered_at', 'is', null).orderBy(dated).orderBy('articles.id').limit(limit).execute();
      return rows.map(toClusterRow);
    },

    /** Clustered articles dated within [from, to], oldest first: the state clustering rebuilds from. */
    async clusteredBetween(from: string, to: string): Promise<ClusterRow[]> {
      const rows = await clusterRows()
        .where('articles.story_id', 'is not', null)
        .where(dated, '>=', from)
        .where(dated, '<=', to)
        .orderBy(dated)
        .orderBy('articles.id')
        .execute();
      return rows.map(toClusterRow);
    },

    /**
     * Puts an article in a story (a new one, headed by its title, when `storyId` is null) and refreshes the
     * story's figures, in one transaction. Returns the story's id.
     */
    async place(articleId: number, p: { storyId: number | null; nearDuplicateOf: number | null; headline: string }, now = new Date()): Promise<number> {
      const at = now.toISOString();
      return db.transaction().execute(async (trx) => {
        let storyId = p.storyId;
        if (storyId === null) {
          const created = await trx
            .insertInto('stories')
            .values({ headline: p.headline, headline_article_id: articleId, first_seen: at, last_seen: at, article_count: 0, outlet_count: 0, language_count: 0, created_at: at, updated_at: at })
            .returning('id')
            .executeTakeFirstOrThrow();
          storyId = created.id;
        }
        await trx.updateTable('articles').set({ story_id: storyId, near_duplicate_of: p.nearDuplicateOf, clustered_at: at }).where('id', '=', articleId).execute();
        if (p.nearDuplicateOf !== null) await unindexArticle(trx, articleId);
        await refreshStoryFigures(trx, storyId, at);
        return storyId;
      });
    },

    /** Marks an article clustering cannot use (its error logged), so it is not tried on every pass. */
    async skip(articleId: number, now = new Date()): Promise<void> {
      await db.updateTable('articles').set({ clustered_at: now.toISOString() }).where('id', '=', articleId).execute();
    },

    async story(id: number): Promise<StoryDetail | null> {
      const row = await db.selectFrom('stories').selectAll().where('id', '=', id).executeTakeFirst();
      if (!row) return null;
      const [summary] = await summaries([row]);
      const entries = await db
        .selectFrom('articles')
        .innerJoin('sources', 'sources.id', 'articles.source_id')
        .innerJoin('translations', 'translations.id', 'articles.published_translation_id')
        .select(['articles.id', 'articles.path', 'articles.title as original_title', dated.as('date'), 'articles.language', 'articles.source_id', 'articles.canonical_url', 'sources.name', 'sources.country', 'translations.title', 'translations.source_language'])
        .where('articles.story_id', '=', id)
        .where('articles.state', '=', 'published')
        .where('articles.near_duplicate_of', 'is', null)
        .orderBy(dated)
        .orderBy('articles.id')
        .execute();
      return {
        ...summary!,
        entries: entries.map((e) => ({
          id: e.id,
          path: e.path ?? `/${e.id}`,
          title: e.title ?? e.original_title ?? '(untitled)',
          publishedAt: e.date,
          language: e.language ?? e.source_language,
          sourceId: e.source_id,
          sourceName: e.name,
          country: e.country,
          url: e.canonical_url,
        })),
      };
    },

    /** The story of a published article, or null when it has none yet. */
    async ofArticle(articleId: number): Promise<StorySummary | null> {
      const row = await db
        .selectFrom('stories')
        .innerJoin('articles', 'articles.story_id', 'stories.id')
        .select(['stories.id', 'stories.headline', 'stories.first_seen', 'stories.last_seen', 'stories.article_count'])
        .where('articles.id', '=', articleId)
        .executeTakeFirst();
      return row ? ((await summaries([row]))[0] ?? null) : null;
    },

    /** Stories seen at or after `since`, most outlets first, then the most recent; at least `minOutlets` outlets. */
    async biggest(o: { since: string; limit: number; minOutlets: number }): Promise<StorySummary[]> {
      const rows = await db
        .selectFrom('stories')
        .select(['id', 'headline', 'first_seen', 'last_seen', 'article_count'])
        .where('last_seen', '>=', o.since)
        .where('outlet_count', '>=', o.minOutlets)
        .orderBy('outlet_count', 'desc')
        .orderBy('last_seen', 'desc')
        .orderBy('id', 'desc')
        .limit(o.limit)
        .execute();
      return summaries(rows);
    },

    /** Most recently seen first, keyset-paginated on (last seen, id). */
    async page(o: { limit: number; after?: { date: string; id: number }; minOutlets?: number }): Promise<StorySummary[]> {
      let q = db.selectFrom('stories').select(['id', 'headline', 'first_seen', 'last_seen', 'article_count']).where('outlet_count', '>=', o.minOutlets ?? 1);
      const after = o.after;
      if (after) q = q.where((eb) => eb.or([eb('last_seen', '<', after.date), eb.and([eb('last_seen', '=', after.date), eb('id', '<', after.id)])]));
      return summaries(await q.orderBy('last_seen', 'desc').orderBy('id', 'desc').limit(o.limit).execute());
    },

    /** The published articles of an article's story (none when unclustered): what "You may like" leaves to the story's page. */
    async storyMateIds(articleId: number): Promise<number[]> {
      const rows = await db
        .selectFrom('articles')
        .select('id')
        .where('story_id', '=', (eb) => eb.selectFrom('articles as a').select('a.story_id').where('a.id', '=', articleId))
        .where('state', '=', 'published')
        .execute();
      return rows.map((r) => r.id);
    },

    /** For each given article, how many outlets cover its story (1 when it has none): for rankings such as trends. */
    async outletsByArticle(articleIds: number[]): Promise<Map<number, number>> {
      const out = new Map<number, number>(articleIds.map((id) => [id, 1]));
      if (articleIds.length === 0) return out;
      const rows = await db
        .selectFrom('articles')
        .innerJoin('stories', 'stories.id', 'articles.story_id')
        .select(['articles.id', 'stories.outlet_count'])
        .where('articles.id', 'in', articleIds)
        .execute();
      for (const r of rows) out.set(r.id, Math.max(1, r.outlet_count));
      return out;
    },
  };
}
