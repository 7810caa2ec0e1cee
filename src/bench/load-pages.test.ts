import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { loadPages } from './load-pages.ts';

const dirs: string[] = [];
after(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function dataset(truth: string, pages: Record<string, Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'load-pages-'));
  dirs.push(dir);
  mkdirSync(join(dir, 'html'));
  writeFileSync(join(dir, 'ground-truth.json'), truth);
  for (const [id, bytes] of Object.entries(pages)) writeFileSync(join(dir, 'html', `${id}.html.gz`), gzipSync(bytes));
  return dir;
}

/** "Café – déjà vu" in windows-1252, declared by the page's meta tag: the bytes a legacy page sends. */
const LEGACY = Buffer.concat([
  Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>Caf'),
  Buffer.from([0xe9, 0x20, 0x96, 0x20, 0x64, 0xe9, 0x6a, 0xe0]),
  Buffer.from(' vu</p></body></html>'),
]);

test('pages come sorted by id, decoded by their declared charset, with their truth and URL', () => {
  const truth = {
    b: { url: 'https://diario.example/b', articleBody: 'Café – déjà vu' },
    a: { title: 'Título', with: ['uno'], without: ['dos'] },
  };
  const dir = dataset(JSON.stringify(truth), { a: Buffer.from('<p>uno</p>'), b: LEGACY });
  const pages = loadPages(dir);
  assert.deepEqual(pages.map((p) => p.id), ['a', 'b']);
  assert.equal(pages[0]?.url, 'https://example.invalid/a');
  assert.deepEqual(pages[0]?.truth, truth.a);
  assert.equal(pages[1]?.url, 'https://diario.example/b');
  assert.match(pages[1]?.html ?? '', /Café – déjà vu/);
});

test('--limit takes the first N ids', () => {
  const dir = dataset(JSON.stringify({ c: {}, a: {}, b: {} }), { a: Buffer.from('a'), b: Buffer.from('b'), c: Buffer.from('c') });
  assert.deepEqual(loadPages(dir, 2).map((p) => p.id), ['a', 'b']);
});

const failures: [string, () => string, RegExp][] = [
  ['a page listed but missing names the file and the truth', () => dataset(JSON.stringify({ gone: {} }), {}), /html\/gone\.html\.gz: listed in .*ground-truth\.json but missing/],
  ['unreadable ground truth names the file', () => dataset('{ not json', {}), /ground-truth\.json: cannot read ground truth/],
];

for (const [name, make, message] of failures) {
  test(name, () => {
    const dir = make();
    assert.throws(() => loadPages(dir), message);
  });
}
