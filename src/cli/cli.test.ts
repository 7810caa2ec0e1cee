import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { startFixtureWorld, type FixtureWorld } from '../../devtools/fixture-world/world.ts';

const run = promisify(execFile);
const main = join(import.meta.dirname, 'main.ts');
let world: FixtureWorld;
let dir: string;
let configFile: string;

async function foreigndesk(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', main, ...args], { env: { ...process.env, LOG_LEVEL: 'silent' } });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

before(async () => {
  world = await startFixtureWorld({ languages: ['spa', 'deu'], articlesPerSource: 3, crawlDelay: 0 });
  dir = mkdtempSync(join(tmpdir(), 'fd-cli-'));
  configFile = join(dir, 'config.yaml');
  writeFileSync(configFile, world.configYaml({ dataDir: dir, fetch: { perHostDelay: '1ms' }, ingest: { maxArticleAge: '3650d' } }));
});

after(async () => {
  await world.close();
  rmSync(dir, { recursive: true, force: true });
});

test('invalid configuration stops at start naming the file, the key and the problem', async () => {
  const bad = join(dir, 'bad.yaml');
  writeFileSync(bad, 'sources:\n  - id: el-pais\n    name: El País\n    homepage: ftp://elpais.com\n    country: ES\n    feeds: [https://elpais.com/rss]\n');
  const r = await foreigndesk('-c', bad, 'sources', 'list');
  assert.equal(r.code, 2);
  assert.match(r.stderr, /bad\.yaml/);
  assert.match(r.stderr, /sources\[0\].*homepage/);
  assert.match(r.stderr, /http\(s\)/);
});

test('ingest --once prints a closing table per source; sources list shows their health', async () => {
  const r = await foreigndesk('-c', configFile, 'ingest', '--once');
  assert.equal(r.code, 0, r.stderr);
  for (const s of world.sourceConfigs()) assert.match(r.stdout, new RegExp(`^${s.id}\\s+3\\s+0\\s+0\\s+0`, 'm'), r.stdout);
  const list = await foreigndesk('-c', configFile, 'sources', 'list');
  assert.equal(list.code, 0, list.stderr);
  for (const s of world.sourceConfigs()) assert.match(list.stdout, new RegExp(`^${s.id}\\s+${s.name}`, 'm'));
});

test('sources test shows what a page would give, without storing it', async () => {
  const article = world.articles()[0]!;
  const r = await foreigndesk('-c', configFile, 'sources', 'test', article.url);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(r.stdout.replace(/\s+/g, ' ').includes(article.title.replace(/\s+/g, ' ')), r.stdout);
  assert.match(r.stdout, /\[paragraph\]/);
  const unknown = await foreigndesk('-c', configFile, 'sources', 'test', 'no-such-source');
  assert.equal(unknown.code, 1);
  assert.match(unknown.stderr, /neither a configured source id nor an http\(s\) URL/);
});

test('sources add finds the feeds of a homepage and proposes an entry', async () => {
  const source = world.sourceConfigs()[0]!;
  const r = await foreigndesk('-c', configFile, 'sources', 'add', source.homepage);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, new RegExp(`name: ${source.name}`));
  assert.ok(source.feeds.some((f) => r.stdout.includes(f)) || source.sitemaps.some((f) => r.stdout.includes(f)), r.stdout);
});
