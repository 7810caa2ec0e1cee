import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { StoryDetail, StorySummary } from '../../store/stories.ts';
import type { WebContext } from '../render.ts';
import { storyPath } from '../story-path.ts';
import { cursorPage, decodeCursor } from './cursor.ts';
import { BadParameter, DEFAULT_LIMIT, MAX_LIMIT } from './params.ts';

type Send = (request: FastifyRequest, reply: FastifyReply, value: unknown) => unknown;
type SendError = (request: FastifyRequest, reply: FastifyReply, status: number, message: string, extra?: Record<string, unknown>) => unknown;

export const STORY_PARAMETERS = ['limit', 'cursor'];

function parseStoryQuery(raw: Record<string, unknown>): { limit: number; after?: { date: string; id: number } } {
  const q: { limit: number; after?: { date: string; id: number } } = { limit: DEFAULT_LIMIT };
  for (const [name, value] of Object.entries(raw)) {
    if (!STORY_PARAMETERS.includes(name)) throw new BadParameter(name, `is not a parameter of this endpoint (known: ${STORY_PARAMETERS.join(', ')})`);
    if (typeof value !== 'string') throw new BadParameter(name, 'must be given once');
    if (name === 'limit') {
      const n = /^\d+$/.test(value) ? Number(value) : NaN;
      if (!(n >= 1 && n <= MAX_LIMIT)) throw new BadParameter('limit', `must be an integer from 1 to ${MAX_LIMIT}, got "${value}"`);
      q.limit = n;
    } else {
      const c = decodeCursor(value);
      if (c === null) throw new BadParameter('cursor', 'is not a cursor this API returned (use next from a previous page)');
      q.after = c;
    }
  }
  return q;
}

function summary(baseUrl: string, s: StorySummary) {
  return {
    id: s.id,
    url: baseUrl + storyPath(s),
    headline: s.headline,
    firstSeen: s.firstSeen,
    lastSeen: s.lastSeen,
    articles: s.articles,
    outlets: s.outlets,
    languages: s.languages,
    blindspot: s.blindspot,
  };
}

function detail(baseUrl: string, s: StoryDetail) {
  return {
    ...summary(baseUrl, s),
    items: s.entries.map((e) => ({
      id: e.id,
      url: baseUrl + e.path,
      title: e.title,
      published: e.publishedAt,
      source: { id: e.sourceId, name: e.sourceName, country: e.country },
      original: { url: e.url, language: e.language },
    })),
  };
}

/** /stories (most recently seen first, cursor-paginated) and /stories/{id} (its articles, earliest first). */
export function storyEndpoints(api: FastifyInstance, web: WebContext, send: Send, sendError: SendError): void {
  api.get('/stories', async (request, reply) => {
    let query;
    try {
      query = parseStoryQuery(request.query as Record<string, unknown>);
    } catch (err) {
      if (err instanceof BadParameter) return sendError(request, reply, 400, err.message, { parameter: err.parameter });
      throw err;
    }
    const rows = await web.stories.page({ ...query, limit: query.limit + 1 });
    const { items, next } = cursorPage(rows, query.limit, (last) => ({ date: last.lastSeen, id: last.id }));
    return send(request, reply, { items: items.map((s) => summary(web.site.baseUrl, s)), next });
  });

  api.get<{ Params: { id: string } }>('/stories/:id', async (request, reply) => {
    const { id } = request.params;
    if (!/^[1-9]\d{0,15}$/.test(id)) return sendError(request, reply, 404, `no story with id "${id}"`);
    const story = await web.stories.story(Number(id));
    if (!story || story.entries.length === 0) return sendError(request, reply, 404, `no story with id ${id}`);
    return send(request, reply, detail(web.site.baseUrl, story));
  });
}
