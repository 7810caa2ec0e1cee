import type { Kysely } from 'kysely';
import { autoIncrementId } from './dialect.ts';

/**
 * Stories: clusters of articles about one event across outlets and languages, with the figures pages list them
 * by. Each article records its story, the earlier article it nearly duplicates (lists show one of a group) and
 * when clustering looked at it (null: not yet).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await autoIncrementId(db, db.schema.createTable('stories'))
    .addColumn('headline', 'text', (c) => c.notNull())
    .addColumn('first_seen', 'text', (c) => c.notNull())
    .addColumn('last_seen', 'text', (c) => c.notNull())
    .addColumn('article_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('outlet_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('language_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('stories_last_seen').on('stories').columns(['last_seen', 'outlet_count']).execute();
  await db.schema.alterTable('articles').addColumn('story_id', 'integer').execute();
  await db.schema.alterTable('articles').addColumn('near_duplicate_of', 'integer').execute();
  await db.schema.alterTable('articles').addColumn('clustered_at', 'text').execute();
  await db.schema.createIndex('articles_story').on('articles').column('story_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('articles_story').execute();
  for (const column of ['clustered_at', 'near_duplicate_of', 'story_id']) await db.schema.alterTable('articles').dropColumn(column).execute();
  await db.schema.dropIndex('stories_last_seen').execute();
  await db.schema.dropTable('stories').execute();
}
