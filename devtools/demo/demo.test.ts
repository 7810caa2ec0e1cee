import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { startDemo } from './demo.ts';

const skip = existsSync('/usr/share/apertium/modes/spa-eng.mode') ? false : 'the demo translates with Apertium (npm run setup installs it; CI does)';

test('the offline demo takes in, translates and publishes the local world, and serves a populated home page', { skip }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'fd-demo-'));
  const demo = await startDemo({ port: 0, host: '127.0.0.1', dataDir: dir, languages: ['spa', 'por', 'eng'], articlesPerSource: 2, log: pino({ level: 'silent' }) });
  try {
    const { published } = await demo.firstPass;
    assert.ok(published >= 4, `${published} published`);
    const home = await (await fetch(`${demo.url}/`)).text();
    const links = home.match(/href="\/20\d\d\/\d\d\/\d\d\/[^"]+"/g) ?? [];
    assert.ok(links.length >= 4, home.slice(0, 500));
    const article = await fetch(`${demo.url}${links[0]!.slice(6, -1)}`);
    assert.equal(article.status, 200);
    assert.match(await article.text(), /Source: /);
  } finally {
    await demo.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
