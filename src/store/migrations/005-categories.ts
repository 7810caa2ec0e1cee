import type { Kysely } from 'kysely';
import { TAXONOMY } from '../../organize/taxonomy.ts';

/**
 * Where each article's category came from (section-map | feed | classifier), how sure that was (0..1) and the
 * category's IPTC Media Topic code. Articles already categorised came from the section map, the only source of
 * categories before this; their codes are filled in from the taxonomy as it stands when the migration runs.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('articles').addColumn('category_source', 'text').execute();
  await db.schema.alterTable('articles').addColumn('category_confidence', 'real').execute();
  await db.schema.alterTable('articles').addColumn('category_iptc', 'text').execute();
  await db.updateTable('articles').set({ category_source: 'section-map', category_confidence: 1 }).where('category', 'is not', null).execute();
  for (const node of TAXONOMY) {
    if (node.iptc === null) continue;
    await db.updateTable('articles').set({ category_iptc: node.iptc }).where('category', '=', node.path).execute();
  }
  await db.schema.createIndex('articles_state_category_source').on('articles').columns(['state', 'category_source']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('articles_state_category_source').execute();
  for (const column of ['category_iptc', 'category_confidence', 'category_source']) {
    await db.schema.alterTable('articles').dropColumn(column).execute();
  }
}
