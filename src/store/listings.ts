import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { Db } from './database.ts';
import { FEED_COLUMNS, cardQuery, newestFirst, toCard, toFeedEntry, type ArticleCard, type FeedEntry } from './published.ts';
import type { Database } from './schema.ts';

/** Which published articles a list page or list feed holds. */
export type ListScope =
  | { kind: 'category'; category: string }
  | { kind: 'source'; sourceId: string }
  | { kind: 'language'; language: string }
  /** ISO 3166-1 alpha-2, upper case as sources store it. */
  | { kind: 'country'; country: string };

/** A value lists are made of (a category, language or country) with how many published articles it has. */
export interface Counted {
  value: string;
  published: number;
}

export interface SourceProfile {
  id: string;
  name: string;
  homepage: string;
  country: string;
  language: string | null;
}

function inScope(eb: ExpressionBuilder<Database, 'articles'>, scope: ListScope): Expression<SqlBool> {
  switch (scope.kind) {
    case 'category': {
      // '0' sorts right after '/': [c, c0) is one range on the category index; of what lies inside it, only c itself
      // and c/… are c's ("Newsroom" is not News's). No LIKE, so no wildcards to escape.
      const c = scope.category;
      return eb.and([
        eb('articles.category', '>=', c),
        eb('articles.category', '<', `${c}0`),
        eb.or([eb('articles.category', '=', c), eb('articles.category', '>', `${c}/`)]),
      ]);
    }
    case 'source':
      return eb('articles.source_id', '=', scope.sourceId);
    case 'language':
      return eb('articles.language', '=', scope.language);
    case 'country':
      return eb('articles.source_id', 'in', eb.selectFrom('sources').select('sources.id').where('sources.country', '=', scope.country));
  }
}

/** Read side of the site's list pages and list feeds: by category (with its subcategories), source, language, country. */
export function listingsRepository(db: Db) {
  /**
   * A window of a list, newest first: the window is chosen on articles alone, and only its rows are joined to their
   * source and translation, so a long list costs a sort of its ids, not a join per article it holds.
   */
  const newestIn = (scope: ListScope, o: { limit: number; offset: number }) => {
    const ids = db
      .selectFrom('articles')
      .select('articles.id')
      .where('articles.state', '=', 'published')
      .where('articles.near_duplicate_of', 'is', null)
      .where((eb) => inScope(eb, scope))
      .orderBy(newestFirst, 'desc')
      .orderBy('articles.id', 'desc')
      .limit(o.limit)
      .offset(o.offset);
    return cardQuery(db).where('articles.id', 'in', ids).orderBy(newestFirst, 'desc').orderBy('articles.id', 'desc');
  };

  /** Enabled sources' section maps name categories before any article is filed under them. */
  async function configuredCategories(): Promise<string[]> {
    const rows = await db.selectFrom('sources').select('config_json').where('enabled', '=', 1).execute();
    return rows.flatMap((r) => Object.values((JSON.parse(r.config_json) as { sections?: Record<string, string> }).sections ?? {}));
  }

  return {
    /** One page of a list, newest first, and how many articles the whole list holds. */
    async page(scope: ListScope, o: { limit: number; offset: number }): Promise<{ items: ArticleCard[]; total: number }> {
      const [rows, count] = await Promise.all([
        newestIn(scope, o).execute(),
        // Publishing sets the state and the shown translation together: the count needs neither join.
        db
          .selectFrom('articles')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('articles.state', '=', 'published')
          .where('articles.near_duplicate_of', 'is', null)
          .where((eb) => inScope(eb, scope))
          .executeTakeFirstOrThrow(),
      ]);
      return { items: rows.map(toCard), total: Number(count.n) };
    },

    /** The newest articles of a list with what feeds need. */
    async feedEntries(scope: ListScope, o: { limit: number }): Promise<FeedEntry[]> {
      const rows = await newestIn(scope, { limit: o.limit, offset: 0 }).select(FEED_COLUMNS).execute();
      return rows.map(toFeedEntry);
    },

    /** Every category that has published articles or that an enabled source maps a section to, by name. */
    async categories(): Promise<Counted[]> {
      const rows = await db
        .selectFrom('articles')
        .select((eb) => ['category', eb.fn.countAll<number>().as('n')])
        .where('state', '=', 'published')
        .where('category', 'is not', null)
        .groupBy('category')
        .execute();
      const counts = new Map(rows.map((r) => [r.category!, Number(r.n)]));
      for (const c of await configuredCategories()) if (!counts.has(c)) counts.set(c, 0);
      return [...counts].map(([value, published]) => ({ value, published })).sort((a, b) => a.value.localeCompare(b.value));
    },

    /** Original languages of published articles and of enabled sources, by code. */
    async languages(): Promise<Counted[]> {
      const [rows, sources] = await Promise.all([
        db
          .selectFrom('articles')
          .select((eb) => ['language', eb.fn.countAll<number>().as('n')])
          .where('state', '=', 'published')
          .where('language', 'is not', null)
          .groupBy('language')
          .execute(),
        db.selectFrom('sources').select('language').distinct().where('enabled', '=', 1).where('language', 'is not', null).execute(),
      ]);
      const counts = new Map(rows.map((r) => [r.language!, Number(r.n)]));
      for (const s of sources) if (!counts.has(s.language!)) counts.set(s.language!, 0);
      return [...counts].map(([value, published]) => ({ value, published })).sort((a, b) => a.value.localeCompare(b.value));
    },

    /** One source as its page introduces it (enabled or not: its published articles still link to it). */
    async source(id: string): Promise<SourceProfile | null> {
      const row = await db.selectFrom('sources').select(['id', 'name', 'homepage', 'country', 'language']).where('id', '=', id).executeTakeFirst();
      return row ?? null;
    },

    /** The sources of one country (upper-case code), by name. */
    async sourcesIn(country: string): Promise<SourceProfile[]> {
      return db
        .selectFrom('sources')
        .select(['id', 'name', 'homepage', 'country', 'language'])
        .where('country', '=', country)
        .orderBy('name')
        .execute();
    },
  };
}
