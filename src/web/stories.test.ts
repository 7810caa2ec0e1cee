import assert from 'node:assert/strict';
import { test } from 'node:test';
import pino from 'pino';
import { configSchema } from '../config/schema.ts';
import { seedExtracted, seedSource, seedTranslation } from '../pipeline/publish-fixtures.ts';
import { publishOnce } from '../pipeline/publish.ts';
import type { Store } from '../store/index.ts';
import { withStore } from '../store/test-store.ts';
import { createWebServer } from './server.ts';
import { storyPath } from './story-path.ts';

const OUTLETS = [
  { id: 'daily-en', name: 'The Daily', country: 'GB', language: 'en', homepage: 'https://daily.example/' },
  { id: 'diario-es', name: 'El Diario', country: 'ES', language: 'es', homepage: 'https://diario.example/' },
  { id: 'journal-fr', name: 'Le Journal', country: 'FR', language: 'fr', homepage: 'https://journal.example/' },
  { id: 'zeitung-de', name: 'Die Zeitung', country: 'DE', language: 'de', homepage: 'https://zeitung.example/' },
];

const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000).toISOString();

/** Publishes one article of `outlet` with an English translation; returns its id. */
async function article(store: Store, outlet: (typeof OUTLETS)[number], slug: string, title: string, hours: number): Promise<number> {
  const blocks = [{ type: 'paragraph' as const, html: `${title}, the report says.`, text: `${title}, the report says.` }];
  const id = await seedExtracted(store, { sourceId: outlet.id, url: `${outlet.homepage}${slug}`, language: outlet.language, title: `${title} (${outlet.language})`, blocks, publishedAt: hoursAgo(hours) });
  await seedTranslation(store, id, outlet.language, { title, blocks, decision: 'publish', ...(outlet.language === 'en' ? { engine: 'none', route: ['en'] } : {}) });
  return id;
}

async function inStory(store: Store, ids: number[], headline: string): Promise<number> {
  let story: number | null = null;
  for (const id of ids) story = await store.stories.place(id, { storyId: story, nearDuplicateOf: null, headline });
  return story!;
}

