import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { TranslationDeferred, translateArticle, type TranslateDeps } from './article.ts';
import { Budgets, InMemoryBudgetCounters } from './budget.ts';
import { EngineChain } from './chain.ts';
import { LibreTranslateEngine } from './engines/libretranslate.ts';
import { startLibreTranslateFake } from './fakes/libretranslate.ts';
import type { FakeServer } from './fakes/server.ts';
import { InMemoryMemoryStore, TranslationMemory } from './memory.ts';
import type { ArticleText } from './segments.ts';

const article = JSON.parse(readFileSync(new URL('./testdata/article-es.json', import.meta.url), 'utf8')) as ArticleText;

describe('translateArticle', () => {
  let fake: FakeServer;
  let deps: TranslateDeps;
  let memory: TranslationMemory;
  before(async () => {
    fake = await startLibreTranslateFake();
    memory = new TranslationMemory(new InMemoryMemoryStore());
    const chain = new EngineChain({
      engines: [new LibreTranslateEngine({ url: fake.url, limits: { maxSegments: 4 } })],
      memory,
      budgets: new Budgets(new InMemoryBudgetCounters(), {}),
    });
    deps = {
      chain,
      glossary: { Naypyidó: 'Naypyidaw', Birmania: 'Myanmar' },
      keep: ['El País'],
      clock: () => new Date('2026-03-26T10:00:00Z'),
    };
  });
  after(() => fake.close());

  it('keeps the block list, links, emphasis, names, numbers, URLs and e-mail', async () => {
    const out = await translateArticle(article, 'es', 'en', deps);
    assert.equal(out.title, 'The government of Myanmar visited Naypyidaw');
    assert.equal(out.standfirst, 'The president said today that the law is new, según El País.');
    assert.deepEqual(out.image, { ...article.image, alt: 'The city of Naypyidaw', caption: 'The capital, with rain heavy' });
    assert.deepEqual(out.related, [
      { title: 'The minister wrote a law', url: 'https://www.example.es/politica/ley.html' },
      { title: 'El País', url: 'https://elpais.com/' },
    ]);
    assert.deepEqual(
      out.blocks.map((b) => b.type),
      article.blocks.map((b) => b.type),
    );
    assert.deepEqual(out.blocks[0], {
      type: 'paragraph',
      html: 'The <a href="https://www.example.es/gobierno">government</a> said the 26/03/2024 that the new law costará 1.234,5 million of euros.',
      text: 'The government said the 26/03/2024 that the new law costará 1.234,5 million of euros.',
    });
    assert.deepEqual(out.blocks[1], { type: 'heading', level: 2, html: 'A city <em>new</em>', text: 'A city new' });
    assert.deepEqual(out.blocks[2], {
      type: 'list',
      ordered: false,
      items: [
        { html: 'Contact: prensa@gobierno.es', text: 'Contact: prensa@gobierno.es' },
        { html: 'Ver www.gobierno.es/ley', text: 'Ver www.gobierno.es/ley' },
      ],
    });
    assert.deepEqual(out.blocks[4], { type: 'image', src: 'https://img.example.es/2024/03/ley.jpg', caption: 'The law, today', credit: 'EFE' });
    assert.deepEqual(out.blocks[5], { type: 'related', items: [{ title: 'The city and the rain', url: 'https://www.example.es/ciudad.html' }] });
    assert.ok(!fake.segments.some((s) => s.includes('El País') && !s.includes('translate="no"')), 'the outlet name never reaches the engine unprotected');
    assert.ok(!fake.segments.includes('El País'), 'a headline that is only the outlet name is not sent');

    assert.deepEqual(out.provenance, {
      engine: 'libretranslate',
      route: ['es', 'en'],
      translatedAt: '2026-03-26T10:00:00.000Z',
      charsBilled: out.provenance.charsBilled,
      fromMemory: 0,
      sent: 13,
      attempts: [],
    });
    assert.ok(out.provenance.charsBilled > 0);
    assert.equal(out.quality.decision, 'publish');
    assert.deepEqual(out.quality.flags, []);
  });

  it('sends nothing the second time: every segment comes from memory', async () => {
    const before = fake.segments.length;
    const out = await translateArticle(article, 'es', 'en', deps);
    assert.equal(fake.segments.length, before);
    assert.equal(out.provenance.sent, 0);
    assert.equal(out.provenance.fromMemory, 13);
    assert.ok(memory.stats().hitRate >= 0.5);
  });

  it('passes an English article through untranslated', async () => {
    const en: ArticleText = { ...article, title: 'Already English', blocks: [] };
    const out = await translateArticle(en, 'en-GB', 'en', deps);
    assert.equal(out.title, 'Already English');
    assert.equal(out.provenance.engine, 'none');
    assert.equal(out.quality.decision, 'publish');
  });

  it('defers an article whose language no engine serves', async () => {
    await assert.rejects(translateArticle(article, 'eu', 'en', deps), (err: unknown) => err instanceof TranslationDeferred && err.reason === 'unsupported');
  });

  it('defers with a retry time when the only engine is rate limited', async () => {
    fake.fail({ kind: 'rate_limited', retryAfterSeconds: 600 });
    const fresh = { ...article, title: 'Un título distinto' };
    await assert.rejects(translateArticle(fresh, 'es', 'en', deps), (err: unknown) => {
      assert.ok(err instanceof TranslationDeferred);
      assert.equal(err.reason, 'waiting');
      assert.ok(err.retryAt instanceof Date);
      assert.match(err.message, /libretranslate rate_limited/);
      return true;
    });
  });
});
