import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { migrationProvider } from './migrations/index.ts';

test('005-categories marks categories given before it as the section map’s, with their IPTC codes, and goes back down', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'fd-migrate-categories-'));
  const db = new Kysely<any>({ dialect: new SqliteDialect({ database: new BetterSqlite3(join(dir, 'old.sqlite')) }) });
  const migrator = new Migrator({ db, provider: migrationProvider });
  try {
    assert.equal((await migrator.migrateTo('003-publish')).error, undefined);
    const at = '2021-03-26T10:00:00.000Z';
    await db.insertInto('sources').values({ id: 's', name: 'S', homepage: 'https://s.example/', country: 'ES', mode: 'full', enabled: 1, config_json: '{}', error_count: 0, created_at: at, updated_at: at }).execute();
    for (const [n, category] of [[1, 'News/Politics'], [2, 'News'], [3, 'Retired/Section'], [4, null]] as const) {
      await db.insertInto('articles').values({ source_id: 's', url_hash: `h${n}`, url: `https://s.example/${n}`, canonical_url: `https://s.example/${n}`, state: 'published', category, authors_json: '[]', word_count: 0, revision: 1, attempts: 0, discovered_at: at, updated_at: at }).execute();
    }
    assert.equal((await migrator.migrateTo('005-categories')).error, undefined);
    const rows = await db.selectFrom('articles').select(['category', 'category_source', 'category_confidence', 'category_iptc']).orderBy('id').execute();
    assert.deepEqual(rows, [
      { category: 'News/Politics', category_source: 'section-map', category_confidence: 1, category_iptc: 'medtop:11000000' },
      { category: 'News', category_source: 'section-map', category_confidence: 1, category_iptc: null },
      { category: 'Retired/Section', category_source: 'section-map', category_confidence: 1, category_iptc: null },
      { category: null, category_source: null, category_confidence: null, category_iptc: null },
    ]);
    assert.equal((await migrator.migrateTo('003-publish')).error, undefined);
    const columns = (await db.introspection.getTables()).find((t) => t.name === 'articles')!.columns.map((c) => c.name);
    assert.ok(!columns.includes('category_source'), columns.join(', '));
  } finally {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
});
