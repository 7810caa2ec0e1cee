import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, type KyselyPlugin, type PluginTransformQueryArgs, type PluginTransformResultArgs, type QueryResult, type RootOperationNode, type UnknownRow } from 'kysely';
import type { Database } from './schema.ts';
import { migrationProvider } from './migrations/index.ts';

export type Db = Kysely<Database>;

/** Counts the statements other than SELECT that ran through one Kysely instance, once each has run. */
export class WriteCounter implements KyselyPlugin {
  count = 0;
  private readonly pending = new WeakSet<object>();
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (args.node.kind !== 'SelectQueryNode') this.pending.add(args.queryId);
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    if (this.pending.delete(args.queryId)) this.count++;
    return args.result;
  }
}

const handles = new WeakMap<Kysely<any>, { sqlite: BetterSqlite3.Database; writes: WriteCounter }>();

/**
 * The SQLite connection behind `db`, for the few reads that must be synchronous (the site generation, per
 * request), and the count of writes made through `db`, so such a read can be skipped while nothing changed here.
 */
export function sqliteHandle(db: Kysely<any>): { sqlite: BetterSqlite3.Database; writes: WriteCounter } {
  const handle = handles.get(db);
  if (!handle) throw new Error('sqliteHandle: this Kysely instance was not opened by openDatabase');
  return handle;
}

export interface DatabaseTarget {
  dataDir: string;
  databaseUrl?: string;
}

/** The SQLite file used when no database URL is configured. */
export function sqlitePath(target: DatabaseTarget): string {
  if (target.databaseUrl && !/^postgres(ql)?:\/\//.test(target.databaseUrl)) return resolve(target.databaseUrl);
  return resolve(join(target.dataDir, 'foreigndesk.sqlite'));
}

/**
 * Opens the embedded store (SQLite, WAL) and brings its schema up to date. PostgreSQL arrives with the scale-out
 * issue; until then a postgres:// URL is refused with a clear message rather than silently ignored.
 */
export async function openDatabase(target: DatabaseTarget): Promise<Db> {
  if (target.databaseUrl && /^postgres(ql)?:\/\//.test(target.databaseUrl)) {
    throw new Error(`databaseUrl ${target.databaseUrl.replace(/\/\/[^@]*@/, '//***@')}: PostgreSQL is not supported yet; use SQLite (leave databaseUrl unset)`);
  }
  const file = sqlitePath(target);
  mkdirSync(dirname(file), { recursive: true });
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  // Another process (a CLI command beside `run`) may hold the write lock briefly.
  sqlite.pragma('busy_timeout = 5000');
  const writes = new WriteCounter();
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }), plugins: [writes] });
  handles.set(db, { sqlite, writes });
  await migrate(db);
  // Planner statistics: without them SQLite reads a source's or a language's list through the date index, i.e. every
  // published article. 0x10002 also analyses tables never queried yet on this connection (SQLite's advice on open).
  sqlite.pragma('optimize = 0x10002');
  return db;
}

/** Refreshes planner statistics where the data grew; cheap when nothing changed (a long-running process calls it hourly). */
export function optimize(db: Kysely<any>): void {
  sqliteHandle(db).sqlite.pragma('optimize');
}

export async function migrate(db: Kysely<any>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error');
    throw new Error(`database migration ${failed?.migrationName ?? '(unknown)'} failed: ${String(error)}`);
  }
}
