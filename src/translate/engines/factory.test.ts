import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { configSchema, type TranslationConfig } from '../../config/schema.ts';
import { InMemoryBudgetCounters } from '../budget.ts';
import { startLibreTranslateFake } from '../fakes/libretranslate.ts';
import type { FakeServer } from '../fakes/server.ts';
import { InMemoryMemoryStore } from '../memory.ts';
import { ApertiumEngine } from './apertium.ts';
import { DeeplEngine } from './deepl.ts';
import { buildTranslation } from './factory.ts';
import { GoogleEngine } from './google.ts';
import { LibreTranslateEngine } from './libretranslate.ts';
import { OpenAiEngine } from './openai.ts';

const translation = (t: unknown): TranslationConfig => configSchema.parse({ translation: t }).translation;
const deps = () => ({ memory: new InMemoryMemoryStore(), counters: new InMemoryBudgetCounters() });

describe('engine factory', () => {
  let fake: FakeServer;
  before(async () => {
    fake = await startLibreTranslateFake();
  });
  after(() => fake.close());

  it('builds the engines of translation.engines, in order', async () => {
    const cases: { config: unknown; want: [string, Function][] }[] = [
      { config: {}, want: [['apertium', ApertiumEngine]] },
      {
        config: {
          engines: ['openai', 'google', 'deepl', 'libretranslate', 'apertium'],
          openai: { baseUrl: 'http://127.0.0.1:1/v1', model: 'm' },
          google: { version: 'v3', project: 'p', accessToken: 't' },
          deepl: { apiKey: 'k:fx' },
          libretranslate: { url: 'http://127.0.0.1:1' },
        },
        want: [['openai', OpenAiEngine], ['google', GoogleEngine], ['deepl', DeeplEngine], ['libretranslate', LibreTranslateEngine], ['apertium', ApertiumEngine]],
      },
    ];
    for (const c of cases) {
      const rt = buildTranslation(translation(c.config), deps());
      assert.deepEqual(rt.engines.map((e) => e.name), c.want.map(([n]) => n));
      rt.engines.forEach((e, i) => assert.ok(e instanceof c.want[i]![1], `${e.name} is a ${c.want[i]![1].name}`));
      await rt.close();
    }
  });

  it('--engine picks one engine, and refuses an unknown or unconfigured one', async () => {
    const t = translation({ deepl: { serverUrl: 'http://127.0.0.1:1' }, libretranslate: { url: fake.url } });
    const only = buildTranslation(t, { ...deps(), only: 'libretranslate' });
    assert.deepEqual(only.engines.map((e) => e.name), ['libretranslate']);
    const cases: [string, RegExp][] = [
      ['bing', /unknown engine "bing" \(known: apertium, libretranslate, deepl, google, openai\)/],
      ['deepl', /translation\.deepl\.apiKey: required to use deepl; set FOREIGNDESK_DEEPL_API_KEY/],
      ['openai', /translation\.openai\.baseUrl: required to use openai; translation\.openai\.model: required to use openai/],
    ];
    for (const [name, message] of cases) assert.throws(() => buildTranslation(t, { ...deps(), only: name }), message);
  });

  it('gives the chain the configured budgets and a shared memory', async () => {
    const t = translation({ engines: ['libretranslate'], libretranslate: { url: fake.url }, budgets: { libretranslate: { charsPerDay: 20 } } });
    const rt = buildTranslation(t, deps());
    const req = { from: 'es', to: 'en', glossary: {}, keep: [] };
    const first = await rt.chain.translate({ ...req, segments: ['El gobierno.'] });
    assert.equal(first.status, 'translated');
    assert.deepEqual(first.status === 'translated' && first.texts, ['The government.']);
    const again = await rt.chain.translate({ ...req, segments: ['El gobierno.'] });
    assert.equal(again.status === 'translated' && again.fromMemory, 1);
    const over = await rt.chain.translate({ ...req, segments: ['La ley nueva del gobierno.'] });
    assert.equal(over.status, 'waiting');
    assert.match(JSON.stringify(over), /"code":"budget"/);
    const [report] = await rt.chain.report();
    assert.deepEqual(report!.usage, { day: 12, month: 12, limits: { charsPerDay: 20 } });
    assert.equal(rt.memory.stats().hits, 1);
  });
});
