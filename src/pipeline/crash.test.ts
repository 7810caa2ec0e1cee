import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { startFixtureWorld } from '../../devtools/fixture-world/world.ts';

const cli = join(import.meta.dirname, '..', 'cli', 'main.ts');

function runIngest(configFile: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', cli, '-c', configFile, 'ingest', '--once'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LOG_LEVEL: 'silent' } });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited };
}

function extractedCount(file: string): number {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare("select count(*) n from articles where state = 'extracted'").get() as { n: number }).n;
    } finally {
      db.close();
    }
  } catch {
    return 0;
  }
}

test('killing ingest at any moment and starting again loses nothing and duplicates nothing', { timeout: 120_000 }, async () => {
  const world = await startFixtureWorld({ languages: ['spa', 'fra', 'ita'], articlesPerSource: 12, crawlDelay: 0 });
  const dir = mkdtempSync(join(tmpdir(), 'fd-crash-'));
  try {
    const configFile = join(dir, 'config.yaml');
    writeFileSync(configFile, world.configYaml({ dataDir: dir, fetch: { perHostDelay: '40ms' }, ingest: { maxArticleAge: '3650d' } }));
    const dbFile = join(dir, 'foreigndesk.sqlite');

    const first = runIngest(configFile);
    while (extractedCount(dbFile) < 5) await sleep(20);
    first.child.kill('SIGKILL');
    await first.exited;
    const atKill = extractedCount(dbFile);
    assert.ok(atKill < world.articles().length, `the kill came mid-run (${atKill} stored)`);

    const second = runIngest(configFile);
    assert.equal(await second.exited, 0);

    const db = new Database(dbFile, { readonly: true });
    try {
      const all = db.prepare('select url, state, revision, error from articles').all() as { url: string; state: string; revision: number; error: string | null }[];
      const disallowed = all.filter((r) => r.url.includes('/private/'));
      assert.ok(disallowed.every((r) => r.state === 'failed' && /robots/.test(r.error ?? '')), 'robots.txt-disallowed links are recorded, not fetched');
      const rows = all.filter((r) => !disallowed.includes(r));
      const expected = world.articles().map((a) => a.url).sort();
      assert.deepEqual(rows.map((r) => r.url).sort(), expected, 'every article exactly once');
      assert.ok(rows.every((r) => r.state === 'extracted' && r.revision === 1), JSON.stringify(rows.filter((r) => r.state !== 'extracted' || r.revision !== 1)));
      const revisions = (db.prepare('select count(*) n from article_revisions').get() as { n: number }).n;
      assert.equal(revisions, expected.length, 'one revision row per article');
    } finally {
      db.close();
    }
  } finally {
    await world.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
