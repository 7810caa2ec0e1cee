import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type http from 'node:http';
import { after, before, test } from 'node:test';
import zlib from 'node:zlib';
import { rejectsWith, startServer, testClient, type TestServer } from './test-server.ts';
import type { FetchErrorCode } from './types.ts';

const TEXT = 'Él dijo: «¿Qué pasa?» — 東京 '.repeat(2000);
const COMPRESS: Record<string, (b: Buffer) => Buffer> = {
  gzip: (b) => zlib.gzipSync(b),
  deflate: (b) => zlib.deflateSync(b),
  'deflate-raw': (b) => zlib.deflateRawSync(b),
  br: (b) => zlib.brotliCompressSync(b),
  identity: (b) => b,
};

/** 64 MB of zeros gzipped to ~65 KB: under the 1 MB wire cap, 64 times over it once inflated. */
async function gzipBomb(): Promise<Buffer> {
  const gzip = zlib.createGzip({ level: 9 });
  const out: Buffer[] = [];
  gzip.on('data', (c: Buffer) => out.push(c));
  const zeros = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < 64; i++) if (!gzip.write(zeros)) await new Promise((r) => gzip.once('drain', r));
  await new Promise((r) => gzip.end(r));
  return Buffer.concat(out);
}

let bomb: Buffer;
let server: TestServer;
const client = testClient();
// Only the cases about timeouts wait for one; the others get room for a loaded machine.
const impatient = testClient({ limits: { connectTimeoutMs: 300, timeoutMs: 400, maxBodyBytes: 1024 * 1024, maxRedirects: 5 } });

let endlessErrorClosed: Promise<void>;

function endless(res: http.ServerResponse, chunk: Buffer, everyMs: number, status = 200): void {
  res.writeHead(status, { 'content-type': 'text/html' });
  const timer = setInterval(() => {
    if (res.destroyed) return clearInterval(timer);
    res.write(chunk);
  }, everyMs);
  res.on('close', () => clearInterval(timer));
}

const routes: Record<string, http.RequestListener> = {
  '/cond': (req, res) => {
    const validators = { etag: '"v1"', 'last-modified': 'Tue, 03 Mar 2026 10:00:00 GMT' };
    if (req.headers['if-none-match'] === '"v1"' || req.headers['if-modified-since'] === validators['last-modified']) {
      res.writeHead(304, validators).end();
    } else res.writeHead(200, { ...validators, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'public, max-age=300' }).end('<p>v1</p>');
  },
  '/echo-ua': (req, res) => res.end(`${req.headers['user-agent']}|${req.headers['accept-encoding']}`),
  '/bomb': (_req, res) => res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'text/html' }).end(bomb),
  '/corrupt-gzip': (_req, res) => res.writeHead(200, { 'content-encoding': 'gzip' }).end(zlib.gzipSync(randomBytes(10_000)).subarray(0, 5000)),
  '/declared-huge': (_req, res) => {
    res.writeHead(200, { 'content-length': String(50 * 1024 * 1024) });
    res.write('x');
  },
  '/endless': (_req, res) => endless(res, Buffer.alloc(64 * 1024, 'a'), 1),
  '/drip': (_req, res) => endless(res, Buffer.from('a'), 50),
  '/endless-404': (_req, res) => {
    endlessErrorClosed = new Promise((resolve) => res.on('close', resolve));
    endless(res, Buffer.alloc(64 * 1024, 'a'), 1, 404);
  },
  '/silent': () => {},
  '/not-found': (_req, res) => res.writeHead(404).end('gone'),
  '/expires': (_req, res) =>
    res.writeHead(200, { date: 'Tue, 03 Mar 2026 10:00:00 GMT', expires: 'Tue, 03 Mar 2026 10:10:00 GMT' }).end('ok'),
};

before(async () => {
  bomb = await gzipBomb();
  server = await startServer((req, res) => {
    const url = new URL(req.url!, 'http://x');
    const coding = /^\/enc\/(.+)$/.exec(url.pathname)?.[1];
    if (coding && COMPRESS[coding]) {
      const header = coding === 'deflate-raw' ? 'deflate' : coding;
      return res.writeHead(200, { 'content-encoding': header, 'content-type': 'text/plain; charset=utf-8' }).end(COMPRESS[coding](Buffer.from(TEXT)));
    }
    (routes[url.pathname] ?? routes['/not-found']!)(req, res);
  });
});
after(async () => {
  client.close();
  impatient.close();
  await server.close();
});

