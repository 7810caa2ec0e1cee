import { SEARCH_DEFAULT_LIMIT, SEARCH_MAX_LIMIT, SEARCH_PARAMETERS } from './search.ts';

/** The OpenAPI pieces of /api/v1/search, merged into openapi.ts's document. */

const str = { type: 'string' };
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const obj = (properties: Record<string, object>, required = Object.keys(properties)) => ({ type: 'object', properties, required });
const marked = 'HTML: the text escaped, matched words in <mark>; nothing else is markup';

export const searchSchemas = {
  SearchHit: obj({
    id: { type: 'integer' },
    url: { ...str, format: 'uri', description: 'the article on this site' },
    title: str,
    titleHtml: { ...str, description: `the English title; ${marked}` },
    standfirst: { oneOf: [str, { type: 'null' }] },
    published: { ...str, format: 'date-time' },
    category: { oneOf: [str, { type: 'null' }] },
    source: obj({ id: str, name: str }),
    original: obj({ language: { ...str, description: 'BCP-47' } }),
    snippet: obj({
      text: str,
      html: { ...str, description: marked },
      language: { ...str, description: '"en", or the original language when only the original matched' },
    }),
  }),
  SearchPage: obj({
    query: str,
    total: { type: 'integer', description: 'matching articles (when capped: the most recent ones ranked)' },
    capped: { type: 'boolean', description: 'more articles matched than are ranked; narrow the search to reach older ones' },
    page: { type: 'integer' },
    limit: { type: 'integer' },
    next: { oneOf: [{ type: 'integer' }, { type: 'null' }], description: 'the next page number; null on the last page' },
    items: { type: 'array', items: ref('SearchHit') },
  }),
};

const parameters: Record<string, { description: string; schema: object; required?: boolean }> = {
  q: {
    description: 'words (all must match), "a phrase", -excluded, prefix* (3+ letters), a OR b; in English or the original language',
    schema: { type: 'string', maxLength: 500 },
    required: true,
  },
  language: { description: 'original language (BCP-47), e.g. `es`', schema: str },
  country: { description: 'the source’s country (ISO 3166-1 alpha-2), e.g. `ES`', schema: str },
  source: { description: 'source id', schema: str },
  category: { description: 'category and its subcategories, e.g. `News`', schema: str },
  from: { description: 'first day (UTC), YYYY-MM-DD', schema: { type: 'string', format: 'date' } },
  to: { description: 'last day (UTC), YYYY-MM-DD, included', schema: { type: 'string', format: 'date' } },
  page: { description: 'page number', schema: { type: 'integer', minimum: 1, default: 1 } },
  limit: { description: 'results per page', schema: { type: 'integer', minimum: 1, maximum: SEARCH_MAX_LIMIT, default: SEARCH_DEFAULT_LIMIT } },
};

export const searchPath = {
  get: {
    operationId: 'search',
    summary: 'Full-text search over the English translations and the originals, best match first (recent articles favoured)',
    parameters: SEARCH_PARAMETERS.map((name) => ({ name, in: 'query', required: parameters[name]!.required ?? false, description: parameters[name]!.description, schema: parameters[name]!.schema })),
    responses: {
      200: { description: 'a page of results', content: { 'application/json': { schema: ref('SearchPage') } } },
      400: { description: 'a parameter or the search text was refused; `parameter` names it, `message` says how to write it', content: { 'application/json': { schema: ref('Error') } } },
    },
  },
};
