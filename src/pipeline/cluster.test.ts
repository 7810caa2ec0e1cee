import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path, { join } from 'node:path';
import { test } from 'node:test';
import pino from 'pino';
import { startFixtureWorld } from '../../devtools/fixture-world/world.ts';
import { loadLabelled } from '../bench/cluster-data.ts';
import { configSchema } from '../config/schema.ts';
import { withStore } from '../store/test-store.ts';
import { clusterOnce } from './cluster.ts';
import { createContext } from './context.ts';
import { ingestOnce } from './ingest.ts';
import { seedExtracted, seedSource, seedTranslation } from './publish-fixtures.ts';
import { publishOnce } from './publish.ts';
import { translateOnce } from './translate.ts';

const STORIES = path.join(import.meta.dirname, '..', '..', 'devtools', 'fixture-world', 'ntrex-dev', 'stories');
const skip = existsSync('/usr/share/apertium/modes/spa-eng.mode') ? false : 'clustering the world needs its Spanish and Catalan translated by Apertium (npm run setup installs it)';

test('the pipeline clusters same-story articles of different outlets and languages, marks a republished copy, and survives restarts', { skip }, async () => {
  // Ten articles an outlet: neighbouring outlets share three NTREX stories (see storyFor in the fixture world).
  const world = await startFixtureWorld({ languages: ['eng', 'spa', 'cat'], articlesPerSource: 10, crawlDelay: 0 });
  const dir = mkdtempSync(join(tmpdir(), 'fd-cluster-'));
  try {
    const english = world.sources.find((s) => s.language === 'en')!;
    const original = world.articles().find((a) => a.sourceId === english.id)!;
    const copyUrl = world.addArticle(english.id, { title: `${original.title} (update)`, standfirst: original.standfirst ?? undefined, paragraphs: original.paragraphs });
    const config = configSchema.parse({
      dataDir: dir,
      fetch: { allowPrivateNetworks: ['127.0.0.0/8'], perHostDelay: '1ms' },
      ingest: { maxArticleAge: '3650d' },
      sources: world.sourceConfigs(),
    });
    const log = pino({ level: 'silent' });
    let ctx = await createContext(config, { log });
    await ingestOnce(ctx, { force: true });
    await translateOnce(ctx);
    await publishOnce(ctx);
    const first = await clusterOnce(ctx, { limit: 12 });
    assert.equal(first.joined + first.started, 12);
    await ctx.close();
    // A new process: what the first pass learnt comes back from the store.
    ctx = await createContext(config, { log });
    const second = await clusterOnce(ctx);
    assert.ok(second.joined + second.started > 0);
    assert.deepEqual(await clusterOnce(ctx), { joined: 0, started: 0, nearDuplicates: 0, skipped: 0 });

    const rows = await ctx.store.db.selectFrom('articles').select(['id', 'canonical_url', 'story_id', 'near_duplicate_of']).where('state', '=', 'published').execute();
    const gold = new Map(world.articles().map((a) => [a.url, a.story]));
    gold.set(copyUrl, original.story);
    const storyOf = new Map<string, Set<number>>();
    const goldOf = new Map<number, Set<string>>();
    for (const r of rows) {
      const g = gold.get(r.canonical_url);
      assert.ok(g, `${r.canonical_url} is a world article`);
      assert.ok(r.story_id, `${r.canonical_url} has a story`);
      storyOf.set(g, (storyOf.get(g) ?? new Set()).add(r.story_id));
      goldOf.set(r.story_id, (goldOf.get(r.story_id) ?? new Set()).add(g));
    }
    for (const [story, golds] of goldOf) assert.equal(golds.size, 1, `story ${story} holds one NTREX story, not ${[...golds].join(', ')}`);
    for (const [g, stories] of storyOf) assert.equal(stories.size, 1, `NTREX story ${g} is in one story, not ${stories.size}`);
    const told = new Map<string, Set<string>>();
    for (const a of world.articles()) told.set(a.story, (told.get(a.story) ?? new Set()).add(a.language));
    const acrossLanguages = [...told.values()].filter((langs) => langs.size >= 2).length;
    assert.ok(acrossLanguages >= 3, `the world tells ${acrossLanguages} stories in two languages`);

    const copy = rows.find((r) => r.canonical_url === copyUrl)!;
    const originalRow = rows.find((r) => r.canonical_url === original.url)!;
    assert.equal(copy.near_duplicate_of, originalRow.id);
    assert.equal(originalRow.near_duplicate_of, null);
    const listed = await ctx.store.published.latest({ limit: 500 });
    assert.ok(listed.some((c) => c.id === originalRow.id) && !listed.some((c) => c.id === copy.id), 'lists show the original, not its copy');
    await ctx.close();
  } finally {
    await world.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a cluster pass passes over an article it cannot read and places the others; a republished copy is marked', async () => {
  const english = (await loadLabelled(STORIES)).filter((a) => a.language === 'eng');
  await withStore(async (store) => {
    await seedSource(store, { id: 'daily', name: 'The Daily', country: 'GB', language: 'en', homepage: 'https://daily.example/' });
    const blocksOf = (body: string) => body.split('\n').map((text) => ({ type: 'paragraph' as const, html: text, text }));
    const seed = async (slug: string, title: string, body: string, hours: number) => {
      const blocks = blocksOf(body);
      const id = await seedExtracted(store, { sourceId: 'daily', url: `https://daily.example/${slug}`, language: 'en', title, blocks, publishedAt: new Date(Date.UTC(2021, 2, 26, hours)).toISOString() });
      await seedTranslation(store, id, 'en', { title, blocks, decision: 'publish', engine: 'none', route: ['en'] });
      return id;
    };
    const [a, b] = [english[0]!, english[1]!];
    const first = await seed('a', a.title, a.body, 8);
    const other = await seed('b', b.title, b.body, 9);
    const broken = await seed('c', english[2]!.title, english[2]!.body, 10);
    const copy = await seed('a-again', `${a.title} (updated)`, a.body, 11);
    const log = pino({ level: 'silent' });
    const ctx = { store, log, now: () => new Date('2021-03-26T12:00:00Z') };
    await publishOnce({ ...ctx, config: configSchema.parse({ dataDir: '/nonexistent' }) });
    await store.db.updateTable('translations').set({ blocks_json: '{not json' }).where('article_id', '=', broken).execute();

    assert.deepEqual(await clusterOnce(ctx), { joined: 1, started: 2, nearDuplicates: 1, skipped: 1 });
    const rows = await store.db.selectFrom('articles').select(['id', 'story_id', 'near_duplicate_of', 'clustered_at']).orderBy('id').execute();
    const byId = new Map(rows.map((r) => [r.id, r]));
    assert.equal(byId.get(copy)!.story_id, byId.get(first)!.story_id);
    assert.notEqual(byId.get(other)!.story_id, byId.get(first)!.story_id);
    assert.equal(byId.get(copy)!.near_duplicate_of, first);
    assert.equal(byId.get(broken)!.story_id, null);
    assert.ok(byId.get(broken)!.clustered_at, 'not tried again on every pass');
    const listed = (await store.published.latest({ limit: 10 })).map((c) => c.id);
    assert.ok(listed.includes(first) && !listed.includes(copy));
  });
});