test('story page, full-coverage links, home Stories section, blindspot badge and the stories API', async () => {
  await withStore(async (store) => {
    for (const o of OUTLETS) await seedSource(store, o);
    const [en, es, fr, de] = OUTLETS as [typeof OUTLETS[number], typeof OUTLETS[number], typeof OUTLETS[number], typeof OUTLETS[number]];
    const abroad = [await article(store, fr, 'a-fr', 'Flood closes the port of Valencia', 5), await article(store, es, 'a-es', 'Port of Valencia shut by floods', 6), await article(store, de, 'a-de', 'Valencia port closed after flooding', 4)];
    const everywhere = [await article(store, en, 'b-en', 'Summit agrees on fishing quotas', 3), await article(store, es, 'b-es', 'Fishing quotas agreed at summit', 2), await article(store, fr, 'b-fr', 'Quotas de pêche: accord au sommet', 2), await article(store, de, 'b-de', 'Fischereiquoten beim Gipfel vereinbart', 1)];
    const alone = await article(store, es, 'c-es', 'Local council meets', 2);
    const config = configSchema.parse({ dataDir: '/nonexistent', web: { baseUrl: 'https://desk.example' } });
    await publishOnce({ store, config, now: () => new Date(), log: pino({ level: 'silent' }) });
    const blindspot = await inStory(store, abroad, 'Port of Valencia shut by floods');
    const covered = await inStory(store, everywhere, 'Summit agrees on fishing quotas');
    await inStory(store, [alone], 'Local council meets');

    const app = createWebServer({ store, config });
    try {
      const path = storyPath({ id: blindspot, headline: 'Port of Valencia shut by floods' });
      const page = await app.inject({ url: path });
      assert.equal(page.statusCode, 200);
      const html = page.body;
      assert.ok(html.includes('<h1>Port of Valencia shut by floods</h1>'));
      assert.ok(html.includes('3 outlets in 3 languages'));
      assert.ok(html.includes('Language blindspot'), 'three foreign outlets, no English one');
      // Grouped by country, the country that reported first first; within a country, earliest first.
      const order = ['<h2>Spain</h2>', '<h2>France</h2>', '<h2>Germany</h2>'].map((h) => html.indexOf(h));
      assert.ok(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]!)), `countries in order: ${order.join(', ')}`);
      const rows = await store.db.selectFrom('articles').select(['id', 'path', 'canonical_url']).where('id', 'in', abroad).execute();
      for (const r of rows) {
        assert.ok(html.includes(`<a href="${r.path}">`), `links our article ${r.path}`);
        assert.ok(html.includes(`<a href="${r.canonical_url}" hreflang=`), `links the original ${r.canonical_url}`);
      }
      assert.ok(html.includes('Le Journal · French ·'));

      const other = await app.inject({ url: storyPath({ id: covered, headline: 'Summit agrees on fishing quotas' }) });
      assert.ok(other.body.includes('4 outlets in 4 languages'));
      assert.ok(!other.body.includes('Language blindspot'), 'the English-language source covers it');

      assert.equal((await app.inject({ url: `/story/${blindspot}-old-slug` })).headers.location, path);
      assert.equal((await app.inject({ url: '/story/99999-nothing' })).statusCode, 404);

      const articlePath = rows.find((r) => r.id === abroad[0])!.path!;
      const articleHtml = (await app.inject({ url: articlePath })).body;
      assert.ok(articleHtml.includes(`<a href="${path}">Full coverage: 3 outlets in 3 languages</a>`));
      const youMayLike = /You may like<\/h2>(.*?)<\/section>/s.exec(articleHtml)?.[1] ?? '';
      for (const r of rows) assert.ok(!youMayLike.includes(`href="${r.path}"`), `You may like leaves ${r.path} to Full coverage`);
      const alonePath = (await store.db.selectFrom('articles').select('path').where('id', '=', alone).executeTakeFirstOrThrow()).path!;
      assert.ok(!(await app.inject({ url: alonePath })).body.includes('Full coverage'), 'a story of one outlet has no coverage link');

      const home = (await app.inject({ url: '/' })).body;
      assert.ok(home.includes('<h2 id="stories">Stories</h2>'));
      assert.ok(home.indexOf('Summit agrees on fishing quotas</a>') < home.indexOf('Port of Valencia shut by floods</a>'), 'most outlets first');
      assert.ok(!home.includes('Local council meets</a> <'), 'single-outlet stories stay off the Stories section');

      const list = JSON.parse((await app.inject({ url: '/api/v1/stories?limit=2' })).body) as { items: { id: number; blindspot: boolean; outlets: number }[]; next: string | null };
      assert.equal(list.items.length, 2);
      assert.ok(list.next);
      const rest = JSON.parse((await app.inject({ url: `/api/v1/stories?cursor=${list.next}` })).body) as { items: { id: number }[]; next: string | null };
      assert.deepEqual([...list.items, ...rest.items].map((s) => s.id).sort(), [blindspot, covered, covered + 1].sort());
      const one = JSON.parse((await app.inject({ url: `/api/v1/stories/${blindspot}` })).body) as { blindspot: boolean; url: string; items: { source: { id: string } }[] };
      assert.equal(one.blindspot, true);
      assert.equal(one.url, `https://desk.example${path}`);
      assert.deepEqual(one.items.map((i) => i.source.id), ['diario-es', 'journal-fr', 'zeitung-de']);
      assert.equal((await app.inject({ url: '/api/v1/stories?limit=0' })).statusCode, 400);
      assert.equal((await app.inject({ url: '/api/v1/stories/424242' })).statusCode, 404);
      const openapi = JSON.parse((await app.inject({ url: '/api/v1/openapi.json' })).body) as { paths: Record<string, unknown> };
      assert.ok(openapi.paths['/stories'] && openapi.paths['/stories/{id}']);

      const outlets = await store.stories.outletsByArticle([abroad[0]!, everywhere[0]!, alone]);
      assert.deepEqual([...outlets.entries()], [[abroad[0], 3], [everywhere[0], 4], [alone, 1]]);
    } finally {
      await app.close();
    }
  });
});
