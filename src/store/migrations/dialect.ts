import { PostgresAdapter, type CreateTableBuilder, type Kysely } from 'kysely';

/**
 * The one place where the two backends' DDL differs: an auto-incrementing integer key is
 * `integer primary key autoincrement` on SQLite and an identity column on PostgreSQL.
 */
export function autoIncrementId<T extends string>(db: Kysely<any>, table: CreateTableBuilder<T, never>) {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    return table.addColumn('id', 'integer', (c) => c.primaryKey().generatedAlwaysAsIdentity());
  }
  return table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
}
