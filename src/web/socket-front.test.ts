import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, request, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import type { CacheFront, FrontAnswer } from './cache-front.ts';
import { installSocketFront } from './socket-front.ts';

const BODY = Buffer.from('<!doctype html><p>cached page</p>');

/**
 * A server whose front answers `/cached…` targets with a fixed page and whose Node handler answers everything
 * else, saying so in a header: which of the two answered each request is what these tests look at.
 */
async function withServer(run: (port: number, server: Server, seen: string[]) => Promise<void>, keepAliveMs = 5000): Promise<void> {
  const seen: string[] = [];
  const answer: FrontAnswer = { status: 200, headers: ['content-type', 'text/html; charset=utf-8', 'content-length', String(BODY.length)], body: BODY };
  const front: CacheFront = (url, headers) => {
    seen.push(`${url} ${headers['accept-encoding'] ?? '-'}`);
    if (url === '/cached/broken') throw new Error('a bug in the front');
    return url.startsWith('/cached') ? answer : null;
  };
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      res.setHeader('x-answered-by', 'node');
      res.end(`${req.method} ${req.url} ${body}`);
    });
  });
  server.keepAliveTimeout = keepAliveMs;
  installSocketFront(server, { front: () => front, keepAliveMs: server.keepAliveTimeout, maxHeadBytes: 16 * 1024 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    await run((server.address() as AddressInfo).port, server, seen);
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

interface Reply {
  status: number;
  byNode: boolean;
  head: string;
  body: string;
}

/** Writes each chunk (with a pause between them) and reads `count` answers off the one connection. */
async function exchange(port: number, chunks: string[], count: number, o: { keepOpen?: (s: Socket) => void } = {}): Promise<Reply[]> {
  const socket = connect(port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  let received = Buffer.alloc(0);
  const replies: Reply[] = [];
  const done = new Promise<void>((resolve, reject) => {
    socket.on('error', reject);
    socket.on('close', () => resolve());
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      for (;;) {
        const end = received.indexOf('\r\n\r\n');
        if (end === -1) return;
        const head = received.toString('latin1', 0, end);
        const length = Number(/content-length: *(\d+)/i.exec(head)?.[1] ?? 0);
        if (received.length < end + 4 + length) return;
        replies.push({
          status: Number(head.split(' ')[1]),
          byNode: /x-answered-by: node/i.test(head),
          head,
          body: received.toString('utf8', end + 4, end + 4 + length),
        });
        received = received.subarray(end + 4 + length);
        if (replies.length === count) return o.keepOpen ? resolve() : void socket.end();
      }
    });
  });
  for (const [i, chunk] of chunks.entries()) {
    if (i > 0) await new Promise((r) => setTimeout(r, 30));
    socket.write(chunk);
  }
  await done;
  o.keepOpen?.(socket);
  return replies;
}

const get = (target: string, ...fields: string[]) => [`GET ${target} HTTP/1.1`, 'Host: 127.0.0.1', ...fields, '', ''].join('\r\n');

test('hits are answered on the socket as valid HTTP that a client reads, with Date and keep-alive, and the cache sees the headers sent', async () => {
  await withServer(async (port, _server, seen) => {
    const res = await new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
      const req = request({ port, host: '127.0.0.1', path: '/cached/a', headers: { 'accept-encoding': 'br' } }, (r) => {
        let body = '';
        r.on('data', (c: Buffer) => (body += c.toString()));
        r.on('end', () => resolve({ status: r.statusCode ?? 0, headers: r.headers, body }));
      });
      req.on('error', reject);
      req.end();
    });
    assert.equal(res.status, 200);
    assert.equal(res.body, BODY.toString());
    assert.equal(res.headers['x-answered-by'], undefined);
    assert.equal(res.headers['content-type'], 'text/html; charset=utf-8');
    assert.ok(!Number.isNaN(Date.parse(String(res.headers.date))));
    assert.equal(res.headers.connection, 'keep-alive');
    assert.equal(res.headers['keep-alive'], 'timeout=5');
    assert.deepEqual(seen, ['/cached/a br']);
  });
});

test('pipelined requests are answered in order, the first one the front cannot answer hands the connection to Node, which answers the rest', async () => {
  await withServer(async (port) => {
    const replies = await exchange(port, [get('/cached/1') + get('/cached/2') + get('/other') + get('/cached/3') + 'POST /form HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello'], 5);
    assert.deepEqual(
      replies.map((r) => [r.status, r.byNode, r.body]),
      [
        [200, false, BODY.toString()],
        [200, false, BODY.toString()],
        [200, true, 'GET /other '],
        [200, true, 'GET /cached/3 '],
        [200, true, 'POST /form hello'],
      ],
    );
  });
});

test('a keep-alive connection stays on the socket lane across requests sent one after another', async () => {
  await withServer(async (port, _server, seen) => {
    const replies = await exchange(port, [get('/cached/1'), get('/cached/2', 'Connection: keep-alive'), get('/cached/3')], 3);
    assert.deepEqual(replies.map((r) => r.byNode), [false, false, false]);
    assert.equal(seen.length, 3);
  });
});

test('a head split over two reads, a malformed head, an oversized head, HTTP/1.0, Connection: close and a front that throws all get Node\'s own answers', async () => {
  await withServer(async (port) => {
    const split = get('/cached/split');
    const [whole] = await exchange(port, [split.slice(0, 20), split.slice(20)], 1);
    assert.equal(whole!.byNode, true);
    assert.equal(whole!.body, 'GET /cached/split ');

    const [malformed] = await exchange(port, ['GET /cached/x HTTP/1.1\r\nHost: a\r\nBroken header\r\n\r\n'], 1);
    assert.equal(malformed!.status, 400);

    const [smuggled] = await exchange(port, ['GET /cached/x HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n'], 1);
    assert.equal(smuggled!.status, 400);

    const [oversized] = await exchange(port, [get('/cached/big', `X-Big: ${'a'.repeat(20_000)}`)], 1);
    assert.equal(oversized!.status, 431);

    const [old] = await exchange(port, ['GET /cached/old HTTP/1.0\r\nHost: a\r\n\r\n'], 1);
    assert.equal(old!.byNode, true);

    const [broken] = await exchange(port, [get('/cached/broken')], 1);
    assert.equal(broken!.byNode, true);

    const [closing] = await exchange(port, [get('/cached/c', 'Connection: close')], 1);
    assert.equal(closing!.byNode, true);
    assert.match(closing!.head, /connection: close/i);
  });
});

// With a keep-alive of ten minutes, a close that waited for it would run into the test's timeout.
test('closing the server closes the idle connections held on the socket lane instead of waiting out their keep-alive', { timeout: 30_000 }, async () => {
  let socket: Socket | undefined;
  await withServer(async (port, server) => {
    await exchange(port, [get('/cached/1')], 1, { keepOpen: (s) => (socket = s) });
    const closed = new Promise<void>((resolve) => socket!.once('close', () => resolve()));
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
    });
    await closed;
  }, 600_000);
  assert.ok(socket?.destroyed);
});
