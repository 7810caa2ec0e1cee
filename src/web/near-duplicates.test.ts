import assert from 'node:assert/strict';
import { test } from 'node:test';
import pino from 'pino';
import { configSchema } from '../config/schema.ts';
import { seedExtracted, seedSource, seedTranslation } from '../pipeline/publish-fixtures.ts';
import { publishOnce } from '../pipeline/publish.ts';
import { parseFeed } from '../sources/feeds.ts';
import type { Store } from '../store/index.ts';
import { withStore } from '../store/test-store.ts';
import { createWebServer } from './server.ts';

const BASE = 'https://desk.example';
const OUTLETS = [
  { id: 'diario-es', name: 'El Diario', country: 'ES', language: 'es', homepage: 'https://diario.example/' },
  { id: 'journal-fr', name: 'Le Journal', country: 'FR', language: 'fr', homepage: 'https://journal.example/' },
  { id: 'gazeta-pt', name: 'A Gazeta', country: 'PT', language: 'pt', homepage: 'https://gazeta.example/' },
];
const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000).toISOString();

async function article(store: Store, outlet: (typeof OUTLETS)[number], slug: string, title: string, publishedAt: string): Promise<number> {
  const blocks = [{ type: 'paragraph' as const, html: `${title}, the agency reports.`, text: `${title}, the agency reports.` }];
  const id = await seedExtracted(store, { sourceId: outlet.id, url: `${outlet.homepage}${slug}`, language: outlet.language, title, blocks, publishedAt });
  await seedTranslation(store, id, outlet.language, { title, blocks, decision: 'publish' });
  return id;
}

const canonicalOf = (html: string) => /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];

test('sitemaps list one article per group of near-duplicates; a copy keeps its page and names the shown one canonical', async () => {
  await withStore(async (store) => {
    for (const o of OUTLETS) await seedSource(store, o);
    const [es, fr, pt] = OUTLETS as [(typeof OUTLETS)[number], (typeof OUTLETS)[number], (typeof OUTLETS)[number]];
    const head = await article(store, es, 'wire', 'Storm reaches the coast', hoursAgo(6));
    const copy = await article(store, fr, 'wire', 'Storm reaches the coast today', hoursAgo(4));
    const copyOfCopy = await article(store, pt, 'wire', 'Storm reaches the coast, today', hoursAgo(3));
    // A month that holds only a copy must not appear in the sitemap index.
    const oldHead = await article(store, es, 'old', 'Budget passes', '2021-03-30T10:00:00Z');
    const oldCopy = await article(store, fr, 'old', 'Budget passes at last', '2021-04-01T10:00:00Z');
    const config = configSchema.parse({ dataDir: '/nonexistent', web: { baseUrl: BASE } });
    await publishOnce({ store, config, now: () => new Date(), log: pino({ level: 'silent' }) });
    const story = await store.stories.place(head, { storyId: null, nearDuplicateOf: null, headline: 'Storm reaches the coast' });
    await store.stories.place(copy, { storyId: story, nearDuplicateOf: head, headline: '' });
    await store.stories.place(copyOfCopy, { storyId: story, nearDuplicateOf: copy, headline: '' });
    const oldStory = await store.stories.place(oldHead, { storyId: null, nearDuplicateOf: null, headline: 'Budget passes' });
    await store.stories.place(oldCopy, { storyId: oldStory, nearDuplicateOf: oldHead, headline: '' });
    const paths = new Map((await store.db.selectFrom('articles').select(['id', 'path']).execute()).map((r) => [r.id, r.path!]));

    const app = createWebServer({ store, config });
    try {
      const get = async (url: string) => (await app.inject({ url })).body;
      const index = parseFeed(await get('/sitemap.xml'), `${BASE}/sitemap.xml`);
      const months = (index.children ?? []).filter((c) => c.includes('/articles-'));
      const thisMonth = paths.get(head)!.slice(1, 8).replace('/', '-');
      assert.deepEqual(new Set(months), new Set([`${BASE}/sitemaps/articles-${thisMonth}.xml`, `${BASE}/sitemaps/articles-2021-03.xml`]));

      const listed = async (url: string) => parseFeed(await get(url), BASE).items.map((i) => i.url).sort();
      assert.deepEqual(await listed(`/sitemaps/articles-${thisMonth}.xml`), [BASE + paths.get(head)!]);
      assert.deepEqual(await listed('/sitemaps/articles-2021-03.xml'), [BASE + paths.get(oldHead)!]);
      assert.equal((await app.inject({ url: '/sitemaps/articles-2021-04.xml' })).statusCode, 404, 'a month of copies only has no sitemap');
      assert.deepEqual(await listed('/sitemaps/news.xml'), [BASE + paths.get(head)!]);

      assert.equal(canonicalOf(await get(paths.get(head)!)), BASE + paths.get(head)!);
      for (const id of [copy, copyOfCopy]) {
        const res = await app.inject({ url: paths.get(id)! });
        assert.equal(res.statusCode, 200, `the copy ${id} keeps its page`);
        assert.equal(canonicalOf(res.body), BASE + paths.get(head)!, `the copy ${id} names the article lists show`);
        assert.ok(res.body.includes(`<meta property="og:url" content="${BASE}${paths.get(head)!}"`));
      }
      assert.equal(canonicalOf(await get(paths.get(oldCopy)!)), BASE + paths.get(oldHead)!);
    } finally {
      await app.close();
    }
  });
});
