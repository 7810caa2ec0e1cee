import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import pino from 'pino';
import { configSchema } from '../config/schema.ts';
import { parseQuery } from '../organize/search/query.ts';
import { publishOnce } from '../pipeline/publish.ts';
import { seedExtracted, seedSource, seedTranslation } from '../pipeline/publish-fixtures.ts';
import type { Store } from './index.ts';
import { migrationProvider } from './migrations/index.ts';
import { withStore } from './test-store.ts';

const OUTLETS = {
  es: { id: 'diario-es', name: 'El Diario', country: 'ES', language: 'es', homepage: 'https://diario.example/' },
  fr: { id: 'journal-fr', name: 'Le Journal', country: 'FR', language: 'fr', homepage: 'https://journal.example/' },
  pt: { id: 'gazeta-pt', name: 'A Gazeta', country: 'PT', language: 'pt', homepage: 'https://gazeta.example/' },
  it: { id: 'corriere-it', name: 'Il Corriere', country: 'IT', language: 'it', homepage: 'https://corriere.example/' },
};
type Outlet = keyof typeof OUTLETS;
const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000).toISOString();

async function article(store: Store, outlet: Outlet, title: string, hours: number): Promise<number> {
  const o = OUTLETS[outlet];
  const blocks = [{ type: 'paragraph' as const, html: `${title}, officials said.`, text: `${title}, officials said.` }];
  const id = await seedExtracted(store, { sourceId: o.id, url: `${o.homepage}${hours}`, language: o.language, title: `${title} (${o.language})`, blocks, publishedAt: hoursAgo(hours) });
  await seedTranslation(store, id, o.language, { title, blocks, decision: 'publish' });
  return id;
}

test('a takedown re-heads the story from its earliest article left, shows its copies again through the earliest, and deletes an empty story', async () => {
  await withStore(async (store) => {
    for (const o of Object.values(OUTLETS)) await seedSource(store, o);
    const head = await article(store, 'es', 'Dam bursts near Porto', 10);
    const other = await article(store, 'it', 'Porto dam failure floods villages', 9);
    const copy = await article(store, 'fr', 'Dam bursts near Porto, agency says', 8);
    const laterCopy = await article(store, 'pt', 'Dam bursts near Porto, agency reports', 7);
    await publishOnce({ store, config: configSchema.parse({}), now: () => new Date(), log: pino({ level: 'silent' }) });
    const story = await store.stories.place(head, { storyId: null, nearDuplicateOf: null, headline: 'Dam bursts near Porto' });
    await store.stories.place(other, { storyId: story, nearDuplicateOf: null, headline: '' });
    await store.stories.place(copy, { storyId: story, nearDuplicateOf: head, headline: '' });
    await store.stories.place(laterCopy, { storyId: story, nearDuplicateOf: head, headline: '' });
    const shown = async () => (await store.published.latest({ limit: 10 })).map((c) => c.id).sort((a, b) => a - b);
    const found = async (q: string) => (await store.search.search({ query: parseQuery(q), limit: 10, offset: 0 })).hits.map((h) => h.id);
    assert.deepEqual(await shown(), [head, other]);

    await store.articles.remove(head, 'takedown');
    let s = (await store.stories.story(story))!;
    assert.equal(s.headline, 'Porto dam failure floods villages', 'the earliest article left heads the story');
    assert.deepEqual([s.articles, s.outlets, s.languages], [3, 3, 3]);
    const dateOf = async (id: number) => (await store.db.selectFrom('articles').select('published_at').where('id', '=', id).executeTakeFirstOrThrow()).published_at;
    assert.equal(s.firstSeen, await dateOf(other), 'first seen: the earliest article left');
    assert.deepEqual(s.entries.map((e) => e.id), [other, copy], 'the earliest copy stands for the group now');
    assert.deepEqual(await shown(), [other, copy].sort((a, b) => a - b));
    assert.deepEqual(await found('"agency says"'), [copy], 'and is searchable');
    assert.deepEqual(await found('"agency reports"'), [], 'the later copy stays behind it');
    const row = async (id: number) => store.db.selectFrom('articles').select(['story_id', 'near_duplicate_of']).where('id', '=', id).executeTakeFirstOrThrow();
    assert.deepEqual(await row(laterCopy), { story_id: story, near_duplicate_of: copy });
    assert.deepEqual(await row(head), { story_id: null, near_duplicate_of: null });

    await store.articles.remove(copy, 'takedown');
    s = (await store.stories.story(story))!;
    assert.equal(s.headline, 'Porto dam failure floods villages', 'a takedown of another article leaves the headline');
    assert.deepEqual(s.entries.map((e) => e.id), [other, laterCopy]);

    await store.articles.remove(other, 'takedown');
    assert.equal((await store.stories.story(story))!.headline, 'Dam bursts near Porto, agency reports');
    await store.articles.remove(laterCopy, 'takedown');
    assert.equal(await store.stories.story(story), null, 'a story with no article left is gone');
    assert.deepEqual(await store.stories.page({ limit: 10 }), []);
  });
});

