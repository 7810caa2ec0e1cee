import type { ArticleCard, PublishedArticle } from '../store/published.ts';
import type { WebContext } from './render.ts';

/**
 * "You may like": articles alike in content (store.search.related), recent ones favoured, never the article itself
 * nor `excludeIds` (its own story, once stories are clustered). When the article has too little text, or too few
 * neighbours, the list is filled with recent articles of the same category and original language.
 */
export async function youMayLike(web: Pick<WebContext, 'published' | 'search'>, a: PublishedArticle, o: { limit: number; excludeIds?: number[] }): Promise<ArticleCard[]> {
  const excluded = new Set([a.id, ...(o.excludeIds ?? [])]);
  const related = (await web.search.related({ id: a.id, excludeIds: [...excluded], limit: o.limit })) ?? [];
  if (related.length >= o.limit) return related;
  const alike = await web.published.alike({ category: a.category, language: a.language, excludeId: a.id, limit: o.limit + excluded.size + related.length });
  const shown = new Set(related.map((c) => c.id));
  return [...related, ...alike.filter((c) => !excluded.has(c.id) && !shown.has(c.id))].slice(0, o.limit);
}
