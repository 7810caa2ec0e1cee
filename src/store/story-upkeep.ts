import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';
import { indexArticles } from './search-index.ts';

/**
 * What keeps a story true to the articles it still has; each runs inside the caller's transaction (clustering placing
 * an article, a takedown removing one), so no page ever shows a story counted or headed by what it no longer holds.
 */

type Executor = Kysely<Database>;

const dated = sql<string>`coalesce(articles.published_at, articles.site_published_at)`;

/** Recounts a story's dates, articles, outlets and languages from its published articles; 0 when none is left. */
export async function refreshStoryFigures(trx: Executor, storyId: number, at: string): Promise<number> {
  const figures = await trx
    .selectFrom('articles')
    .select((eb) => [
      sql<string>`min(${dated})`.as('first'),
      sql<string>`max(${dated})`.as('last'),
      eb.fn.countAll<number>().as('articles'),
      eb.fn.count<number>('articles.source_id').distinct().as('outlets'),
      eb.fn.count<number>('articles.language').distinct().as('languages'),
    ])
    .where('articles.story_id', '=', storyId)
    .where('articles.state', '=', 'published')
    .executeTakeFirstOrThrow();
  await trx
    .updateTable('stories')
    .set({
      first_seen: figures.first ?? at,
      last_seen: figures.last ?? at,
      article_count: Number(figures.articles),
      outlet_count: Number(figures.outlets),
      language_count: Number(figures.languages),
      updated_at: at,
    })
    .where('id', '=', storyId)
    .execute();
  return Number(figures.articles);
}

/**
 * An article leaves its story (it was taken down): when it stood for a group of near-duplicates, the earliest of its
 * copies stands for the group from then on (lists, search and sitemaps show it in its place); the story is recounted
 * and, when the article headed it, takes the headline of its earliest article left; a story left empty is deleted.
 */
export async function leaveStory(trx: Executor, articleId: number, at: string): Promise<void> {
  const article = await trx.selectFrom('articles').select(['story_id', 'near_duplicate_of']).where('id', '=', articleId).executeTakeFirst();
  const storyId = article?.story_id ?? null;
  if (storyId === null) return;
  await trx.updateTable('articles').set({ story_id: null, near_duplicate_of: null }).where('id', '=', articleId).execute();
  const parent = article?.near_duplicate_of ?? null;
  // A copy's own copies stay copies of what it copied: the group keeps its head.
  if (parent !== null) await trx.updateTable('articles').set({ near_duplicate_of: parent }).where('story_id', '=', storyId).where('near_duplicate_of', '=', articleId).execute();
  const copies = await trx
    .selectFrom('articles')
    .select('id')
    .where('story_id', '=', storyId)
    .where('near_duplicate_of', '=', articleId)
    .where('state', '=', 'published')
    .orderBy(dated)
    .orderBy('id')
    .execute();
  const [successor, ...others] = copies.map((c) => c.id);
  if (successor !== undefined) {
    await trx.updateTable('articles').set({ near_duplicate_of: null }).where('id', '=', successor).execute();
    if (others.length > 0) await trx.updateTable('articles').set({ near_duplicate_of: successor }).where('id', 'in', others).execute();
    await indexArticles(trx, [successor]);
  }
  if ((await refreshStoryFigures(trx, storyId, at)) === 0) {
    await trx.deleteFrom('stories').where('id', '=', storyId).execute();
    return;
  }
  const story = await trx.selectFrom('stories').select('headline_article_id').where('id', '=', storyId).executeTakeFirstOrThrow();
  if (story.headline_article_id !== null && story.headline_article_id !== articleId) return;
  const next = await trx
    .selectFrom('articles')
    .innerJoin('translations', 'translations.id', 'articles.published_translation_id')
    .select(['articles.id', 'articles.title as original_title', 'translations.title'])
    .where('articles.story_id', '=', storyId)
    .where('articles.state', '=', 'published')
    .orderBy(sql`articles.near_duplicate_of is not null`)
    .orderBy(dated)
    .orderBy('articles.id')
    .executeTakeFirstOrThrow();
  await trx
    .updateTable('stories')
    .set({ headline: next.title ?? next.original_title ?? '(untitled)', headline_article_id: next.id, updated_at: at })
    .where('id', '=', storyId)
    .execute();
}
