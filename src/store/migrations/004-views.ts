import type { Kysely } from 'kysely';
import { bumpSiteGenerationOn, createSiteGeneration, dropSiteGenerationTriggers, SITE_GENERATION_TABLE } from '../site-generation.ts';

/**
 * Reader views as an aggregate per article per UTC hour (no cookie, no address, nothing per reader), for
 * "Trends 24h"; and the site generation counter with the triggers that bump it whenever something a page shows
 * changes: an article published, revised, re-categorised, clustered or removed, or a source renamed.
 * SQLite only, like the store itself today.
 */
export const ARTICLE_COLUMNS_SHOWN = [
  'state',
  'path',
  'published_translation_id',
  'site_updated_at',
  'published_at',
  'category',
  'title',
  'standfirst',
  'authors_json',
  'image_json',
  'language',
  'source_id',
];
const SOURCE_COLUMNS_SHOWN = ['name', 'homepage', 'country', 'language'];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('views_hourly')
    .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
    .addColumn('hour', 'text', (c) => c.notNull())
    .addColumn('views', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('views_hourly_pk', ['article_id', 'hour'])
    .execute();
  await db.schema.createIndex('views_hourly_hour').on('views_hourly').column('hour').execute();
  await createSiteGeneration(db);
  await bumpSiteGenerationOn(db, 'articles', ARTICLE_COLUMNS_SHOWN);
  await bumpSiteGenerationOn(db, 'sources', SOURCE_COLUMNS_SHOWN, { published: false });
}

export async function down(db: Kysely<any>): Promise<void> {
  await dropSiteGenerationTriggers(db, 'sources');
  await dropSiteGenerationTriggers(db, 'articles');
  await db.schema.dropTable(SITE_GENERATION_TABLE).execute();
  await db.schema.dropTable('views_hourly').execute();
}
