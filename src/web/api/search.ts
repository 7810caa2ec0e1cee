import { parseQuery, QueryError } from '../../organize/search/query.ts';
import type { SearchHit, SearchResults } from '../../store/search.ts';
import type { WebContext } from '../render.ts';
import { markedHtml, plainText } from '../search/highlight.tsx';
import { FILTERS, lastPage, parseSearchParams, SearchParamError } from '../search/params.ts';

export const SEARCH_DEFAULT_LIMIT = 20;
export const SEARCH_MAX_LIMIT = 50;
export const SEARCH_PARAMETERS = ['q', ...FILTERS, 'page', 'limit'];

export type ApiSearchOutcome = { ok: true; body: ReturnType<typeof searchBody> } | { ok: false; parameter: string; message: string };

/** /api/v1/search: the same search as the page, as JSON; a refused parameter or query names itself. */
export async function apiSearch(web: Pick<WebContext, 'search' | 'site'>, raw: Record<string, unknown>): Promise<ApiSearchOutcome> {
  const unknown = Object.keys(raw).find((k) => !SEARCH_PARAMETERS.includes(k));
  if (unknown !== undefined) return { ok: false, parameter: unknown, message: `${unknown}: is not a parameter of this endpoint (known: ${SEARCH_PARAMETERS.join(', ')})` };
  const limitText = raw.limit;
  const limit = limitText === undefined ? SEARCH_DEFAULT_LIMIT : typeof limitText === 'string' && /^\d{1,3}$/.test(limitText) ? Number(limitText) : NaN;
  if (!(limit >= 1 && limit <= SEARCH_MAX_LIMIT)) return { ok: false, parameter: 'limit', message: `limit: must be an integer from 1 to ${SEARCH_MAX_LIMIT}, got "${String(limitText)}"` };
  let params;
  let query;
  try {
    params = parseSearchParams(raw, limit);
    if (params.q.trim() === '') return { ok: false, parameter: 'q', message: 'q: is required: the words to search for' };
    query = parseQuery(params.q);
  } catch (err) {
    if (err instanceof SearchParamError) return { ok: false, parameter: err.parameter, message: err.message };
    if (err instanceof QueryError) return { ok: false, parameter: 'q', message: err.message };
    throw err;
  }
  const results = await web.search.search({ query, filters: params.filters, limit, offset: (params.page - 1) * limit });
  return { ok: true, body: searchBody(web.site.baseUrl, results, { q: query.text, page: params.page, limit }) };
}

function searchBody(baseUrl: string, r: SearchResults, o: { q: string; page: number; limit: number }) {
  const more = o.page * o.limit < r.total && o.page < lastPage(o.limit);
  return { query: o.q, total: r.total, capped: r.capped, page: o.page, limit: o.limit, next: more ? o.page + 1 : null, items: r.hits.map((h) => hitItem(baseUrl, h)) };
}

function hitItem(baseUrl: string, h: SearchHit) {
  return {
    id: h.id,
    url: baseUrl + h.path,
    title: h.title,
    titleHtml: markedHtml(h.titleMarked),
    standfirst: h.standfirst,
    published: h.publishedAt,
    category: h.category,
    source: { id: h.sourceId, name: h.sourceName },
    original: { language: h.language },
    snippet: { text: plainText(h.snippet), html: markedHtml(h.snippet), language: h.snippetLanguage },
  };
}