test('sends our User-Agent and accepts gzip, deflate and br', async () => {
  const res = await client.get(`${server.origin}/echo-ua`);
  assert.equal(res.body.toString(), 'ForeignDesk/0.1 (+https://example.org/bot)|gzip, deflate, br');
});

test('conditional GET: validators come back, and sending them yields 304 notModified', async () => {
  const first = await client.get(`${server.origin}/cond`);
  assert.deepEqual(
    [first.status, first.notModified, first.body.toString(), first.contentType, first.etag, first.maxAgeSeconds],
    [200, false, '<p>v1</p>', 'text/html', '"v1"', 300],
  );
  const byEtag = await client.get(`${server.origin}/cond`, { etag: first.etag });
  assert.deepEqual([byEtag.status, byEtag.notModified, byEtag.body.length, byEtag.etag], [304, true, 0, '"v1"']);
  const byDate = await client.get(`${server.origin}/cond`, { lastModified: first.lastModified });
  assert.deepEqual([byDate.status, byDate.notModified, byDate.lastModified], [304, true, 'Tue, 03 Mar 2026 10:00:00 GMT']);
});

for (const coding of Object.keys(COMPRESS)) {
  test(`decompresses Content-Encoding ${coding}`, async () => {
    const res = await client.get(`${server.origin}/enc/${coding}`);
    assert.equal(res.body.toString('utf8'), TEXT);
  });
}

test('Expires against Date gives maxAgeSeconds', async () => {
  assert.equal((await client.get(`${server.origin}/expires`)).maxAgeSeconds, 600);
});

const failures: [string, string, FetchErrorCode, RegExp][] = [
  ['a gzip bomb stops at the cap after decompression', '/bomb', 'too_large', /decompressed body exceeds the 1048576-byte cap/],
  ['an endless body stops at the cap on the wire', '/endless', 'too_large', /body on the wire exceeds/],
  ['a Content-Length above the cap fails before reading', '/declared-huge', 'too_large', /Content-Length 52428800/],
  ['a slow drip hits the total timeout', '/drip', 'timeout', /no response within 400 ms/],
  ['a server that never answers hits the total timeout', '/silent', 'timeout', /no response within 400 ms/],
  ['a corrupt gzip body', '/corrupt-gzip', 'decompression', /corrupt gzip body/],
  ['a 404', '/not-found', 'http_status', /HTTP 404/],
];
for (const [name, path, code, message] of failures) {
  test(name, async () => {
    const err = await rejectsWith((code === 'timeout' ? impatient : client).get(`${server.origin}${path}`), code);
    assert.match(err.message, message);
    assert.equal(err.url, `${server.origin}${path}`);
  });
}

test('the gzip bomb passes the wire cap, so only the decompressed cap can stop it', () => {
  assert.ok(bomb.length < 1024 * 1024, `bomb is ${bomb.length} bytes`);
});

test('an endless error body is cut off, not drained forever', { timeout: 5000 }, async () => {
  await rejectsWith(client.get(`${server.origin}/endless-404`), 'http_status');
  await endlessErrorClosed;
});

test('a failed request leaves the client usable', async () => {
  await rejectsWith(client.get(`${server.origin}/endless`), 'too_large');
  assert.equal((await client.get(`${server.origin}/cond`)).status, 200);
});

const badUrls: [string, RegExp][] = [
  ['not a url', /not a valid URL/],
  ['ftp://example.org/file', /only http and https are fetched, not ftp:/],
  ['file:///etc/passwd', /only http and https/],
];
for (const [url, message] of badUrls) {
  test(`refuses ${url}`, async () => assert.match((await rejectsWith(client.get(url), 'invalid_url')).message, message));
}

test('an aborted signal fails the request', async () => {
  await rejectsWith(client.get(`${server.origin}/silent`, { signal: AbortSignal.abort() }), 'network');
});
