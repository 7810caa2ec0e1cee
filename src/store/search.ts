import { sql } from 'kysely';
import { facet, MARK_CLOSE, MARK_OPEN } from '../organize/search/document.ts';
import { distinctiveTerms, frequentTerms, termFrequencies } from '../organize/search/distinctive.ts';
import { ftsExpression, type ParsedQuery } from '../organize/search/query.ts';
import type { Db } from './database.ts';
import { cardQuery, toCard, type ArticleCard } from './published.ts';
import { dayNumber, ENGLISH_COLUMNS, TEXT_COLUMNS } from './search-index.ts';

/** A range of UTC days (days since 1970), both ends included. */
interface Days {
  from?: number | undefined;
  to?: number | undefined;
}

export interface SearchFilters {
  /** Original language (BCP-47). */
  language?: string;
  /** The source's country, ISO 3166-1 alpha-2. */
  country?: string;
  source?: string;
  /** A category and everything under it. */
  category?: string;
  /** UTC days, YYYY-MM-DD, both included. */
  from?: string;
  to?: string;
}

export interface SearchRequest {
  query: ParsedQuery;
  filters?: SearchFilters;
  limit: number;
  offset: number;
  /** The present, for the recency boost. */
  now?: Date;
}

export interface SearchHit extends ArticleCard {
  /** The English title with MARK_OPEN … MARK_CLOSE around matched words. */
  titleMarked: string;
  /** A passage around the matches, marked the same way: from the English text, or the original when only it matched. */
  snippet: string;
  /** "en", or the original's language when the snippet comes from the original. */
  snippetLanguage: string;
}

export interface SearchResults {
  hits: SearchHit[];
  /** Matching articles ranked; when `capped`, only the newest CANDIDATES of more matches were ranked. */
  total: number;
  capped: boolean;
}

/**
 * Ranking looks at no more than this many matches, the newest (article ids grow with time): a word found in most
 * of 100 000 articles would otherwise be scored in every one of them. Rare words are ranked over all matches.
 */
export const CANDIDATES = 2000;
/** bm25 weights by column (title, standfirst, body, original title, original body, facets): English first. */
const WEIGHTS = [10, 4, 1.5, 5, 0.75, 0];
/** Month tokens narrow a date filter inside the index; a longer range is left to the date check alone. */
const MAX_MONTH_TOKENS = 120;
const SNIPPET_TOKENS = 28;
const RELATED_CANDIDATE_TERMS = 40;
const RELATED_TERMS = 12;
const DF_CACHE_MS = 10 * 60_000;
const DF_CACHE_TERMS = 200_000;
/** Fewer content words than this: too little text to say what is alike. */
const RELATED_MIN_TERMS = 3;

/**
 * bm25 (negative: lower is better) scaled by up to 1.5 for an article from today, 1.25 a month old, 1.05 a year
 * old: a mild preference for recent news that never buries a much better match.
 */
const score = (now: Date) =>
  sql`bm25(search_index, ${sql.raw(WEIGHTS.join(', '))}) * (1.0 + 0.5 / (1.0 + max(0, ${dayNumber(now.toISOString())} - search_days.day) / 30.0))`;

