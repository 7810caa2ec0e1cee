import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Budgets, InMemoryBudgetCounters, type BudgetLimits } from './budget.ts';
import { EngineChain, type ChainRequest, type ChainSuccess } from './chain.ts';
import { DeeplEngine } from './engines/deepl.ts';
import { LibreTranslateEngine } from './engines/libretranslate.ts';
import { startDeeplFake, type DeeplFake } from './fakes/deepl.ts';
import { startLibreTranslateFake } from './fakes/libretranslate.ts';
import type { FakeServer } from './fakes/server.ts';
import { InMemoryMemoryStore, TranslationMemory } from './memory.ts';

describe('EngineChain over the DeepL and LibreTranslate fakes', () => {
  let deeplFake: DeeplFake;
  let libreFake: FakeServer;
  before(async () => {
    deeplFake = await startDeeplFake({ authKey: 'dk' });
    libreFake = await startLibreTranslateFake();
  });
  after(async () => {
    await deeplFake.close();
    await libreFake.close();
  });

  let now = new Date('2026-03-26T10:00:00Z');
  function chain(budgets: Record<string, BudgetLimits> = {}): { chain: EngineChain; memory: TranslationMemory } {
    const memory = new TranslationMemory(new InMemoryMemoryStore());
    const engines = [
      new DeeplEngine({ authKey: 'dk', serverUrl: deeplFake.url, timeoutMs: 2000 }),
      new LibreTranslateEngine({ url: libreFake.url, http: { timeoutMs: 2000, maxRetryWaitMs: 0 } }),
    ];
    const clock = () => now;
    return { chain: new EngineChain({ engines, memory, budgets: new Budgets(new InMemoryBudgetCounters(), budgets, clock), clock }), memory };
  }
  const request = (segments: string[], extra: Partial<ChainRequest> = {}): ChainRequest => ({
    segments,
    from: 'es',
    to: 'en',
    glossary: { Naypyidó: 'Naypyidaw' },
    keep: ['El País'],
    ...extra,
  });
  const translated = (r: Awaited<ReturnType<EngineChain['translate']>>): ChainSuccess => {
    assert.equal(r.status, 'translated', JSON.stringify(r));
    return r as ChainSuccess;
  };

  it('uses the first engine, with its native glossary, and memory keeps repeats from it', async () => {
    const { chain: c, memory } = chain();
    const segments = ['El <em>gobierno</em> de Naypyidó.', 'Según El País, 1.234 euros.', 'El País'];
    const r = translated(await c.translate(request(segments)));
    assert.equal(r.engine, 'deepl');
    assert.deepEqual(r.route, ['es', 'en']);
    assert.deepEqual(r.texts, ['The <em>government</em> of Naypyidaw.', 'Según El País, 1.234 euros.', 'El País']);
    assert.equal(r.sent, 2, 'a segment that is only an outlet name is not sent');
    assert.equal(deeplFake.glossaries.size, 1);
    const sentBefore = deeplFake.segments.length;

    const again = translated(await c.translate(request([segments[0]!, 'Hoy.'])));
    assert.deepEqual(again.texts, ['The <em>government</em> of Naypyidaw.', 'Today.']);
    assert.equal(again.fromMemory, 1);
    assert.deepEqual(deeplFake.segments.slice(sentBefore), ['Hoy.']);
    assert.equal(memory.stats().hits, 1);
  });

  it('falls back on a 5xx and leaves the failed engine alone while it is marked down', async () => {
    const { chain: c } = chain();
    deeplFake.fail({ kind: 'server_error', status: 503 });
    const r = translated(await c.translate(request(['La capital Naypyidó.'])));
    assert.equal(r.engine, 'libretranslate');
    assert.deepEqual(r.texts, ['The capital Naypyidaw.'], 'glossary applied through a placeholder');
    assert.deepEqual(r.attempts.map((a) => [a.engine, a.code]), [['deepl', 'unavailable']]);
    const deeplPosts = deeplFake.requests.filter((q) => q.path === '/v2/translate').length;
    const next = translated(await c.translate(request(['Hoy.'])));
    assert.equal(next.engine, 'libretranslate');
    assert.deepEqual(next.attempts.map((a) => a.code), ['unhealthy']);
    assert.equal(deeplFake.requests.filter((q) => q.path === '/v2/translate').length, deeplPosts);
  });

  it('rests an engine after a 429 or a spent quota, and waits when every engine is resting', async () => {
    const { chain: c } = chain();
    deeplFake.fail({ kind: 'quota' });
    libreFake.fail({ kind: 'rate_limited', retryAfterSeconds: 120 });
    const r = await c.translate(request(['La ley.']));
    assert.equal(r.status, 'waiting');
    assert.deepEqual(r.attempts.map((a) => a.code), ['quota_exceeded', 'rate_limited']);
    assert.deepEqual(r.status === 'waiting' && r.retryAt, new Date(now.getTime() + 120_000));
    const again = await c.translate(request(['La ley.']));
    assert.deepEqual(again.attempts.map((a) => a.code), ['resting', 'resting']);
  });

  it('passes over an engine past its budget, and waits until the budget resets when none is left', async () => {
    const { chain: c } = chain({ deepl: { charsPerDay: 10 } });
    const r = translated(await c.translate(request(['El gobierno dijo hoy.'])));
    assert.equal(r.engine, 'libretranslate');
    assert.equal(r.attempts[0]!.code, 'budget');
    const { chain: poor } = chain({ deepl: { charsPerDay: 10 }, libretranslate: { charsPerMonth: 5 } });
    const waiting = await poor.translate(request(['El gobierno dijo hoy.']));
    assert.equal(waiting.status, 'waiting');
    assert.deepEqual(waiting.status === 'waiting' && waiting.retryAt, new Date('2026-03-27T00:00:00Z'));
  });

  it('says unsupported when no engine serves the pair', async () => {
    const { chain: c } = chain();
    const r = await c.translate(request(['Kaixo.'], { from: 'eu' }));
    assert.equal(r.status, 'unsupported');
  });

  it('reports each engine for doctor', async () => {
    const { chain: c } = chain({ deepl: { charsPerDay: 1000 } });
    const report = await c.report();
    assert.deepEqual(report.map((e) => [e.engine, e.health.ok, e.pairs.some((p) => p.from === 'es' && p.to === 'en')]), [
      ['deepl', true, true],
      ['libretranslate', true, true],
    ]);
    assert.deepEqual(report[0]!.usage.limits, { charsPerDay: 1000 });
  });

  it('refuses an engine listed twice', () => {
    const e = new LibreTranslateEngine({ url: libreFake.url });
    assert.throws(
      () => new EngineChain({ engines: [e, e], memory: new TranslationMemory(new InMemoryMemoryStore()), budgets: new Budgets(new InMemoryBudgetCounters(), {}) }),
      /"libretranslate" twice/,
    );
  });
});
