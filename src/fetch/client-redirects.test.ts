import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { rejectsWith, startServer, testClient, type TestServer } from './test-server.ts';

let server: TestServer;
const client = testClient();

before(async () => {
  server = await startServer((req, res) => {
    const url = new URL(req.url!, 'http://x');
    const hops = /^\/chain\/(\d+)$/.exec(url.pathname);
    if (hops) {
      const n = Number(hops[1]);
      // Relative Locations, alternating path-relative and absolute-path forms.
      if (n > 0) return res.writeHead(n % 2 ? 301 : 302, { location: n % 2 ? `${n - 1}` : `/chain/${n - 1}` }).end();
      return res.end('arrived');
    }
    const target = url.searchParams.get('to');
    if (url.pathname === '/redirect' && target) return res.writeHead(307, { location: target }).end();
    if (url.pathname === '/loop/a') return res.writeHead(302, { location: '/loop/b' }).end();
    if (url.pathname === '/loop/b') return res.writeHead(302, { location: '/loop/a#frag' }).end();
    if (url.pathname === '/self') return res.writeHead(301, { location: '/self' }).end();
    res.writeHead(404).end();
  });
});
after(async () => {
  client.close();
  await server.close();
});

test('five redirects are followed, with relative Locations resolved', async () => {
  const res = await client.get(`${server.origin}/chain/5`);
  assert.equal(res.body.toString(), 'arrived');
  assert.equal(res.url, `${server.origin}/chain/0`);
  assert.deepEqual(res.redirects, [4, 3, 2, 1, 0].map((n) => `${server.origin}/chain/${n}`));
});

test('a sixth redirect fails', async () => {
  const err = await rejectsWith(client.get(`${server.origin}/chain/6`), 'too_many_redirects');
  assert.match(err.message, /more than 5 redirects/);
});

test('maxRedirects 0 refuses the first redirect', async () => {
  const strict = testClient({ limits: { connectTimeoutMs: 300, timeoutMs: 400, maxBodyBytes: 1024, maxRedirects: 0 } });
  await rejectsWith(strict.get(`${server.origin}/chain/1`), 'too_many_redirects');
  strict.close();
});

test('a redirect loop is detected (fragments ignored)', async () => {
  const err = await rejectsWith(client.get(`${server.origin}/loop/a`), 'redirect_loop');
  assert.match(err.message, /\/loop\/b → .*\/loop\/a again/);
  await rejectsWith(client.get(`${server.origin}/self`), 'redirect_loop');
});

const blockedTargets = [
  'http://10.0.0.1/admin',
  'http://169.254.169.254/latest/meta-data/',
  'http://100.64.0.1/',
  'http://192.168.1.1/',
  'http://[::1]/',
  'http://[fd00::1]/',
  'http://[::ffff:10.0.0.1]/',
  'http://0.0.0.0/',
];
for (const target of blockedTargets) {
  test(`a redirect to ${target} is refused before connecting`, async () => {
    // Unreachable addresses: had the client tried to connect, the error would be a timeout or connect failure.
    const err = await rejectsWith(client.get(`${server.origin}/redirect?to=${encodeURIComponent(target)}`), 'blocked_address');
    assert.match(err.message, /non-public address/);
  });
}

test('with robots.txt respected, a redirect to a private address is still refused as such', async () => {
  const polite = testClient({ politeness: { perHostConcurrency: 1, perHostDelayMs: 0, respectRobots: true, maxBackoffMs: 3_600_000 } });
  for (const target of ['http://10.0.0.1/admin', 'http://169.254.169.254/latest/meta-data/']) {
    const err = await rejectsWith(polite.get(`${server.origin}/redirect?to=${encodeURIComponent(target)}`), 'blocked_address');
    assert.match(err.message, /non-public address/);
  }
  polite.close();
});

test('redirects to other schemes are refused', async () => {
  const err = await rejectsWith(client.get(`${server.origin}/redirect?to=${encodeURIComponent('file:///etc/passwd')}`), 'invalid_url');
  assert.match(err.message, /only http and https/);
});

test('with private networks off, literal loopback is refused without a connection', async () => {
  const guarded = testClient({ allowPrivateNetworks: false });
  const before = server.connections();
  await rejectsWith(guarded.get(`${server.origin}/chain/0`), 'blocked_address');
  await rejectsWith(guarded.get(`http://[::1]:${new URL(server.origin).port}/`), 'blocked_address');
  assert.equal(server.connections(), before);
  guarded.close();
});

test('with private networks off, a host name resolving to loopback is refused at lookup, without a connection', async () => {
  const guarded = testClient({ allowPrivateNetworks: false });
  const before = server.connections();
  const err = await rejectsWith(guarded.get(`http://localhost:${new URL(server.origin).port}/chain/0`), 'blocked_address');
  assert.match(err.message, /localhost resolves to non-public address/);
  assert.equal(server.connections(), before);
  guarded.close();
});

test('allowPrivateNetworks true allows loopback', async () => {
  const open = testClient({ allowPrivateNetworks: true });
  assert.equal((await open.get(`${server.origin}/chain/0`)).status, 200);
  assert.equal((await open.get(`http://localhost:${new URL(server.origin).port}/chain/0`)).status, 200);
  open.close();
});
