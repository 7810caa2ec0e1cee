import { test } from 'node:test';
import assert from 'node:assert/strict';
import pino from 'pino';
import { configSchema } from '../config/schema.ts';
import { publishOnce } from '../pipeline/publish.ts';
import { seedExtracted, seedSource, seedTranslation } from '../pipeline/publish-fixtures.ts';
import { withStore } from '../store/test-store.ts';
import { youMayLike } from './you-may-like.ts';

const p = (text: string) => ({ type: 'paragraph' as const, html: text, text });

test('You may like: content neighbours first, the old same-category rule fills in, exclusions hold', async () => {
  await withStore(async (store) => {
    await seedSource(store, { id: 'el-pais', name: 'El País', country: 'ES', language: 'es', homepage: 'https://elpais.example/' });
    const seed = async (name: string, category: string, title: string, body: string, publishedAt: string) => {
      const id = await seedExtracted(store, { sourceId: 'el-pais', url: `https://elpais.example/${name}`, language: 'es', title: name, blocks: [p(body)], publishedAt, category });
      await seedTranslation(store, id, 'es', { title, blocks: [p(body)], decision: 'publish' });
      return id;
    };
    const floods = await seed('floods', 'News', 'Floods in Valencia', 'Floods hit Valencia; the river overflowed and floods reached the port.', '2021-03-26T10:00:00Z');
    const more = await seed('more-floods', 'Science', 'More floods expected in Valencia', 'Experts expect floods in Valencia as the river rises.', '2021-03-25T10:00:00Z');
    const story = await seed('same-story', 'Science', 'Valencia floods: the river overflows', 'The river overflowed in Valencia, floods everywhere.', '2021-03-26T11:00:00Z');
    const brief = await seed('brief', 'News', 'Brief', 'Yes.', '2021-03-26T12:00:00Z');
    const other = await seed('budget', 'News', 'Budget approved', 'The parliament approved the budget for next year.', '2021-03-24T10:00:00Z');
    await publishOnce({ store, config: configSchema.parse({}), log: pino({ level: 'silent' }), now: () => new Date('2021-03-27T00:00:00Z') });
    const web = { published: store.published, search: store.search };
    const article = async (id: number) => {
      const found = await store.published.lookup(id);
      assert.equal(found.status, 'published');
      return found.status === 'published' ? found.article : assert.fail();
    };

    const neighbours = (await youMayLike(web, await article(floods), { limit: 3 })).map((c) => c.id);
    assert.deepEqual(neighbours.slice(0, 2).sort(), [more, story].sort(), 'alike in content first, whatever their category');
    assert.ok(!neighbours.includes(floods));
    assert.deepEqual(neighbours.slice(2), [brief], 'then the same category and language, newest first');

    const withoutStory = (await youMayLike(web, await article(floods), { limit: 3, excludeIds: [story] })).map((c) => c.id);
    assert.ok(!withoutStory.includes(story) && !withoutStory.includes(floods));
    assert.equal(withoutStory[0], more);

    assert.equal(await store.search.related({ id: brief, limit: 3 }), null, 'too little text to compare');
    assert.deepEqual((await youMayLike(web, await article(brief), { limit: 3 })).map((c) => c.id), [floods, other], 'the old rule');
  });
});
