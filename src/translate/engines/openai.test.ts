import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startOpenAiFake } from '../fakes/openai.ts';
import type { Fault, FakeServer } from '../fakes/server.ts';
import { EngineError } from '../types.ts';
import { OpenAiEngine, type OpenAiConfig } from './openai.ts';
import { checkOutput } from './openai-output.ts';

describe('OpenAiEngine against the fake', () => {
  let fake: FakeServer;
  let engine: OpenAiEngine;
  let base: OpenAiConfig;
  before(async () => {
    fake = await startOpenAiFake({ apiKey: 'sk-test', models: ['qwen2.5-7b-instruct'] });
    base = { url: `${fake.url}/v1`, apiKey: 'sk-test', model: 'qwen2.5-7b-instruct', http: { timeoutMs: 5000, maxRetryWaitMs: 1000 } };
    engine = new OpenAiEngine({ ...base, limits: { maxSegments: 2 } });
  });
  after(() => fake.close());

  it('sends numbered segments, reads the JSON array back, records the model', async () => {
    const out = await engine.translate(['El <a href="https://x.es/">presidente</a> dijo.', 'Hoy.', 'La ley.'], 'es', 'en', { format: 'html' });
    assert.deepEqual(out.texts, ['The <a href="https://x.es/">president</a> said.', 'Today.', 'The law.']);
    assert.equal(out.model, 'qwen2.5-7b-instruct-0001');
    const post = fake.requests.find((r) => r.path === '/v1/chat/completions')!;
    const user = (post.json as { messages: { role: string; content: string }[] }).messages[1]!;
    assert.deepEqual(JSON.parse(user.content).segments[1], { n: 2, text: 'Hoy.' });
  });

  const invalid: { fault: Fault; name: string }[] = [
    { name: 'the source copied back', fault: { kind: 'echo' } },
    { name: 'one item short', fault: { kind: 'wrong_count' } },
  ];
  for (const c of invalid) {
    it(`retries once on ${c.name}, then gives up with bad_response`, async () => {
      const source = ['El gobierno dijo que la ley es nueva.'];
      fake.fail(c.fault);
      assert.deepEqual((await engine.translate(source, 'es', 'en', { format: 'html' })).texts, ['The government said that the law is new.']);
      fake.fail(c.fault, 2);
      await assert.rejects(engine.translate(source, 'es', 'en', { format: 'html' }), (err: unknown) => err instanceof EngineError && err.code === 'bad_response');
    });
  }

  const cases: { name: string; fault?: Fault; config?: Partial<OpenAiConfig>; code: string }[] = [
    { name: '429 rate limit', fault: { kind: 'rate_limited', retryAfterSeconds: 20 }, code: 'rate_limited' },
    { name: '429 insufficient_quota', fault: { kind: 'quota' }, code: 'quota_exceeded' },
    { name: '500', fault: { kind: 'server_error' }, code: 'unavailable' },
    { name: 'malformed body', fault: { kind: 'malformed' }, code: 'bad_response' },
    { name: 'hang', fault: { kind: 'hang' }, config: { http: { timeoutMs: 300, maxRetryWaitMs: 1000 } }, code: 'timeout' },
    { name: 'wrong key', config: { apiKey: 'sk-wrong' }, code: 'auth' },
    { name: 'unknown model', config: { model: 'gpt-nothing' }, code: 'not_configured' },
  ];
  for (const c of cases) {
    it(`maps ${c.name} to ${c.code}`, async () => {
      if (c.fault) fake.fail(c.fault);
      const e = c.config ? new OpenAiEngine({ ...base, ...c.config }) : engine;
      await assert.rejects(e.translate(['Hoy.'], 'es', 'en', { format: 'html' }), (err: unknown) => {
        assert.ok(err instanceof EngineError, String(err));
        assert.equal(err.code, c.code, err.message);
        return true;
      });
    });
  }

  it('is healthy only when the model is served', async () => {
    assert.equal((await engine.health()).ok, true);
    const other = await new OpenAiEngine({ ...base, model: 'gpt-nothing' }).health();
    assert.equal(other.ok, false);
    assert.match(other.detail, /gpt-nothing/);
  });
});

describe('checkOutput', () => {
  const cases: { name: string; sources: string[]; content: string; want: string[] | RegExp }[] = [
    { name: 'plain array', sources: ['Hola.'], content: '["Hello."]', want: ['Hello.'] },
    { name: 'fenced', sources: ['Hola.'], content: '```json\n["Hello."]\n```', want: ['Hello.'] },
    { name: 'prose', sources: ['Hola.'], content: 'Sure! Here it is: Hello.', want: /not a JSON array/ },
    { name: 'objects', sources: ['Hola.'], content: '[{"text":"Hello."}]', want: /not an array of strings/ },
    { name: 'count', sources: ['a', 'b'], content: '["a"]', want: /1 strings for 2/ },
    { name: 'empty', sources: ['Hola.'], content: '[""]', want: /empty/ },
    { name: 'tag lost', sources: ['El <em>gran</em> día.'], content: '["The great day."]', want: /changed its tags/ },
    { name: 'href changed', sources: ['<a href="/a">x</a>'], content: '["<a href=\\"/b\\">x</a>"]', want: /changed its tags/ },
    {
      name: 'placeholder kept, order moved',
      sources: ['<span translate="no" data-fd="0">3</span> <em>casas</em>'],
      content: '["<em>houses</em> <span translate=\\"no\\" data-fd=\\"0\\">3</span>"]',
      want: ['<em>houses</em> <span translate="no" data-fd="0">3</span>'],
    },
    { name: 'copied', sources: ['El gobierno dijo que sí.'], content: '["El gobierno dijo que sí."]', want: /untranslated/ },
    { name: 'short names may stay', sources: ['Pedro Sánchez'], content: '["Pedro Sánchez"]', want: ['Pedro Sánchez'] },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const got = checkOutput(c.sources, c.content);
      if (c.want instanceof RegExp) assert.match(String(got), c.want);
      else assert.deepEqual(got, c.want);
    });
  }
});
