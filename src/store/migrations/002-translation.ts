import type { Kysely } from 'kysely';
import { autoIncrementId } from './dialect.ts';

/**
 * Translations (every one kept; the newest per article and target is the one shown), the translation memory,
 * engine budget counters, and an article's translation status: why it has no translation yet and when to ask
 * again. The status lives on `articles` because it is read with the article every time work is picked.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await autoIncrementId(db, db.schema.createTable('translations'))
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('source_language', 'text', (c) => c.notNull())
    .addColumn('target_language', 'text', (c) => c.notNull())
    .addColumn('title', 'text')
    .addColumn('standfirst', 'text')
    .addColumn('blocks_json', 'text', (c) => c.notNull())
    .addColumn('image_json', 'text')
    .addColumn('related_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('engine', 'text', (c) => c.notNull())
    .addColumn('model', 'text')
    .addColumn('route', 'text', (c) => c.notNull())
    .addColumn('translated_at', 'text', (c) => c.notNull())
    .addColumn('chars_billed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('segments_from_memory', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('segments_sent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('quality_score', 'real', (c) => c.notNull())
    .addColumn('quality_flags_json', 'text', (c) => c.notNull())
    .addColumn('quality_measures_json', 'text', (c) => c.notNull())
    .addColumn('decision', 'text', (c) => c.notNull())
    .addColumn('attempts_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('translations_article').on('translations').columns(['article_id', 'target_language', 'id']).execute();

  await db.schema
    .createTable('translation_memory')
    .addColumn('engine', 'text', (c) => c.notNull())
    .addColumn('source_language', 'text', (c) => c.notNull())
    .addColumn('target_language', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('hits', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('translation_memory_pk', ['engine', 'source_language', 'target_language', 'hash'])
    .execute();

  await db.schema
    .createTable('budget_counters')
    .addColumn('engine', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('chars', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('budget_counters_pk', ['engine', 'period'])
    .execute();

  await db.schema.alterTable('articles').addColumn('translation_status', 'text').execute();
  await db.schema.alterTable('articles').addColumn('translation_error', 'text').execute();
  await db.schema.alterTable('articles').addColumn('translation_attempts', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('articles').addColumn('translation_next_at', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ['translation_next_at', 'translation_attempts', 'translation_error', 'translation_status']) {
    await db.schema.alterTable('articles').dropColumn(column).execute();
  }
  for (const t of ['budget_counters', 'translation_memory', 'translations']) await db.schema.dropTable(t).execute();
}
