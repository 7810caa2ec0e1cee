import assert from 'node:assert/strict';
import type http from 'node:http';
import { test } from 'node:test';
import type { HttpClient } from './client.ts';
import { rejectsWith, startServer, testClient, type TestServer } from './test-server.ts';

const ROBOTS = `User-agent: *
Disallow: /

User-agent: ForeignDesk
Disallow: /private
Allow: /private/open
Disallow: /*.pdf$
Crawl-delay: 0.05

Sitemap: https://news.example/sitemap-news.xml
Sitemap: https://news.example/sitemap.xml
`;

/** Runs `body` against a fresh server (so per-host state starts clean) that logs each request's start and end. */
async function withServer(
  handler: (req: http.IncomingMessage, res: http.ServerResponse) => void,
  body: (server: TestServer, log: string[], client: (robots?: boolean) => HttpClient) => Promise<void>,
): Promise<void> {
  const log: string[] = [];
  const server = await startServer((req, res) => {
    log.push(`start ${req.url}`);
    res.on('close', () => log.push(`end ${req.url}`));
    handler(req, res);
  });
  const clients: HttpClient[] = [];
  const makeClient = (respectRobots = false) => {
    const c = testClient({ politeness: { perHostConcurrency: 1, perHostDelayMs: 20, respectRobots, maxBackoffMs: 3_600_000 } });
    clients.push(c);
    return c;
  };
  try {
    await body(server, log, makeClient);
  } finally {
    clients.forEach((c) => c.close());
    await server.close();
  }
}

const slowly = (_req: http.IncomingMessage, res: http.ServerResponse) => setTimeout(() => res.end('ok'), 15);

test('one request at a time per host, in the order asked', async () => {
  await withServer(slowly, async (server, log, client) => {
    const http = client();
    await Promise.all([1, 2, 3, 4].map((n) => http.get(`${server.origin}/page/${n}`)));
    assert.deepEqual(log, [1, 2, 3, 4].flatMap((n) => [`start /page/${n}`, `end /page/${n}`]));
  });
});

test('perHostConcurrency 2 allows two at once, never three', async () => {
  await withServer(slowly, async (server, log) => {
    const http = testClient({ politeness: { perHostConcurrency: 2, perHostDelayMs: 0, respectRobots: false, maxBackoffMs: 1000 } });
    await Promise.all([1, 2, 3, 4, 5, 6].map((n) => http.get(`${server.origin}/page/${n}`)));
    http.close();
    let inFlight = 0;
    let most = 0;
    for (const entry of log) {
      inFlight += entry.startsWith('start') ? 1 : -1;
      most = Math.max(most, inFlight);
    }
    assert.equal(most, 2);
  });
});

test('429 with Retry-After puts the host in backoff: later requests fail fast without reaching it', async () => {
  await withServer(
    (req, res) => (req.url === '/busy' ? res.writeHead(429, { 'retry-after': '120' }).end() : res.end('ok')),
    async (server, log, client) => {
      const http = client();
      const first = await rejectsWith(http.get(`${server.origin}/busy`), 'http_status');
      assert.equal(first.status, 429);
      assert.equal(first.retryAfterMs, 120_000);
      const second = await rejectsWith(http.get(`${server.origin}/other`), 'http_status');
      assert.equal(second.status, 429);
      assert.ok(second.retryAfterMs! > 100_000 && second.retryAfterMs! <= 120_000, `retryAfterMs ${second.retryAfterMs}`);
      assert.match(second.message, /backing off after HTTP 429/);
      assert.deepEqual(log.filter((l) => l.startsWith('start')), ['start /busy']);
      const status = http.hostStatus(new URL(server.origin).host);
      assert.equal(status.consecutiveBackoffs, 1);
      assert.ok(status.backoffUntil !== null);
    },
  );
});

test('503 without Retry-After backs off 30 s, capped by maxBackoffMs', async () => {
  await withServer(
    (_req, res) => res.writeHead(503).end(),
    async (server) => {
      const http = testClient({ politeness: { perHostConcurrency: 1, perHostDelayMs: 0, respectRobots: false, maxBackoffMs: 10_000 } });
      const err = await rejectsWith(http.get(`${server.origin}/x`), 'http_status');
      assert.deepEqual([err.status, err.retryAfterMs], [503, 10_000]);
      http.close();
    },
  );
});

const robotsHandler = (req: http.IncomingMessage, res: http.ServerResponse) =>
  req.url === '/robots.txt' ? res.writeHead(200, { 'content-type': 'text/plain' }).end(ROBOTS) : res.end('ok');

test('robots.txt: our group is used, Disallow / Allow / wildcards honoured, fetched once', async () => {
  await withServer(robotsHandler, async (server, log, client) => {
    const http = client(true);
    const cases: [string, boolean][] = [
      ['/news/1', true],
      ['/private/secret', false],
      ['/private/open/page', true],
      ['/files/report.pdf', false],
      ['/files/report.pdf?download=1', true],
    ];
    for (const [path, allowed] of cases) {
      const got = http.get(`${server.origin}${path}`);
      if (allowed) assert.equal((await got).status, 200, path);
      else assert.match((await rejectsWith(got, 'robots_disallowed')).message, /disallowed by robots\.txt/, path);
    }
    assert.equal(log.filter((l) => l === 'start /robots.txt').length, 1);
    assert.equal(log.filter((l) => l.startsWith('start /private/secret')).length, 0);
  });
});

test('robots.txt Crawl-delay raises the per-host delay; Sitemap lines are exposed', async () => {
  await withServer(robotsHandler, async (server, _log, client) => {
    const http = client(true);
    await http.get(`${server.origin}/news/1`);
    assert.equal(http.hostStatus(new URL(server.origin).host).delayMs, 50);
    assert.deepEqual(await http.sitemapsOf(server.origin), ['https://news.example/sitemap-news.xml', 'https://news.example/sitemap.xml']);
  });
});

test('a redirect into a disallowed path is refused', async () => {
  await withServer(
    (req, res) => (req.url === '/moved' ? res.writeHead(301, { location: '/private/x' }).end() : robotsHandler(req, res)),
    async (server, _log, client) => {
      await rejectsWith(client(true).get(`${server.origin}/moved`), 'robots_disallowed');
    },
  );
});

const robotsStatuses: [number, boolean][] = [
  [404, true],
  [410, true],
  [401, true],
  [500, false],
  [503, false],
  [429, false],
];
for (const [status, allowed] of robotsStatuses) {
  test(`robots.txt answering ${status} ${allowed ? 'allows everything' : 'disallows everything for a while'}`, async () => {
    await withServer(
      (req, res) => (req.url === '/robots.txt' ? res.writeHead(status).end() : res.end('ok')),
      async (server, log, client) => {
        const got = client(true).get(`${server.origin}/news/1`);
        if (allowed) assert.equal((await got).status, 200);
        else assert.match((await rejectsWith(got, 'robots_disallowed')).message, new RegExp(`robots.txt unavailable \\(HTTP ${status}\\)`));
        assert.equal(log.some((l) => l === 'start /news/1'), allowed);
      },
    );
  });
}

test('respectRobots false never asks for robots.txt', async () => {
  await withServer(robotsHandler, async (server, log, client) => {
    assert.equal((await client(false).get(`${server.origin}/private/secret`)).status, 200);
    assert.deepEqual(log, ['start /private/secret', 'end /private/secret']);
  });
});
