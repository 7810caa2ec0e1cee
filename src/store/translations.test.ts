import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { migrate } from './database.ts';
import { migrationProvider } from './migrations/index.ts';
import type { Store } from './index.ts';
import { withStore } from './test-store.ts';
import type { TranslatedArticle } from '../translate/article.ts';
import { segmentHash } from '../translate/memory.ts';

async function extractedArticle(s: Store, n: number, revisionTitle = 'Título'): Promise<number> {
  const d = await s.articles.discover({ sourceId: 'elpais', url: `https://elpais.com/${n}`, urlHash: `h-${n}` });
  const id = d.status === 'tombstoned' ? -1 : d.id;
  await s.articles.saveExtracted(id, {
    finalUrl: `https://elpais.com/${n}`, canonicalUrl: `https://elpais.com/${n}`, canonicalHash: `h-${n}`, aliasHashes: [],
    language: 'es', languageConfidence: 1, declaredLanguage: 'es', title: revisionTitle, standfirst: null, authors: [],
    publishedLocal: null, publishedAt: `2026-03-2${n}T10:00:00.000Z`, modifiedAt: null, section: null, category: null, siteName: 'El País',
    image: null, isAccessibleForFree: null, blocks: [{ type: 'paragraph', html: 'Hola', text: 'Hola' }], wordCount: 1,
    contentHash: `c-${n}-${revisionTitle}`, pageEtag: null, pageLastModified: null,
  });
  return id;
}

function translated(title: string): TranslatedArticle {
  return {
    title, standfirst: null, blocks: [{ type: 'paragraph', html: 'Hello', text: 'Hello' }], image: null, related: [], from: 'es', to: 'en',
    provenance: { engine: 'apertium', route: ['es', 'en'], translatedAt: '2026-03-26T10:00:00.000Z', charsBilled: 4, fromMemory: 0, sent: 1, attempts: [] },
    quality: { score: 0.9, flags: [], decision: 'publish', measures: { words: 1, unknownRate: 0, lengthRatio: 1, sourceLeft: 0, names: 0, namesMissing: [], namesLost: 0, placeholdersLost: 0 } },
  };
}

test('the whole migration list runs on a fresh SQLite file and creates every table', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'fd-migrate-'));
  const db = new Kysely<any>({ dialect: new SqliteDialect({ database: new BetterSqlite3(join(dir, 'fresh.sqlite')) }) });
  try {
    await migrate(db);
    await migrate(db);
    const tables = (await db.introspection.getTables()).map((t) => t.name).sort();
    for (const t of ['articles', 'budget_counters', 'sources', 'translation_memory', 'translations', 'tombstones']) assert.ok(tables.includes(t), `${t} in ${tables.join(', ')}`);
    const articles = (await db.introspection.getTables()).find((t) => t.name === 'articles')!;
    for (const c of ['translation_status', 'translation_error', 'translation_attempts', 'translation_next_at']) {
      assert.ok(articles.columns.some((col) => col.name === c), `articles.${c}`);
    }
    const applied = await db.selectFrom('kysely_migration').select('name').orderBy('name').execute();
    assert.deepEqual(applied.map((r) => r.name), Object.keys(await migrationProvider.getMigrations()).sort());
  } finally {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('memory and budget counters keep what they are given, and count hits', async () => {
  await withStore(async (s) => {
    const key = { engine: 'apertium', from: 'es', to: 'en', hash: segmentHash('hola') };
    assert.equal(await s.translationMemory.get(key), undefined);
    await s.translationMemory.put(key, 'hello');
    await s.translationMemory.put(key, 'hello!');
    assert.equal(await s.translationMemory.get(key), 'hello!');
    assert.equal(await s.translationMemory.get({ ...key, engine: 'deepl' }), undefined);
    assert.deepEqual(await s.translationMemory.stats(), { segments: 1, hits: 1 });

    assert.equal(await s.budgetCounters.get('deepl', 'day:2026-03-26'), 0);
    assert.equal(await s.budgetCounters.add('deepl', 'day:2026-03-26', 100), 100);
    assert.equal(await s.budgetCounters.add('deepl', 'day:2026-03-26', 50), 150);
    assert.equal(await s.budgetCounters.get('deepl', 'month:2026-03'), 0);
  });
});

test('translations: due, record, defer, a newer revision, history', async () => {
  await withStore(async (s) => {
    const now = new Date('2026-03-28T00:00:00Z');
    const a = await extractedArticle(s, 1);
    const b = await extractedArticle(s, 2);
    const due = (extra = {}) => s.translations.due({ target: 'en', now, limit: 10, ...extra }).then((r) => r.map((j) => j.id));
    assert.deepEqual(await due(), [b, a], 'newest first');

    assert.equal(await s.translations.record(a, 1, translated('Title'), now), 'saved');
    assert.equal((await s.articles.byId(a))?.state, 'translated');
    await s.translations.defer(b, 'unsupported', 'no engine', new Date('2026-03-28T01:00:00Z'), now);
    assert.deepEqual(await due(), [], 'a is current, b waits until its next attempt');
    assert.deepEqual(await due({ ignoreSchedule: true }), [b]);
    assert.deepEqual(await due({ retranslate: true, ignoreSchedule: true }), [b, a]);
    assert.deepEqual(await s.translations.unsupportedLanguages(), [{ sourceId: 'elpais', language: 'es', articles: 1, message: 'no engine' }]);
    assert.deepEqual(await due({ since: new Date('2026-03-22T00:00:00Z'), ignoreSchedule: true }), [b]);

    await extractedArticle(s, 1, 'Título nuevo');
    assert.equal((await s.articles.byId(a))?.revision, 2);
    assert.deepEqual(await due(), [a], 'a new revision wants a new translation');
    assert.equal(await s.translations.record(a, 2, translated('New title'), now), 'saved');
    assert.deepEqual(await due(), []);
    assert.equal((await s.translations.latest(a, 'en'))?.title, 'New title');
    assert.deepEqual((await s.translations.history(a)).map((t) => [t.revision, t.title, t.route]), [[1, 'Title', 'es→en'], [2, 'New title', 'es→en']]);

    await s.articles.remove(b, 'gone');
    assert.equal(await s.translations.record(b, 1, translated('x'), now), 'gone');
    assert.equal(await s.translations.latest(b, 'en'), undefined);
  });
});
