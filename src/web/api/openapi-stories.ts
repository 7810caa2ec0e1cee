import { DEFAULT_LIMIT, MAX_LIMIT } from './params.ts';

/** The stories part of the OpenAPI document: merged into openapi.ts's paths and schemas. */

const str = { type: 'string' };
const dateTime = { type: 'string', format: 'date-time' };
const uri = { type: 'string', format: 'uri' };
const obj = (properties: Record<string, object>) => ({ type: 'object', properties, required: Object.keys(properties) });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const error = (description: string) => ({ description, ...json(ref('Error')) });

const storyFields = {
  id: { type: 'integer' },
  url: { ...uri, description: 'the story’s "Full coverage" page on this site' },
  headline: str,
  firstSeen: dateTime,
  lastSeen: dateTime,
  articles: { type: 'integer' },
  outlets: { type: 'integer' },
  languages: { type: 'integer' },
  blindspot: { type: 'boolean', description: 'covered by 3 or more non-English outlets and none of the English-language sources' },
};

export const storySchemas = {
  StorySummary: obj(storyFields),
  StoryPage: obj({ items: { type: 'array', items: ref('StorySummary') }, next: { oneOf: [str, { type: 'null' }], description: 'cursor of the next page; null on the last page' } }),
  Story: obj({
    ...storyFields,
    items: {
      type: 'array',
      description: 'the story’s articles, earliest first (near-duplicates left out)',
      items: obj({ id: { type: 'integer' }, url: uri, title: str, published: dateTime, source: ref('SourceRef'), original: obj({ url: uri, language: str }) }),
    },
  }),
};

export const storyPaths = {
  '/stories': {
    get: {
      operationId: 'listStories',
      summary: 'Stories (articles about one event across outlets and languages), most recently seen first',
      parameters: [
        { name: 'limit', in: 'query', required: false, description: 'stories per page', schema: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT } },
        { name: 'cursor', in: 'query', required: false, description: 'the `next` value of the previous page', schema: str },
      ],
      responses: { 200: { description: 'a page of stories', ...json(ref('StoryPage')) }, 400: error('a parameter was refused; `parameter` names it') },
    },
  },
  '/stories/{id}': {
    get: {
      operationId: 'getStory',
      summary: 'One story with its articles by outlet, earliest first',
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }],
      responses: { 200: { description: 'the story', ...json(ref('Story')) }, 404: error('no such story') },
    },
  },
};
