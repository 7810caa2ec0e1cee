import type { Kysely } from 'kysely';
import { autoIncrementId } from './dialect.ts';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sources')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('homepage', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('language', 'text')
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('config_json', 'text', (c) => c.notNull())
    .addColumn('last_success_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('last_error_at', 'text')
    .addColumn('error_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('feed_state')
    .addColumn('url', 'text', (c) => c.primaryKey())
    .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('interval_ms', 'integer', (c) => c.notNull())
    .addColumn('next_check_at', 'text', (c) => c.notNull())
    .addColumn('last_checked_at', 'text')
    .addColumn('last_status', 'integer')
    .addColumn('last_new_items', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('consecutive_failures', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .execute();
  await db.schema.createIndex('feed_state_due').on('feed_state').columns(['next_check_at']).execute();

  await autoIncrementId(db, db.schema.createTable('articles'))
    .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id'))
    .addColumn('url_hash', 'text', (c) => c.notNull().unique())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('canonical_url', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('feed_item_json', 'text')
    .addColumn('language', 'text')
    .addColumn('language_confidence', 'real')
    .addColumn('declared_language', 'text')
    .addColumn('title', 'text')
    .addColumn('standfirst', 'text')
    .addColumn('authors_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('published_local', 'text')
    .addColumn('published_at', 'text')
    .addColumn('modified_at', 'text')
    .addColumn('section', 'text')
    .addColumn('category', 'text')
    .addColumn('site_name', 'text')
    .addColumn('image_json', 'text')
    .addColumn('is_accessible_for_free', 'integer')
    .addColumn('blocks_json', 'text')
    .addColumn('word_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('content_hash', 'text')
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('page_etag', 'text')
    .addColumn('page_last_modified', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text')
    .addColumn('error', 'text')
    .addColumn('discovered_at', 'text', (c) => c.notNull())
    .addColumn('fetched_at', 'text')
    .addColumn('extracted_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('articles_state_due').on('articles').columns(['state', 'next_attempt_at']).execute();
  await db.schema.createIndex('articles_source_published').on('articles').columns(['source_id', 'published_at']).execute();
  await db.schema.createIndex('articles_published').on('articles').columns(['published_at']).execute();

  await db.schema
    .createTable('article_urls')
    .addColumn('url_hash', 'text', (c) => c.primaryKey())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id'))
    .execute();
  await db.schema.createIndex('article_urls_article').on('article_urls').columns(['article_id']).execute();

  await db.schema
    .createTable('article_revisions')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('standfirst', 'text')
    .addColumn('blocks_json', 'text', (c) => c.notNull())
    .addColumn('modified_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_revisions_pk', ['article_id', 'revision'])
    .execute();

  await db.schema
    .createTable('tombstones')
    .addColumn('url_hash', 'text', (c) => c.primaryKey())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['tombstones', 'article_revisions', 'article_urls', 'articles', 'feed_state', 'sources']) {
    await db.schema.dropTable(t).execute();
  }
}