test("a takedown of a copy leaves the group's head: the copy's own copies copy the head now", async () => {
  await withStore(async (store) => {
    for (const o of Object.values(OUTLETS)) await seedSource(store, o);
    const head = await article(store, 'es', 'Ferry strike ends', 10);
    const copy = await article(store, 'fr', 'Ferry strike ends, union says', 9);
    const copyOfCopy = await article(store, 'pt', 'Ferry strike ends, union said', 8);
    await publishOnce({ store, config: configSchema.parse({}), now: () => new Date(), log: pino({ level: 'silent' }) });
    const story = await store.stories.place(head, { storyId: null, nearDuplicateOf: null, headline: 'Ferry strike ends' });
    await store.stories.place(copy, { storyId: story, nearDuplicateOf: head, headline: '' });
    await store.stories.place(copyOfCopy, { storyId: story, nearDuplicateOf: copy, headline: '' });

    await store.articles.remove(copy, 'takedown');
    const left = await store.db.selectFrom('articles').select(['id', 'near_duplicate_of']).where('story_id', '=', story).orderBy('id').execute();
    assert.deepEqual(left, [{ id: head, near_duplicate_of: null }, { id: copyOfCopy, near_duplicate_of: head }]);
    assert.deepEqual((await store.published.latest({ limit: 10 })).map((c) => c.id), [head]);
    const s = (await store.stories.story(story))!;
    assert.equal(s.headline, 'Ferry strike ends');
    assert.equal(s.articles, 2);
  });
});

test('009-upkeep records the article each existing story is headed by', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'fd-migrate-upkeep-'));
  const db = new Kysely<any>({ dialect: new SqliteDialect({ database: new BetterSqlite3(join(dir, 'old.sqlite')) }) });
  const migrator = new Migrator({ db, provider: migrationProvider });
  try {
    assert.equal((await migrator.migrateTo('008-organize-shown')).error, undefined);
    const at = '2021-03-26T10:00:00.000Z';
    await db.insertInto('sources').values({ id: 's', name: 'S', homepage: 'https://s.example/', country: 'ES', mode: 'full', enabled: 1, config_json: '{}', error_count: 0, created_at: at, updated_at: at }).execute();
    const story = (headline: string) => db.insertInto('stories').values({ headline, first_seen: at, last_seen: at, created_at: at, updated_at: at }).returning('id').executeTakeFirstOrThrow();
    const [titled, untitled] = [(await story('Second')).id, (await story('Gone')).id];
    const articles: [number, number, string, string][] = [[1, titled, 'First', '2021-03-26T08:00:00Z'], [2, titled, 'Second', '2021-03-26T09:00:00Z'], [3, untitled, 'Later', '2021-03-26T09:00:00Z'], [4, untitled, 'Earlier', '2021-03-26T08:00:00Z']];
    for (const [n, storyId, title, published] of articles) {
      await db.insertInto('articles').values({ id: n, source_id: 's', url_hash: `h${n}`, url: `https://s.example/${n}`, canonical_url: `https://s.example/${n}`, state: 'published', authors_json: '[]', word_count: 0, revision: 1, attempts: 0, discovered_at: at, updated_at: at, story_id: storyId, published_at: published }).execute();
      const t = await db.insertInto('translations').values({ article_id: n, revision: 1, source_language: 'es', target_language: 'en', title, blocks_json: '[]', related_json: '[]', engine: 'apertium', route: 'es→en', translated_at: at, chars_billed: 0, segments_from_memory: 0, segments_sent: 0, quality_score: 1, quality_flags_json: '[]', quality_measures_json: '{}', decision: 'publish', attempts_json: '[]', created_at: at }).returning('id').executeTakeFirstOrThrow();
      await db.updateTable('articles').set({ published_translation_id: t.id }).where('id', '=', n).execute();
    }
    assert.equal((await migrator.migrateTo('009-upkeep')).error, undefined);
    const rows = await db.selectFrom('stories').select(['id', 'headline_article_id']).orderBy('id').execute();
    assert.deepEqual(rows, [{ id: titled, headline_article_id: 2 }, { id: untitled, headline_article_id: 4 }]);
    assert.equal((await migrator.migrateTo('008-organize-shown')).error, undefined);
  } finally {
    await db.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
});
