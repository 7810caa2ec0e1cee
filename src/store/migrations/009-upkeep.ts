import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Upkeep of what grows without bound. The search index's housekeeping merges (store/search-index.ts) take any level
 * of FTS5 b-trees holding two or more (`usermerge` 2; inserts still automerge at 4, so publishing stays cheap): the
 * index settles at about one b-tree per level, which a query reads one by one, without rewriting it whole each time.
 */
export async function up(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) return;
  await sql`insert into search_index (search_index, rank) values ('usermerge', 2)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) return;
  await sql`insert into search_index (search_index, rank) values ('usermerge', 4)`.execute(db);
}
