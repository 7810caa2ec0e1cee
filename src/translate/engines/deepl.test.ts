import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startDeeplFake, type DeeplFake } from '../fakes/deepl.ts';
import type { Fault } from '../fakes/server.ts';
import { EngineError } from '../types.ts';
import { DeeplEngine } from './deepl.ts';

describe('DeeplEngine (deepl-node) against the fake', () => {
  let fake: DeeplFake;
  let engine: DeeplEngine;
  before(async () => {
    fake = await startDeeplFake({ authKey: 'secret:fx', characterLimit: 1000 });
    engine = new DeeplEngine({ authKey: 'secret:fx', serverUrl: fake.url, timeoutMs: 5000, limits: { maxSegments: 2 } });
  });
  after(() => fake.close());

  it('translates HTML segments in batches of the configured size', async () => {
    const out = await engine.translate(['El <strong>presidente</strong> dijo.', 'Hoy.', 'La ciudad.'], 'es', 'en', { format: 'html' });
    assert.deepEqual(out.texts, ['The <strong>president</strong> said.', 'Today.', 'The city.']);
    assert.equal(out.charsBilled, 'El <strong>presidente</strong> dijo.'.length + 'Hoy.'.length + 'La ciudad.'.length);
    const posts = fake.requests.filter((r) => r.path === '/v2/translate');
    assert.equal(posts.length, 2);
    assert.equal(posts[0]!.form!.get('tag_handling'), 'html');
    assert.equal(posts[0]!.form!.get('target_lang'), 'en-GB');
  });

  it('takes glossaries natively only for the pairs DeepL lists', async () => {
    const fresh = new DeeplEngine({ authKey: 'secret:fx', serverUrl: fake.url });
    assert.equal(fresh.nativeGlossary('es', 'en'), false, 'unknown until the pairs are read');
    await fresh.pairs();
    assert.equal(fresh.nativeGlossary('es', 'en'), true);
    assert.equal(fresh.nativeGlossary('es', 'ja'), false);
  });

  it('creates a glossary once per pair and term list, then reuses it', async () => {
    const glossary = { Naypyidó: 'Naypyidaw' };
    const first = await engine.translate(['La capital Naypyidó.'], 'es', 'en', { format: 'html', glossary });
    const second = await engine.translate(['Naypyidó hoy.'], 'es', 'en', { format: 'html', glossary });
    assert.deepEqual(first.texts, ['The capital Naypyidaw.']);
    assert.deepEqual(second.texts, ['Naypyidaw today.']);
    assert.equal(fake.glossaries.size, 1);
    const reopened = new DeeplEngine({ authKey: 'secret:fx', serverUrl: fake.url });
    await reopened.translate(['Naypyidó.'], 'es', 'en', { format: 'html', glossary });
    assert.equal(fake.glossaries.size, 1, 'a new engine instance finds the glossary by name');
  });

  it('lists pairs from source and target languages, and reports usage as health', async () => {
    const pairs = await engine.pairs();
    assert.ok(pairs.some((p) => p.from === 'es' && p.to === 'en'));
    assert.ok(!pairs.some((p) => p.from === p.to));
    const health = await engine.health();
    assert.equal(health.ok, true);
    assert.match(health.detail, /of 1000 characters/);
  });

  const cases: { name: string; fault?: Fault; key?: string; from?: string; timeoutMs?: number; code: string }[] = [
    { name: '429', fault: { kind: 'rate_limited', retryAfterSeconds: 1 }, code: 'rate_limited' },
    { name: '456 quota exceeded', fault: { kind: 'quota' }, code: 'quota_exceeded' },
    { name: '500', fault: { kind: 'server_error' }, code: 'unavailable' },
    { name: '503', fault: { kind: 'server_error', status: 503 }, code: 'unavailable' },
    { name: 'malformed body', fault: { kind: 'malformed' }, code: 'bad_response' },
    { name: 'hang', fault: { kind: 'hang' }, timeoutMs: 300, code: 'timeout' },
    { name: 'wrong key', key: 'other', code: 'auth' },
    { name: 'unsupported source language', from: 'xx', code: 'unsupported_pair' },
  ];
  for (const c of cases) {
    it(`maps ${c.name} to ${c.code}`, async () => {
      if (c.fault) fake.fail(c.fault);
      const e = c.key || c.timeoutMs ? new DeeplEngine({ authKey: c.key ?? 'secret:fx', serverUrl: fake.url, ...(c.timeoutMs ? { timeoutMs: c.timeoutMs } : {}) }) : engine;
      await assert.rejects(e.translate(['Hoy.'], c.from ?? 'es', 'en', { format: 'html' }), (err: unknown) => {
        assert.ok(err instanceof EngineError, String(err));
        assert.equal(err.code, c.code, err.message);
        return true;
      });
    });
  }

  it('reports a wrong key as unhealthy', async () => {
    const health = await new DeeplEngine({ authKey: 'other', serverUrl: fake.url }).health();
    assert.equal(health.ok, false);
    assert.match(health.detail, /Authorization/);
  });
});
