import type { SiteInfo } from '../site.ts';
import { searchPath, searchSchemas } from './openapi-search.ts';
import { storyPaths, storySchemas } from './openapi-stories.ts';
import { CATEGORY_INFO_SCHEMA } from './category.ts';
import { ARTICLE_PARAMETERS, DEFAULT_LIMIT, MAX_LIMIT } from './params.ts';

const str = { type: 'string' };
const nullable = (schema: object) => ({ oneOf: [schema, { type: 'null' }] });
const dateTime = { type: 'string', format: 'date-time' };
const obj = (properties: Record<string, object>, required = Object.keys(properties)) => ({ type: 'object', properties, required });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const errorResponse = (description: string) => ({ description, ...json(ref('Error')) });

const inline = obj({ html: { ...str, description: 'sanitised inline HTML (a, em, strong, i, b, sub, sup, br)' }, text: str });
const image = obj(
  { src: { ...str, format: 'uri' }, alt: str, caption: str, credit: str, width: { type: 'integer' }, height: { type: 'integer' } },
  ['src'],
);

const schemas = {
  Error: obj({
    error: obj({ status: { type: 'integer' }, message: str, parameter: { ...str, description: 'the query parameter that was refused (400 only)' } }, ['status', 'message']),
  }),
  Block: {
    oneOf: [
      { allOf: [obj({ type: { enum: ['paragraph', 'blockquote'] } }), inline] },
      { allOf: [obj({ type: { const: 'heading' }, level: { enum: [2, 3, 4, 5, 6] } }), inline] },
      obj({ type: { const: 'list' }, ordered: { type: 'boolean' }, items: { type: 'array', items: inline } }),
      obj({ type: { const: 'related' }, items: { type: 'array', items: obj({ title: str, url: { ...str, format: 'uri' } }) } }),
      { allOf: [obj({ type: { const: 'image' } }), image] },
    ],
  },
  Image: image,
  SourceRef: obj({ id: str, name: { ...str, description: 'the outlet’s name as it writes it' }, country: { ...str, description: 'ISO 3166-1 alpha-2' } }),
  ArticleSummary: obj({
    id: { type: 'integer' },
    url: { ...str, format: 'uri', description: 'the article on this site' },
    title: str,
    standfirst: nullable(str),
    published: dateTime,
    updated: dateTime,
    category: nullable(str),
    categoryInfo: CATEGORY_INFO_SCHEMA,
    source: ref('SourceRef'),
    original: obj({ url: { ...str, format: 'uri' }, language: { ...str, description: 'BCP-47' } }),
    translation: obj({
      engine: str,
      route: { type: 'array', items: str, description: 'languages passed through, e.g. ["pt", "es", "en"]' },
      translatedAt: dateTime,
      notice: { type: 'boolean', description: 'the quality check flagged the translation; pages show a notice' },
    }),
  }),
  ArticlePage: obj({
    items: { type: 'array', items: ref('ArticleSummary') },
    next: { ...nullable(str), description: 'cursor of the next page; null on the last page' },
  }),
  Article: obj({
    id: { type: 'integer' },
    url: { ...str, format: 'uri' },
    published: dateTime,
    modified: nullable(dateTime),
    updated: dateTime,
    category: nullable(str),
    categoryInfo: CATEGORY_INFO_SCHEMA,
    authors: { type: 'array', items: str },
    image: nullable(ref('Image')),
    source: obj({ id: str, name: str, homepage: { ...str, format: 'uri' }, country: str }),
    original: obj({ url: { ...str, format: 'uri' }, language: str, title: nullable(str), standfirst: nullable(str), blocks: { type: 'array', items: ref('Block') } }),
    translation: obj({
      language: { const: 'en' },
      title: str,
      standfirst: nullable(str),
      blocks: { type: 'array', items: ref('Block') },
      engine: str,
      model: nullable(str),
      route: { type: 'array', items: str },
      translatedAt: dateTime,
      quality: obj({ decision: { enum: ['publish', 'publish-with-notice'] }, flags: { type: 'array', items: str }, notice: { type: 'boolean' } }),
    }),
  }),
  Source: obj({
    id: str,
    name: str,
    homepage: { ...str, format: 'uri' },
    country: str,
    language: nullable(str),
    articles: { type: 'integer', description: 'published articles' },
  }),
  SourceList: obj({ items: { type: 'array', items: ref('Source') } }),
};

const articleParameters: Record<string, { description: string; schema: object }> = {
  limit: { description: 'articles per page', schema: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT } },
  cursor: { description: 'the `next` value of the previous page', schema: str },
  language: { description: 'original language (BCP-47), e.g. `es`', schema: str },
  source: { description: 'source id', schema: str },
  category: { description: 'category and its subcategories, e.g. `News` or `News/Politics`', schema: str },
  since: { description: 'only articles dated at or after this ISO 8601 date or date-time', schema: str },
};

/** The OpenAPI 3.1 description of /api/v1, served at /api/v1/openapi.json. */
export function openApiDocument(site: SiteInfo) {
  return {
    openapi: '3.1.0',
    info: { title: `${site.name} API`, version: '1', description: `${site.tagline}. Read-only; responses carry ETag and answer 304.` },
    servers: [{ url: `${site.baseUrl}/api/v1` }],
    paths: {
      '/articles': {
        get: {
          operationId: 'listArticles',
          summary: 'Published articles, newest first, a page at a time',
          parameters: ARTICLE_PARAMETERS.map((name) => ({ name, in: 'query', required: false, ...articleParameters[name] })),
          responses: { 200: { description: 'a page of articles', ...json(ref('ArticlePage')) }, 400: errorResponse('a parameter was refused; `parameter` names it') },
        },
      },
      '/articles/{id}': {
        get: {
          operationId: 'getArticle',
          summary: 'One article: original and translation, provenance and quality decision',
          parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }],
          responses: { 200: { description: 'the article', ...json(ref('Article')) }, 404: errorResponse('no such article'), 410: errorResponse('taken down') },
        },
      },
      '/search': searchPath,
      '/sources': {
        get: { operationId: 'listSources', summary: 'Every source', responses: { 200: { description: 'the sources', ...json(ref('SourceList')) } } },
      },
      ...storyPaths,
      '/openapi.json': {
        get: { operationId: 'openapi', summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1 document', content: { 'application/json': { schema: { type: 'object' } } } } } },
      },
    },
    components: { schemas: { ...schemas, ...searchSchemas, ...storySchemas } },
  };
}
