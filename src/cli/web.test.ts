import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { configSchema } from '../config/schema.ts';
import { openStore } from '../store/index.ts';
import { listenWeb } from './web.ts';

test('foreigndesk web listens over real HTTP: health, an empty home page, the stylesheet; a taken port is a clear error', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'fd-web-cli-'));
  const config = configSchema.parse({ dataDir: dir });
  const store = await openStore({ dataDir: dir });
  const log = pino({ level: 'silent' });
  const app = await listenWeb(store, config, { host: '127.0.0.1', port: 0, log });
  try {
    const { port } = app.server.address() as AddressInfo;
    const base = `http://127.0.0.1:${port}`;
    const health = await fetch(`${base}/healthz`);
    assert.deepEqual([health.status, await health.json()], [200, { ok: true }]);
    const home = await fetch(`${base}/`);
    assert.equal(home.status, 200);
    assert.match(home.headers.get('content-type')!, /^text\/html; charset=utf-8/);
    assert.match(await home.text(), /No articles have been published yet\./);
    const css = await fetch(`${base}/assets/site.css`);
    assert.match(css.headers.get('content-type')!, /^text\/css/);
    assert.match(await css.text(), /prefers-color-scheme: dark/);
    await assert.rejects(listenWeb(store, config, { host: '127.0.0.1', port, log }), new RegExp(`web: cannot listen on 127\\.0\\.0\\.1:${port}: .*EADDRINUSE`));
  } finally {
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('readers are not logged: no request lines, no addresses, even at the most verbose level', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'fd-web-log-'));
  const config = configSchema.parse({ dataDir: dir });
  const store = await openStore({ dataDir: dir });
  const lines: string[] = [];
  const log = pino({ level: 'trace' }, { write: (line: string) => void lines.push(line) });
  const app = await listenWeb(store, config, { host: '127.0.0.1', port: 0, log });
  try {
    const { port } = app.server.address() as AddressInfo;
    for (const path of ['/', '/healthz', '/no-such-page']) await (await fetch(`http://127.0.0.1:${port}${path}`)).text();
    const joined = lines.join('');
    assert.ok(lines.length > 0, 'the logger is in use (start-up is logged)');
    assert.doesNotMatch(joined, /incoming request|request completed|remoteAddress|remotePort|"url":"\/no-such-page"/);
  } finally {
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
