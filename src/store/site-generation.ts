import { sql, type Kysely } from 'kysely';
import { sqliteHandle, type Db } from './database.ts';

/**
 * The site generation: one counter that every change to what pages show bumps, by SQLite triggers, whoever writes
 * (a stage in this process, a CLI command or a worker in another). The web's page cache keeps a rendered page only
 * while the counter is where it was when the page was rendered.
 *
 * A later stage whose table feeds pages hooks in from its own migration with
 * `await bumpSiteGenerationOn(db, 'stories', ['title', 'article_count'])` (and `{ published: false }` when the
 * table has no `state` column), so the site can never show a stale story, category or trend of its making.
 */
export const SITE_GENERATION_TABLE = 'site_generation';

export async function createSiteGeneration(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable(SITE_GENERATION_TABLE)
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('generation', 'integer', (c) => c.notNull())
    .execute();
  await db.insertInto(SITE_GENERATION_TABLE).values({ id: 1, generation: 0 }).execute();
}

const BUMP = `UPDATE ${SITE_GENERATION_TABLE} SET generation = generation + 1 WHERE id = 1`;

/**
 * Triggers on `table`: any insert or delete, and any update of one of `columns`, bumps the generation. With
 * `published` (the default for tables with a `state` column) only rows that are or were published count, so
 * the ingest's constant writes to unpublished articles leave the cache alone.
 */
export async function bumpSiteGenerationOn(db: Kysely<any>, table: string, columns: string[], o: { published?: boolean } = {}): Promise<void> {
  const published = o.published ?? true;
  const when = (rows: string[]) => (published ? `WHEN ${rows.map((r) => `${r}.state = 'published'`).join(' OR ')}` : '');
  const triggers = [
    `CREATE TRIGGER ${table}_site_generation_insert AFTER INSERT ON ${table} ${when(['NEW'])} BEGIN ${BUMP}; END`,
    `CREATE TRIGGER ${table}_site_generation_delete AFTER DELETE ON ${table} ${when(['OLD'])} BEGIN ${BUMP}; END`,
    `CREATE TRIGGER ${table}_site_generation_update AFTER UPDATE OF ${columns.join(', ')} ON ${table} ${when(['OLD', 'NEW'])} BEGIN ${BUMP}; END`,
  ];
  for (const t of triggers) await sql.raw(t).execute(db);
}

export async function dropSiteGenerationTriggers(db: Kysely<any>, table: string): Promise<void> {
  for (const op of ['insert', 'delete', 'update']) await sql.raw(`DROP TRIGGER IF EXISTS ${table}_site_generation_${op}`).execute(db);
}

export function siteGenerationRepository(db: Db) {
  const { sqlite, writes } = sqliteHandle(db);
  const statement = sqlite.prepare(`SELECT generation FROM ${SITE_GENERATION_TABLE} WHERE id = 1`).pluck();
  return {
    /** Reads the counter synchronously: a prepared statement on the store's own connection (a few microseconds). */
    current(): number {
      return statement.get() as number;
    },
    /** Statements other than SELECT run through this store so far: while it is unchanged, only other processes can have bumped the counter. */
    localWrites(): number {
      return writes.count;
    },
  };
}
