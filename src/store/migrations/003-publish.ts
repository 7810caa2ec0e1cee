import type { Kysely } from 'kysely';

/**
 * Publishing: the site path an article was first published under (kept across revisions so links never break),
 * the translation the site shows (a held revision leaves the last publishable one in place), and when the site
 * first showed it and last changed it. Indexes serve the web's lists: latest, by day, by category and language.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('articles').addColumn('path', 'text').execute();
  await db.schema.alterTable('articles').addColumn('published_translation_id', 'integer').execute();
  await db.schema.alterTable('articles').addColumn('site_published_at', 'text').execute();
  await db.schema.alterTable('articles').addColumn('site_updated_at', 'text').execute();
  await db.schema.createIndex('articles_path').on('articles').column('path').unique().execute();
  await db.schema.createIndex('articles_state_published').on('articles').columns(['state', 'published_at']).execute();
  await db.schema.createIndex('articles_state_category_language').on('articles').columns(['state', 'category', 'language', 'published_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const index of ['articles_state_category_language', 'articles_state_published', 'articles_path']) await db.schema.dropIndex(index).execute();
  for (const column of ['site_updated_at', 'site_published_at', 'published_translation_id', 'path']) {
    await db.schema.alterTable('articles').dropColumn(column).execute();
  }
}
