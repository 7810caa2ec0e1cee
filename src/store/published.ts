import { sql } from 'kysely';
import type { Block, ImageRef } from '../extract/types.ts';
import type { Db } from './database.ts';
import { headPath } from './near-duplicates.ts';
import { notIndexed } from './search-index.ts';

/** An article as lists show it: English title, where it came from, where it lives on the site. */
export interface ArticleCard {
  id: number;
  path: string;
  title: string;
  standfirst: string | null;
  /** The source's publication time (UTC), or when the site first showed it when the source gives none. */
  publishedAt: string;
  category: string | null;
  /** Where the category came from (organize/assign.ts), how sure that was, its IPTC Media Topic. */
  categoryAssignment?: { source: string | null; confidence: number | null; iptc: string | null };
  /** The original's language (BCP-47). */
  language: string;
  sourceId: string;
  sourceName: string;
}

export interface PublishedArticle extends ArticleCard {
  /** The site path its canonical link names: its own, or for a near-duplicate the path of the article lists show instead. */
  canonicalPath: string;
  /** The original article's canonical URL. */
  url: string;
  authors: string[];
  modifiedAt: string | null;
  siteUpdatedAt: string;
  image: ImageRef | null;
  blocks: Block[];
  source: { homepage: string; country: string };
  /** The text the translation was made from (the same revision), for the side-by-side view. */
  original: { title: string | null; standfirst: string | null; blocks: Block[] };
  translation: { engine: string; model: string | null; route: string[]; translatedAt: string; decision: string; qualityFlags: string[] };
}

/** An article as feeds carry it: the card plus the original's URL, its authors and when the site last changed it. */
export interface FeedEntry extends ArticleCard {
  url: string;
  authors: string[];
  updatedAt: string;
}

/** One published article as a sitemap lists it. */
export interface SitemapEntry {
  path: string;
  lastmod: string;
}

/** An article as the API lists it: the feed entry plus its source's country and who translated it. */
export interface ApiEntry extends FeedEntry {
  sourceCountry: string;
  translation: { engine: string; route: string[]; translatedAt: string; decision: string };
}

/** Filters of the API's article list; `after` is the (date, id) of the last article already seen. */
export interface ArticleQuery {
  limit: number;
  after?: { date: string; id: number };
  language?: string;
  source?: string;
  /** A category and everything under it ("News" takes "News/Politics"). */
  category?: string;
  /** ISO 8601 UTC: only articles dated at or after it. */
  since?: string;
}

export type ArticleLookup = { status: 'published'; article: PublishedArticle } | { status: 'removed'; path: string | null } | { status: 'missing' };

export interface SourceListing {
  id: string;
  name: string;
  homepage: string;
  country: string;
  language: string | null;
  published: number;
}

/**
 * Published articles joined with what a card shows; list queries (here, listings.ts, search.ts) narrow and order it.
 * `forIds`: the caller narrows it to a list of ids, which the planner must then look up one by one (see notIndexed).
 */
export function cardQuery(db: Db, o: { forIds?: boolean } = {}) {
  return db
    .selectFrom('articles')
    .innerJoin('sources', 'sources.id', 'articles.source_id')
    .innerJoin('translations', 'translations.id', 'articles.published_translation_id')
    .select([
      'articles.id',
      'articles.path',
      'articles.title as original_title',
      'articles.published_at',
      'articles.site_published_at',
      'articles.category',
      'articles.category_source',
      'articles.category_confidence',
      'articles.category_iptc',
      'articles.language',
      'articles.source_id',
      'sources.name as source_name',
      'translations.title',
      'translations.standfirst',
      'translations.source_language',
    ])
    .where(o.forIds ? notIndexed('articles.state') : sql.ref('articles.state'), '=', 'published')
    // One of a group of near-duplicates (the earliest) stands for all of them in lists.
    .where('articles.near_duplicate_of', 'is', null);
}

type CardRow = Awaited<ReturnType<ReturnType<typeof cardQuery>['execute']>>[number];

