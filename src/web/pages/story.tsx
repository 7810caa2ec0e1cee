import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendHtml } from '../http.ts';
import { renderPage, type WebContext } from '../render.ts';
import { storyIdOf, storyPath } from '../story-path.ts';
import { StoryPage } from '../views/StoryPage.tsx';
import { notFound } from './errors.tsx';

/** /story/ID-slug: another slug for a known story redirects to its one path. */
export async function storyHandler(web: WebContext, request: FastifyRequest<{ Params: { slug: string } }>, reply: FastifyReply) {
  const id = storyIdOf(request.params.slug);
  if (id === null) return notFound(web, request, reply);
  const story = await web.stories.story(id);
  if (!story || story.entries.length === 0) return notFound(web, request, reply);
  const path = storyPath(story);
  if (request.url.split('?')[0] !== path) return reply.redirect(path, 301);
  return sendHtml(request, reply, renderPage(<StoryPage site={web.site} story={story} />));
}
