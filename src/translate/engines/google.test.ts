import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startGoogleFake } from '../fakes/google.ts';
import type { Fault, FakeServer } from '../fakes/server.ts';
import { EngineError } from '../types.ts';
import { GoogleEngine, type GoogleConfig } from './google.ts';

const GLOSSARY = 'projects/desk/locations/global/glossaries/names';

describe('GoogleEngine against the fake', () => {
  let fake: FakeServer;
  let v2: GoogleEngine;
  let v3: GoogleEngine;
  const http = { timeoutMs: 5000, maxRetryWaitMs: 1000 };
  before(async () => {
    fake = await startGoogleFake({ apiKey: 'AIzaKey', accessToken: 'ya29.token', glossaries: { [GLOSSARY]: { Naypyidó: 'Naypyidaw' } } });
    v2 = new GoogleEngine({ version: 'v2', apiKey: 'AIzaKey', url: fake.url, http, limits: { maxSegments: 2 } });
    v3 = new GoogleEngine({ version: 'v3', project: 'desk', accessToken: async () => 'ya29.token', url: fake.url, http, glossaries: { 'es-en': 'names' } });
  });
  after(() => fake.close());

  it('v2: translates HTML in batches, key in the query', async () => {
    const out = await v2.translate(['El <em>gobierno</em>.', 'Hoy.', 'La ley.'], 'es', 'en', { format: 'html' });
    assert.deepEqual(out.texts, ['The <em>government</em>.', 'Today.', 'The law.']);
    const posts = fake.requests.filter((r) => r.path === '/language/translate/v2');
    assert.equal(posts.length, 2);
    assert.equal(posts[0]!.query.get('key'), 'AIzaKey');
    assert.equal((posts[0]!.json as { format: string }).format, 'html');
  });

  it('v3: bearer token, text/html, native glossary, model recorded', async () => {
    assert.equal(v3.nativeGlossary('es', 'en'), true);
    assert.equal(v3.nativeGlossary('fr', 'en'), false);
    const out = await v3.translate(['La capital Naypyidó.'], 'es', 'en', { format: 'html' });
    assert.deepEqual(out.texts, ['The capital Naypyidaw.']);
    assert.equal(out.model, 'projects/desk/locations/global/models/general/nmt');
    const post = fake.requests.findLast((r) => r.path.endsWith(':translateText'))!;
    assert.deepEqual(post.json, {
      contents: ['La capital Naypyidó.'],
      sourceLanguageCode: 'es',
      targetLanguageCode: 'en',
      mimeType: 'text/html',
      glossaryConfig: { glossary: GLOSSARY },
    });
  });

  it('lists pairs and reports health for both versions', async () => {
    for (const engine of [v2, v3]) {
      assert.ok((await engine.pairs()).some((p) => p.from === 'es' && p.to === 'en'));
      assert.equal((await engine.health()).ok, true);
    }
  });

  const cases: { name: string; fault?: Fault; config?: GoogleConfig; from?: string; code: string; retryAfterMs?: number }[] = [
    { name: '429 with a long Retry-After', fault: { kind: 'rate_limited', retryAfterSeconds: 60 }, code: 'rate_limited', retryAfterMs: 60_000 },
    { name: 'daily limit', fault: { kind: 'quota' }, code: 'quota_exceeded' },
    { name: '500', fault: { kind: 'server_error' }, code: 'unavailable' },
    { name: '503', fault: { kind: 'server_error', status: 503 }, code: 'unavailable' },
    { name: 'malformed body', fault: { kind: 'malformed' }, code: 'bad_response' },
    { name: 'hang', fault: { kind: 'hang' }, config: { version: 'v2', apiKey: 'AIzaKey', http: { timeoutMs: 300, maxRetryWaitMs: 1000 } }, code: 'timeout' },
    { name: 'bad language', from: 'xx', code: 'unsupported_pair' },
    { name: 'invalid v2 key', config: { version: 'v2', apiKey: 'wrong' }, code: 'auth' },
    { name: 'invalid v3 token', config: { version: 'v3', project: 'desk', accessToken: 'expired' }, code: 'auth' },
  ];
  for (const c of cases) {
    it(`maps ${c.name} to ${c.code}`, async () => {
      if (c.fault) fake.fail(c.fault);
      const engine = c.config ? new GoogleEngine({ ...c.config, url: fake.url }) : v2;
      await assert.rejects(engine.translate(['Hoy.'], c.from ?? 'es', 'en', { format: 'html' }), (err: unknown) => {
        assert.ok(err instanceof EngineError, String(err));
        assert.equal(err.code, c.code, err.message);
        assert.doesNotMatch(err.message, /AIzaKey/);
        if (c.retryAfterMs !== undefined) assert.equal(err.retryAfterMs, c.retryAfterMs);
        return true;
      });
    });
  }

  it('waits out a short Retry-After on v3 and succeeds', async () => {
    fake.fail({ kind: 'rate_limited', retryAfterSeconds: 0 });
    const out = await v3.translate(['Hoy.'], 'es', 'en', { format: 'html' });
    assert.deepEqual(out.texts, ['Today.']);
  });
});
