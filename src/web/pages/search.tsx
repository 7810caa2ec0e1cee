import type { FastifyReply, FastifyRequest } from 'fastify';
import { parseQuery, QueryError } from '../../organize/search/query.ts';
import { sendHtml } from '../http.ts';
import { renderPage, type WebContext } from '../render.ts';
import { parseSearchParams, SearchParamError, type SearchParams } from '../search/params.ts';
import { SearchPage, type SearchOutcome } from '../views/SearchPage.tsx';

export const SEARCH_PAGE_SIZE = 20;

/**
 * /search?q=…&language=…&country=…&source=…&category=…&from=…&to=…&page=…: no words → the form and how to search
 * (200); a search or filter that cannot be run → the form, what is wrong and how to write it (400).
 */
export async function searchHandler(web: WebContext, request: FastifyRequest, reply: FastifyReply) {
  const raw = request.query as Record<string, unknown>;
  const sources = await web.published.sources();
  const render = (params: SearchParams, outcome: SearchOutcome, status = 200) =>
    sendHtml(request, reply, renderPage(<SearchPage site={web.site} params={params} sources={sources} outcome={outcome} />), { status });
  let params: SearchParams;
  try {
    params = parseSearchParams(raw, SEARCH_PAGE_SIZE);
  } catch (err) {
    if (!(err instanceof SearchParamError)) throw err;
    return render({ q: typeof raw.q === 'string' ? raw.q : '', filters: {}, page: 1 }, { kind: 'refused', message: err.message }, 400);
  }
  if (params.q.trim() === '') return render(params, { kind: 'empty' });
  let query;
  try {
    query = parseQuery(params.q);
  } catch (err) {
    if (!(err instanceof QueryError)) throw err;
    return render(params, { kind: 'refused', message: err.message }, 400);
  }
  const results = await web.search.search({ query, filters: params.filters, limit: SEARCH_PAGE_SIZE, offset: (params.page - 1) * SEARCH_PAGE_SIZE });
  return render(params, { kind: 'results', results, pageSize: SEARCH_PAGE_SIZE });
}