export function toCard(r: CardRow): ArticleCard {
  return {
    id: r.id,
    path: r.path ?? `/${r.id}`,
    title: r.title ?? r.original_title ?? '(untitled)',
    standfirst: r.standfirst,
    publishedAt: r.published_at ?? r.site_published_at ?? '',
    category: r.category,
    categoryAssignment: { source: r.category_source, confidence: r.category_confidence, iptc: r.category_iptc },
    language: r.language ?? r.source_language,
    sourceId: r.source_id,
    sourceName: r.source_name,
  };
}

/** The date lists sort on, newest first. */
export const newestFirst = sql`coalesce(articles.published_at, articles.site_published_at)`;

/** The columns a feed entry needs beyond a card's. */
export const FEED_COLUMNS = ['articles.canonical_url', 'articles.authors_json', 'articles.site_updated_at', 'articles.updated_at'] as const;

export function toFeedEntry(r: CardRow & { canonical_url: string; authors_json: string; site_updated_at: string | null; updated_at: string }): FeedEntry {
  return { ...toCard(r), url: r.canonical_url, authors: JSON.parse(r.authors_json) as string[], updatedAt: r.site_updated_at ?? r.updated_at };
}

/** Read-side repository for the web: only published articles, already shaped for pages. */
export function publishedRepository(db: Db) {
  const cards = () => cardQuery(db);

  return {
    /** Throws when the database cannot answer (for /healthz). */
    async ping(): Promise<void> {
      await db.selectFrom('sources').select('id').limit(1).execute();
    },

    async lookup(id: number): Promise<ArticleLookup> {
      const row = await db
        .selectFrom('articles')
        .innerJoin('sources', 'sources.id', 'articles.source_id')
        .leftJoin('translations', 'translations.id', 'articles.published_translation_id')
        .leftJoin('article_revisions', (j) => j.onRef('article_revisions.article_id', '=', 'articles.id').onRef('article_revisions.revision', '=', 'translations.revision'))
        .selectAll('articles')
        .select([
          'sources.name as source_name',
          'sources.homepage as source_homepage',
          'sources.country as source_country',
          'translations.title as t_title',
          'translations.standfirst as t_standfirst',
          'translations.blocks_json as t_blocks_json',
          'translations.image_json as t_image_json',
          'translations.source_language',
          'translations.engine',
          'translations.model',
          'translations.route',
          'translations.translated_at',
          'translations.decision',
          'translations.quality_flags_json',
          'article_revisions.title as r_title',
          'article_revisions.standfirst as r_standfirst',
          'article_revisions.blocks_json as r_blocks_json',
        ])
        .where('articles.id', '=', id)
        .executeTakeFirst();
      if (!row) return { status: 'missing' };
      if (row.state === 'removed') return { status: 'removed', path: row.path };
      if (row.state !== 'published' || row.t_blocks_json === null || row.path === null) return { status: 'missing' };
      const fromRevision = row.r_blocks_json !== null;
      const canonicalPath = row.near_duplicate_of === null ? row.path : ((await headPath(db, row.id)) ?? row.path);
      return {
        status: 'published',
        article: {
          id: row.id,
          path: row.path,
          canonicalPath,
          title: row.t_title ?? row.title ?? '(untitled)',
          standfirst: row.t_standfirst,
          publishedAt: row.published_at ?? row.site_published_at ?? '',
          category: row.category,
          categoryAssignment: { source: row.category_source, confidence: row.category_confidence, iptc: row.category_iptc },
          language: row.language ?? row.source_language ?? 'und',
          sourceId: row.source_id,
          sourceName: row.source_name,
          url: row.canonical_url,
          authors: JSON.parse(row.authors_json) as string[],
          modifiedAt: row.modified_at,
          siteUpdatedAt: row.site_updated_at ?? row.updated_at,
          image: parse<ImageRef>(row.t_image_json) ?? parse<ImageRef>(row.image_json),
          blocks: JSON.parse(row.t_blocks_json) as Block[],
          source: { homepage: row.source_homepage, country: row.source_country },
          original: {
            title: fromRevision ? row.r_title : row.title,
            standfirst: fromRevision ? row.r_standfirst : row.standfirst,
            blocks: parse<Block[]>(fromRevision ? row.r_blocks_json : row.blocks_json) ?? [],
          },
          translation: {
            engine: row.engine ?? 'none',
            model: row.model,
            route: (row.route ?? '').split('→').filter(Boolean),
            translatedAt: row.translated_at ?? row.site_updated_at ?? row.updated_at,
            decision: row.decision ?? 'publish',
            qualityFlags: parse<string[]>(row.quality_flags_json) ?? [],
          },
        },
      };
    },

    async latest(o: { limit: number; excludeId?: number }): Promise<ArticleCard[]> {
      let q = cards();
      if (o.excludeId !== undefined) q = q.where('articles.id', '!=', o.excludeId);
      const rows = await q.orderBy(newestFirst, 'desc').orderBy('articles.id', 'desc').limit(o.limit).execute();
      return rows.map(toCard);
    },

    /** Cards of the published articles among `ids`, in the order given (for rankings such as Trends 24h). */
    async cardsByIds(ids: number[]): Promise<ArticleCard[]> {
      if (ids.length === 0) return [];
      const byId = new Map((await cardQuery(db, { forIds: true }).where('articles.id', 'in', ids).execute()).map((r) => [r.id, toCard(r)]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    },

    /** Articles whose site path carries `day` (YYYY-MM-DD), newest first, a page at a time. */
    async onDay(day: string, o: { limit: number; offset: number }): Promise<{ items: ArticleCard[]; total: number }> {
      const prefix = `/${day.replaceAll('-', '/')}/`;
      // '0' sorts right after '/': a range on the unique path index instead of LIKE.
      const end = `${prefix.slice(0, -1)}0`;
      const inDay = cards().where('articles.path', '>', prefix).where('articles.path', '<', end);
      const rows = await inDay.orderBy(newestFirst, 'desc').orderBy('articles.id', 'desc').limit(o.limit).offset(o.offset).execute();
      const count = await db
        .selectFrom('articles')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('state', '=', 'published')
        .where('near_duplicate_of', 'is', null)
        .where('path', '>', prefix)
        .where('path', '<', end)
        .executeTakeFirstOrThrow();
      return { items: rows.map(toCard), total: Number(count.n) };
    },

    /** Recent articles of the same category and original language ("You may like"). */
    async alike(o: { category: string | null; language: string; excludeId: number; limit: number }): Promise<ArticleCard[]> {
      let q = cards().where('articles.language', '=', o.language).where('articles.id', '!=', o.excludeId);
      q = o.category === null ? q.where('articles.category', 'is', null) : q.where('articles.category', '=', o.category);
      const rows = await q.orderBy(newestFirst, 'desc').orderBy('articles.id', 'desc').limit(o.limit).execute();
      return rows.map(toCard);
    },

    /** The newest `perCategory` articles of each category among the `window` newest articles, busiest category first. */
    async topByCategory(o: { perCategory: number; window: number }): Promise<{ category: string; items: ArticleCard[] }[]> {
      const recent = await cards().where('articles.category', 'is not', null).orderBy(newestFirst, 'desc').orderBy('articles.id', 'desc').limit(o.window).execute();
      const groups = new Map<string, ArticleCard[]>();
      for (const r of recent) {
        const list = groups.get(r.category!) ?? [];
        list.push(toCard(r));
        groups.set(r.category!, list);
      }
      return [...groups.entries()]
        .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
        .map(([category, items]) => ({ category, items: items.slice(0, o.perCategory) }));
    },

    /** The newest articles with what feeds need beyond a card. */
    async feedEntries(o: { limit: number }): Promise<FeedEntry[]> {
      const rows = await cards().select(FEED_COLUMNS).orderBy(newestFirst, 'desc').orderBy('articles.id', 'desc').limit(o.limit).execute();
      return rows.map(toFeedEntry);
    },

    /** Newest first, keyset-paginated on (date, id) so pages stay stable while articles are published. */
    async articlesPage(o: ArticleQuery): Promise<ApiEntry[]> {
      let q = cards().select([
        'articles.canonical_url',
        'articles.authors_json',
        'articles.site_updated_at',
        'articles.updated_at',
        'sources.country as source_country',
        'translations.engine',
        'translations.route',
        'translations.translated_at',
        'translations.decision',
      ]);
      const after = o.after;
      if (after) q = q.where((eb) => eb.or([eb(newestFirst, '<', after.date), eb.and([eb(newestFirst, '=', after.date), eb('articles.id', '<', after.id)])]));
      if (o.language !== undefined) q = q.where('articles.language', '=', o.language);
      if (o.source !== undefined) q = q.where('articles.source_id', '=', o.source);
      const category = o.category;
      // '0' sorts right after '/': a range takes the subcategories without LIKE and its wildcards.
      if (category !== undefined) {
        q = q.where((eb) => eb.or([eb('articles.category', '=', category), eb.and([eb('articles.category', '>', `${category}/`), eb('articles.category', '<', `${category}0`)])]));
      }
      if (o.since !== undefined) q = q.where(newestFirst, '>=', o.since);
      const rows = await q.orderBy(newestFirst, 'desc').orderBy('articles.id', 'desc').limit(o.limit).execute();
      return rows.map((r) => ({
        ...toCard(r),
        url: r.canonical_url,
        authors: JSON.parse(r.authors_json) as string[],
        updatedAt: r.site_updated_at ?? r.updated_at,
        sourceCountry: r.source_country,
        translation: {
          engine: r.engine,
          route: r.route.split('→').filter(Boolean),
          translatedAt: r.translated_at,
          decision: r.decision,
        },
      }));
    },

    /** Months ("2021-03", from the article paths) that hold articles lists show (no near-duplicates), newest first, with their latest change. */
    async sitemapMonths(): Promise<{ month: string; lastmod: string }[]> {
      const month = sql<string>`substr(articles.path, 2, 7)`;
      const rows = await db
        .selectFrom('articles')
        .select([month.as('month'), sql<string>`max(coalesce(articles.site_updated_at, articles.updated_at))`.as('lastmod')])
        .where('state', '=', 'published')
        .where('near_duplicate_of', 'is', null)
        .where('path', 'is not', null)
        .groupBy(month)
        .orderBy(month, 'desc')
        .execute();
      return rows.map((r) => ({ month: r.month.replace('/', '-'), lastmod: r.lastmod }));
    },

    /** Every published article whose path lies in `month` ("2021-03"), by path; near-duplicates are left to their canonical link. */
    async inMonth(month: string): Promise<SitemapEntry[]> {
      const prefix = `/${month.replace('-', '/')}/`;
      const rows = await db
        .selectFrom('articles')
        .select(['path', 'site_updated_at', 'updated_at'])
        .where('state', '=', 'published')
        .where('near_duplicate_of', 'is', null)
        .where('path', '>', prefix)
        .where('path', '<', `${prefix.slice(0, -1)}0`)
        .orderBy('path')
        .execute();
      return rows.map((r) => ({ path: r.path!, lastmod: r.site_updated_at ?? r.updated_at }));
    },

    /** Articles published (as the page dates them) at or after `since` (ISO 8601 UTC), newest first. */
    async publishedSince(since: string, o: { limit: number }): Promise<ArticleCard[]> {
      const rows = await cards().where(newestFirst, '>=', since).orderBy(newestFirst, 'desc').orderBy('articles.id', 'desc').limit(o.limit).execute();
      return rows.map(toCard);
    },

    async sources(): Promise<SourceListing[]> {
      const rows = await db
        .selectFrom('sources')
        .leftJoin('articles', (j) => j.onRef('articles.source_id', '=', 'sources.id').on('articles.state', '=', 'published'))
        .select((eb) => ['sources.id', 'sources.name', 'sources.homepage', 'sources.country', 'sources.language', eb.fn.count<number>('articles.id').as('published')])
        .where('sources.enabled', '=', 1)
        .groupBy('sources.id')
        .orderBy('sources.name')
        .execute();
      return rows.map((r) => ({ id: r.id, name: r.name, homepage: r.homepage, country: r.country, language: r.language, published: Number(r.published) }));
    },
  };
}

function parse<T>(json: string | null): T | null {
  return json === null ? null : (JSON.parse(json) as T);
}
