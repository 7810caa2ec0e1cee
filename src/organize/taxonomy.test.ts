import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LOCALES } from '../../devtools/fixture-world/outlets.ts';
import { loadConfig } from '../config/load.ts';
import { problemsOf } from '../config/test-helpers.ts';
import { LEXICON } from './lexicon.ts';
import { categoryByLabel, categoryNode, FALLBACK_CATEGORY, iptcUri, isCategory, TAXONOMY } from './taxonomy.ts';

test('taxonomy: unique paths and IPTC codes, two levels, every parent present', () => {
  const paths = TAXONOMY.map((n) => n.path);
  assert.equal(new Set(paths).size, paths.length, 'paths are unique');
  const codes = TAXONOMY.flatMap((n) => (n.iptc ? [n.iptc] : []));
  assert.equal(new Set(codes).size, codes.length, 'IPTC codes are unique');
  for (const n of TAXONOMY) {
    assert.match(n.path, /^[A-Z][\w &-]*(\/[A-Z][\w &-]*)?$/, n.path);
    if (n.iptc !== null) assert.match(n.iptc, /^medtop:\d{8}$/, n.path);
    if (n.parent === null) {
      assert.equal(n.path, n.name);
      const children = TAXONOMY.filter((c) => c.parent === n.path).length;
      assert.ok(children >= 1 && children <= 8, `${n.path} has ${children} children`);
      assert.match(n.iptc ?? 'medtop:', /^medtop:(\d\d000000|2\d{7})?$/);
    } else {
      assert.equal(n.path, `${n.parent}/${n.name}`);
      assert.ok(categoryNode(n.parent), `${n.path}: parent exists`);
    }
  }
  const tops = TAXONOMY.filter((n) => n.parent === null);
  assert.ok(tops.length >= 10, `${tops.length} top-level categories`);
  assert.deepEqual(TAXONOMY.filter((n) => n.iptc === null).map((n) => n.path), [FALLBACK_CATEGORY], 'only the general "News" has no code');
  assert.equal(categoryNode('News/Politics')?.iptc, 'medtop:11000000');
  assert.equal(categoryNode('Sport/Football')?.iptc, 'medtop:20001065');
  assert.equal(iptcUri('medtop:11000000'), 'http://cv.iptc.org/newscodes/mediatopic/11000000');
});

test('every category the lexicon, the fixture world and the shipped configuration use is in the taxonomy', () => {
  for (const category of Object.keys(LEXICON)) assert.ok(isCategory(category), `lexicon: ${category}`);
  for (const [lang, locale] of Object.entries(LOCALES)) for (const s of locale.sections) assert.ok(isCategory(s.category), `${lang}: ${s.category}`);
  const shipped = loadConfig({ path: join(import.meta.dirname, '../../foreigndesk.config.yaml'), env: {} });
  const used = shipped.sources.flatMap((s) => Object.values(s.sections));
  assert.ok(used.length > 20);
  for (const category of used) assert.ok(isCategory(category), category);
});

test('a section mapped to a category the taxonomy lacks is a configuration error naming the value and where', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fd-categories-config-'));
  try {
    const file = join(dir, 'config.yaml');
    writeFileSync(
      file,
      'sources:\n  - id: el-pais\n    name: El País\n    homepage: https://elpais.com/\n    country: ES\n    feeds: [https://elpais.com/rss]\n    sections:\n      politica: News/Politics\n      deportes: Sports/Football\n',
    );
    const problems = problemsOf(() => loadConfig({ path: file, env: {} }));
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0]!, /config\.yaml:9:17: sources\[0\] \(id "el-pais"\)\.sections\.deportes: "Sports\/Football" is not a category of the taxonomy/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('English section labels name taxonomy nodes, whatever their case and accents', () => {
  const cases: [string, string | undefined][] = [
    ['Politics', 'News/Politics'],
    ['SPORT', 'Sport'],
    ['sports', 'Sport'],
    ['Soccer', 'Sport/Football'],
    ['World', 'News/World'],
    ['Business', 'Business'],
    ['Culture', 'Culture'],
    ['  climate change ', 'Environment/Climate'],
    ['Política', undefined],
    ['Wirtschaft', undefined],
  ];
  for (const [label, want] of cases) assert.equal(categoryByLabel(label), want, label);
});
