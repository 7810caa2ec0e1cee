import type { SearchFilters } from '../../store/search.ts';
import { CANDIDATES } from '../../store/search.ts';
import { parseDay } from '../pages/day.tsx';

/** A search parameter refused, and why: the page shows the message, the API names the parameter. */
export class SearchParamError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
  }
}

export interface SearchParams {
  /** The reader's text, untrimmed; empty when there is none. */
  q: string;
  filters: SearchFilters;
  page: number;
}

export const FILTERS = ['language', 'country', 'source', 'category', 'from', 'to'] as const;
export type FilterName = (typeof FILTERS)[number];

const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const COUNTRY = /^[A-Za-z]{2}$/;
const SOURCE = /^[a-z0-9][a-z0-9-]{0,99}$/;

const RULES: Record<FilterName, (value: string, f: SearchFilters) => void> = {
  language(v, f) {
    if (!LANGUAGE.test(v)) throw new SearchParamError('language', `language must be a language code such as "es" or "pt-BR", not "${v}".`);
    f.language = v;
  },
  country(v, f) {
    if (!COUNTRY.test(v)) throw new SearchParamError('country', `country must be a two-letter country code such as "ES", not "${v}".`);
    f.country = v.toUpperCase();
  },
  source(v, f) {
    if (!SOURCE.test(v)) throw new SearchParamError('source', `source must be a source id (lower-case letters, digits, "-"), not "${v}".`);
    f.source = v;
  },
  category(v, f) {
    if (v.length > 200 || v.split('/').some((p) => p.trim() === '' || p !== p.trim()) || /[\u0000-\u001f]/.test(v)) {
      throw new SearchParamError('category', `category must be a category such as "News" or "News/Politics", not "${v}".`);
    }
    f.category = v;
  },
  from(v, f) {
    if (parseDay(v) === null) throw new SearchParamError('from', `from must be a date written YYYY-MM-DD, such as 2021-03-26, not "${v}".`);
    f.from = v;
  },
  to(v, f) {
    if (parseDay(v) === null) throw new SearchParamError('to', `to must be a date written YYYY-MM-DD, such as 2021-03-26, not "${v}".`);
    f.to = v;
  },
};

/** The last page that can hold results at `pageSize`: ranking looks at the newest CANDIDATES matches at most. */
export const lastPage = (pageSize: number) => Math.ceil(CANDIDATES / pageSize);

/**
 * Query-string values → search parameters. An empty value counts as absent (the form sends every field); other
 * names are left to the caller (the page ignores them, the API refuses them). Throws SearchParamError.
 */
export function parseSearchParams(raw: Record<string, unknown>, pageSize: number): SearchParams {
  const one = (name: string): string | undefined => {
    const v = raw[name];
    if (v === undefined) return undefined;
    if (typeof v !== 'string') throw new SearchParamError(name, `${name} must be given once.`);
    return v.trim() === '' ? undefined : v.trim();
  };
  const filters: SearchFilters = {};
  for (const name of FILTERS) {
    const v = one(name);
    if (v !== undefined) RULES[name](v, filters);
  }
  if (filters.from !== undefined && filters.to !== undefined && filters.from > filters.to) {
    throw new SearchParamError('to', `The date range ends (${filters.to}) before it starts (${filters.from}).`);
  }
  const pageText = one('page');
  const page = pageText === undefined ? 1 : /^[1-9]\d{0,5}$/.test(pageText) ? Number(pageText) : NaN;
  if (!(page >= 1 && page <= lastPage(pageSize))) throw new SearchParamError('page', `page must be a whole number from 1 to ${lastPage(pageSize)}, not "${pageText}".`);
  const q = raw.q === undefined ? '' : raw.q;
  if (typeof q !== 'string') throw new SearchParamError('q', 'q must be given once.');
  return { q, filters, page };
}

/** The query string of a search (only what is set), for links to other pages of the same results. */
export function searchQueryString(p: SearchParams, page: number): string {
  const pairs: [string, string][] = [['q', p.q.trim()]];
  for (const name of FILTERS) {
    const v = p.filters[name];
    if (v !== undefined) pairs.push([name, v]);
  }
  if (page > 1) pairs.push(['page', String(page)]);
  return new URLSearchParams(pairs).toString();
}
