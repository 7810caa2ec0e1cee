import { PostgresAdapter, sql, type Kysely } from 'kysely';
import { reindexAll } from '../search-index.ts';

/**
 * Full-text search on SQLite (FTS5): one row per published article, rowid = article id, with the English text
 * and the original in separate columns (a Spanish query finds the Spanish original), diacritics folded
 * ("gonzalez" finds "González"), prefix indexes of 3 and 4 characters so minist* stays fast. `search_days` holds
 * each indexed article's UTC day (days since 1970) in rows small enough to stay cached: ranking and date filters
 * read it instead of the wide `articles` rows. `search_vocab` exposes the index vocabulary with document counts,
 * for picking an article's distinctive terms ("You may like"). Already published articles are indexed here.
 * PostgreSQL gets its own search (tsvector) with the scale-out issue; there this migration does nothing.
 */
export async function up(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) return;
  await sql`create virtual table search_index using fts5(title, standfirst, body, original_title, original_body, facets, tokenize = 'unicode61 remove_diacritics 2', prefix = '3 4')`.execute(db);
  await sql`create virtual table search_vocab using fts5vocab(search_index, 'row')`.execute(db);
  await db.schema
    .createTable('search_days')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('day', 'integer', (c) => c.notNull())
    .execute();
  await reindexAll(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) return;
  await db.schema.dropTable('search_days').execute();
  await sql`drop table search_vocab`.execute(db);
  await sql`drop table search_index`.execute(db);
}