/** Read side of search: ranked, filtered, highlighted results, and an article's content-based neighbours. */
export function searchRepository(db: Db) {
  /** Ids of the best `limit` matches after `offset`, with how many matched (at most CANDIDATES counted). */
  async function ranked(o: { match: string; days: Days; exclude: number[]; limit: number; offset: number; now: Date }) {
    const excluded = o.exclude.length > 0 ? sql`and search_index.rowid not in (${sql.join(o.exclude)})` : sql``;
    // The index holds published articles only (publishing and removal keep it so), so no look at `articles` here.
    const inDays = sql`${o.days.from === undefined ? sql`` : sql`and search_days.day >= ${o.days.from}`} ${o.days.to === undefined ? sql`` : sql`and search_days.day <= ${o.days.to}`}`;
    const dated = o.days.from !== undefined || o.days.to !== undefined;
    const newest = await sql<{ id: number }>`
      select search_index.rowid as id from search_index ${dated ? sql`join search_days on search_days.id = search_index.rowid` : sql``}
      where search_index match ${o.match} ${excluded} ${inDays}
      order by search_index.rowid desc limit ${CANDIDATES}`.execute(db);
    const total = newest.rows.length;
    const capped = total === CANDIDATES;
    const floor = capped ? sql`and search_index.rowid >= ${newest.rows.at(-1)!.id}` : sql``;
    const best = await sql<{ id: number }>`
      select search_index.rowid as id from search_index join search_days on search_days.id = search_index.rowid
      where search_index match ${o.match} ${floor} ${excluded} ${inDays}
      order by ${score(o.now)}, search_index.rowid desc limit ${o.limit} offset ${o.offset}`.execute(db);
    return { ids: best.rows.map((r) => r.id), total, capped };
  }

  async function cards(ids: number[]): Promise<Map<number, ArticleCard>> {
    if (ids.length === 0) return new Map();
    const rows = await cardQuery(db, { forIds: true }).where('articles.id', 'in', ids).execute();
    return new Map(rows.map((r) => [r.id, toCard(r)]));
  }

  // Counting a term's documents reads its whole posting list: costly for common words, which most articles share,
  // and slow to change. Counts are kept for a while; a stale count only shifts which terms look distinctive.
  let dfCache = new Map<string, number>();
  let dfCacheSince = Date.now();
  async function documentCounts(terms: string[]): Promise<Map<string, number>> {
    if (Date.now() - dfCacheSince > DF_CACHE_MS || dfCache.size > DF_CACHE_TERMS) {
      dfCache = new Map();
      dfCacheSince = Date.now();
    }
    const missing = terms.filter((t) => !dfCache.has(t));
    if (missing.length > 0) {
      const found = await sql<{ term: string; doc: number }>`select term, doc from search_vocab where term in (${sql.join(missing)})`.execute(db);
      for (const t of missing) dfCache.set(t, 0);
      for (const v of found.rows) dfCache.set(v.term, Number(v.doc));
    }
    return new Map(terms.map((t) => [t, dfCache.get(t)!]));
  }

  return {
    async search(r: SearchRequest): Promise<SearchResults> {
      const f = r.filters ?? {};
      const match = [ftsExpression(r.query, TEXT_COLUMNS), ...facetClauses(f)].join(' AND ');
      const days = { from: f.from === undefined ? undefined : dayNumber(f.from), to: f.to === undefined ? undefined : dayNumber(f.to) };
      const { ids, total, capped } = await ranked({ match, days, exclude: [], limit: r.limit, offset: r.offset, now: r.now ?? new Date() });
      if (ids.length === 0) return { hits: [], total, capped };
      const mark = (column: number) => sql<string>`snippet(search_index, ${column}, ${MARK_OPEN}, ${MARK_CLOSE}, '…', ${SNIPPET_TOKENS})`;
      const marked = await sql<{ id: number; title: string; standfirst: string; body: string; original_title: string; original_body: string }>`
        select search_index.rowid as id, highlight(search_index, 0, ${MARK_OPEN}, ${MARK_CLOSE}) as title,
          ${mark(1)} as standfirst, ${mark(2)} as body, ${mark(3)} as original_title, ${mark(4)} as original_body
        from search_index where search_index match ${match} and search_index.rowid in (${sql.join(ids)})`.execute(db);
      const passages = new Map(marked.rows.map((m) => [m.id, m]));
      const byId = await cards(ids);
      const hits = ids.flatMap((id) => {
        const card = byId.get(id);
        const m = passages.get(id);
        if (!card || !m) return [];
        const english = [m.body, m.standfirst].find((t) => t.includes(MARK_OPEN));
        const original = english === undefined ? [m.original_body, m.original_title].find((t) => t.includes(MARK_OPEN)) : undefined;
        return [
          {
            ...card,
            titleMarked: m.title || card.title,
            snippet: english ?? original ?? (m.body || m.standfirst),
            snippetLanguage: original === undefined ? 'en' : card.language,
          },
        ];
      });
      return { hits, total, capped };
    },

    /**
     * Content-based neighbours of an article ("You may like"): its most distinctive English terms as one OR query,
     * ranked by bm25 with the recency boost, leaving out the article itself and `excludeIds` (e.g. its own story).
     * Null when the article is not indexed or has too little text to say what is alike; empty when no other
     * article shares its distinctive terms.
     */
    async related(o: { id: number; excludeIds?: number[]; limit: number; now?: Date }): Promise<ArticleCard[] | null> {
      const own = await sql<{ title: string; standfirst: string; body: string }>`select title, standfirst, body from search_index where rowid = ${o.id}`.execute(db);
      const text = own.rows[0];
      if (!text) return null;
      const tf = termFrequencies(text);
      const candidates = frequentTerms(tf, RELATED_CANDIDATE_TERMS);
      if (candidates.length < RELATED_MIN_TERMS) return null;
      const [df, count] = await Promise.all([documentCounts(candidates), sql<{ n: number }>`select count(*) as n from search_days`.execute(db)]);
      const terms = distinctiveTerms({ tf, df, articles: Number(count.rows[0]?.n ?? 0), limit: RELATED_TERMS });
      if (terms.length === 0) return [];
      const match = ftsExpression({ groups: [terms.map((w) => ({ words: [w], prefix: false }))], excluded: [], text: terms.join(' ') }, ENGLISH_COLUMNS);
      const { ids } = await ranked({ match, days: {}, exclude: [o.id, ...(o.excludeIds ?? [])], limit: o.limit, offset: 0, now: o.now ?? new Date() });
      const byId = await cards(ids);
      return ids.flatMap((id) => byId.get(id) ?? []);
    },
  };
}

/** Filters as index tokens, matched inside FTS5 (the tokens are ours, hex-encoded: no reader syntax reaches here). */
function facetClauses(f: SearchFilters): string[] {
  const clauses: string[] = [];
  if (f.language !== undefined) clauses.push(`facets : ${facet.language(f.language)}`);
  if (f.country !== undefined) clauses.push(`facets : ${facet.country(f.country)}`);
  if (f.source !== undefined) clauses.push(`facets : ${facet.source(f.source)}`);
  if (f.category !== undefined) clauses.push(`facets : ${facet.category(f.category)}`);
  if (f.from !== undefined && f.to !== undefined) {
    const months = monthsBetween(f.from, f.to);
    if (months.length > 0 && months.length <= MAX_MONTH_TOKENS) clauses.push(`facets : (${months.map(facet.month).join(' OR ')})`);
  }
  return clauses;
}

/** "2021-01-15", "2021-03-02" → ["2021-01", "2021-02", "2021-03"]; empty when `to` is before `from`. */
function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [y, m] = from.slice(0, 7).split('-').map(Number) as [number, number];
  const last = to.slice(0, 7);
  for (let ym = from.slice(0, 7); ym <= last && months.length <= MAX_MONTH_TOKENS; ) {
    months.push(ym);
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y++;
    ym = `${y}-${String(m).padStart(2, '0')}`;
  }
  return months;
}
