import assert from 'node:assert/strict';
import { test } from 'node:test';
import { configSchema } from '../config/schema.ts';
import { ENV_OPTIONS, readEnvValue } from '../config/env.ts';
import { startSeededSite } from './seeded-site.ts';

/** Status codes of one request per [socket address, X-Forwarded-For] under a limit of one request per client. */
async function statuses(trustProxy: unknown, requests: [string, string | undefined][]): Promise<number[]> {
  const site = await startSeededSite({ web: { trustProxy, rateLimit: { api: { perMinute: 1, burst: 1 } } } });
  try {
    const out: number[] = [];
    for (const [remoteAddress, forwarded] of requests) {
      const res = await site.app.inject({ url: '/api/v1/sources', remoteAddress, headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded } });
      out.push(res.statusCode);
    }
    return out;
  } finally {
    await site.close();
  }
}

const PROXY = '10.0.0.5';

test('by default the rate limit keys on the connection: X-Forwarded-For is ignored', async () => {
  assert.deepEqual(await statuses(undefined, [[PROXY, '198.51.100.1'], [PROXY, '198.51.100.2'], ['10.0.0.6', '198.51.100.1']]), [200, 429, 200]);
});

test("trusting the proxy's address: each client behind it has its own limit; others cannot claim an address", async () => {
  const requests: [string, string | undefined][] = [
    [PROXY, '198.51.100.1'],
    [PROXY, '198.51.100.2'],
    [PROXY, '198.51.100.1'],
    // Written by the client, appended to by the proxy: the address the proxy saw counts.
    [PROXY, '198.51.100.2, 198.51.100.3'],
    // Not through the proxy: the header is the client's own word, and ignored.
    ['203.0.113.9', '198.51.100.4'],
    ['203.0.113.9', '198.51.100.5'],
  ];
  assert.deepEqual(await statuses(['10.0.0.0/24'], requests), [200, 200, 429, 200, 200, 429]);
});

test('trusting one hop or every hop', async () => {
  assert.deepEqual(await statuses(1, [[PROXY, '198.51.100.1'], [PROXY, '198.51.100.7, 198.51.100.2'], [PROXY, '198.51.100.2']]), [200, 200, 429]);
  assert.deepEqual(await statuses(true, [[PROXY, '198.51.100.1'], ['203.0.113.9', '198.51.100.2'], [PROXY, '198.51.100.1, 10.0.0.9']]), [200, 200, 429]);
});

test('web.trustProxy: off by default; addresses checked, naming where; settable from the environment', () => {
  assert.equal(configSchema.parse({}).web.trustProxy, false);
  assert.deepEqual(configSchema.parse({ web: { trustProxy: ['127.0.0.1', '::1', '10.0.0.0/8', 'fd00::/8', 'loopback'] } }).web.trustProxy, ['127.0.0.1', '::1', '10.0.0.0/8', 'fd00::/8', 'loopback']);
  for (const bad of [['proxy.example'], ['10.0.0.0/33'], ['10.0.0.1/8/1'], [], 0]) {
    const refused = configSchema.safeParse({ web: { trustProxy: bad } });
    assert.equal(refused.success, false, JSON.stringify(bad));
    assert.deepEqual(refused.error!.issues[0]!.path.slice(0, 2), ['web', 'trustProxy']);
  }
  const option = ENV_OPTIONS.find((o) => o.env === 'FOREIGNDESK_WEB_TRUST_PROXY')!;
  assert.deepEqual(option.path, ['web', 'trustProxy']);
  const fromEnv = (text: string) => configSchema.parse({ web: { trustProxy: (readEnvValue(option.kind, text) as { value: unknown }).value } }).web.trustProxy;
  assert.deepEqual(fromEnv('127.0.0.1, 10.0.0.0/8'), ['127.0.0.1', '10.0.0.0/8']);
  assert.equal(fromEnv('true'), true);
});
