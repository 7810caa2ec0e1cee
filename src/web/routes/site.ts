import type { FastifyInstance } from 'fastify';
import type { WebContext } from '../render.ts';
import { aboutHandler, privacyHandler, sourcesHandler } from '../pages/about.tsx';
import { articleHandler } from '../pages/article.tsx';
import { dayHandler } from '../pages/day.tsx';
import { homeHandler } from '../pages/home.tsx';
import { searchHandler } from '../pages/search.tsx';
import { storyHandler } from '../pages/story.tsx';

/** The reader-facing pages. Feeds, sitemaps and the API get route tables of their own beside this one. */
export function siteRoutes(app: FastifyInstance, web: WebContext): void {
  app.get('/', (req, reply) => homeHandler(web, req, reply));
  app.get<{ Params: { day: string }; Querystring: { page?: string } }>('/date/:day', (req, reply) => dayHandler(web, req, reply));
  app.get<{ Querystring: { view?: string } }>('/:y/:m/:d/:slug', (req, reply) => articleHandler(web, req, reply));
  app.get<{ Params: { slug: string } }>('/story/:slug', (req, reply) => storyHandler(web, req, reply));
  app.get('/about', (req, reply) => aboutHandler(web, req, reply));
  app.get('/privacy', (req, reply) => privacyHandler(web, req, reply));
  app.get('/sources', (req, reply) => sourcesHandler(web, req, reply));
  app.get('/search', (req, reply) => searchHandler(web, req, reply));
}
