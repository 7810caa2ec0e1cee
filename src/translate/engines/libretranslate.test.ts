import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startLibreTranslateFake } from '../fakes/libretranslate.ts';
import type { Fault, FakeServer } from '../fakes/server.ts';
import { EngineError } from '../types.ts';
import { LibreTranslateEngine } from './libretranslate.ts';

describe('LibreTranslateEngine against the fake', () => {
  let fake: FakeServer;
  let engine: LibreTranslateEngine;
  before(async () => {
    fake = await startLibreTranslateFake({ apiKey: 'k1', batchLimit: 2, charLimit: 200 });
    engine = new LibreTranslateEngine({
      url: fake.url,
      apiKey: 'k1',
      limits: { maxSegments: 2, maxChars: 200 },
      http: { timeoutMs: 5000, maxRetryWaitMs: 1000 },
    });
  });
  after(() => fake.close());

  it('translates in batches within the limits, keeping tags', async () => {
    const out = await engine.translate(
      ['El <a href="https://x.es/a">gobierno</a> dijo.', 'La <em>ley</em> nueva.', 'Hoy.'],
      'es',
      'en',
      { format: 'html' },
    );
    assert.deepEqual(out.texts, ['The <a href="https://x.es/a">government</a> said.', 'The <em>law</em> new.', 'Today.']);
    assert.equal(out.engine, 'libretranslate');
    assert.deepEqual(out.route, ['es', 'en']);
    const posts = fake.requests.filter((r) => r.path === '/translate');
    assert.equal(posts.length, 2);
    assert.deepEqual((posts[0]!.json as { format: string }).format, 'html');
  });

  it('lists pairs and reports health from /languages', async () => {
    const pairs = await engine.pairs();
    assert.ok(pairs.some((p) => p.from === 'es' && p.to === 'en'));
    const health = await engine.health();
    assert.equal(health.ok, true);
  });

  it('waits out a short Retry-After and succeeds', async () => {
    fake.fail({ kind: 'rate_limited', retryAfterSeconds: 0 });
    const out = await engine.translate(['Hoy.'], 'es', 'en', { format: 'html' });
    assert.deepEqual(out.texts, ['Today.']);
  });

  const cases: { name: string; fault?: Fault; engine?: () => LibreTranslateEngine; from?: string; code: string; retryAfterMs?: number }[] = [
    { name: '429 with a long Retry-After', fault: { kind: 'rate_limited', retryAfterSeconds: 30 }, code: 'rate_limited', retryAfterMs: 30_000 },
    { name: '500', fault: { kind: 'server_error' }, code: 'unavailable' },
    { name: 'malformed body', fault: { kind: 'malformed' }, code: 'bad_response' },
    { name: 'hang', fault: { kind: 'hang' }, engine: () => new LibreTranslateEngine({ url: fake.url, apiKey: 'k1', http: { timeoutMs: 300, maxRetryWaitMs: 1000 } }), code: 'timeout' },
    { name: 'bad language', from: 'xx', code: 'unsupported_pair' },
    { name: 'wrong key', engine: () => new LibreTranslateEngine({ url: fake.url, apiKey: 'nope' }), code: 'auth' },
    { name: 'missing key', engine: () => new LibreTranslateEngine({ url: fake.url }), code: 'auth' },
    { name: 'server down', engine: () => new LibreTranslateEngine({ url: 'http://127.0.0.1:9' }), code: 'unavailable' },
  ];
  for (const c of cases) {
    it(`maps ${c.name} to ${c.code}`, async () => {
      if (c.fault) fake.fail(c.fault);
      const e = c.engine ? c.engine() : engine;
      await assert.rejects(e.translate(['Hoy.'], c.from ?? 'es', 'en', { format: 'html' }), (err: unknown) => {
        assert.ok(err instanceof EngineError, String(err));
        assert.equal(err.code, c.code, err.message);
        if (c.retryAfterMs !== undefined) assert.equal(err.retryAfterMs, c.retryAfterMs);
        return true;
      });
    });
  }

  it('reports an unreachable server as unhealthy', async () => {
    const health = await new LibreTranslateEngine({ url: 'http://127.0.0.1:9' }).health();
    assert.equal(health.ok, false);
    assert.match(health.detail, /127\.0\.0\.1:9/);
  });
});
