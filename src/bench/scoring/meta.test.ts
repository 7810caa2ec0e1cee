import { test } from 'node:test';
import assert from 'node:assert/strict';
import { authorsF1, collapse, dateDay, dateMatch, SnippetScore, titleMatch } from './meta.ts';

test('collapse turns every run of Unicode whitespace, no-break space included, into one space', () => {
  const cases: [string, string][] = [
    ['  a \t\n b  ', 'a b'],
    ['Die\u00a0Zeit\u2009heute', 'Die Zeit heute'],
    ['x\u3000\u3000y', 'x y'],
    ['', ''],
  ];
  for (const [input, want] of cases) assert.equal(collapse(input), want, JSON.stringify(input));
});

test('titleMatch is exact and case-sensitive after collapse', () => {
  const cases: [string | null, string, boolean][] = [
    ['Bohren,  bis es heiß wird', 'Bohren, bis es heiß wird', true],
    ['bohren, bis es heiß wird', 'Bohren, bis es heiß wird', false],
    ['Bohren, bis es heiß wird - ZEIT ONLINE', 'Bohren, bis es heiß wird', false],
    [null, 'Bohren', false],
  ];
  for (const [pred, gold, want] of cases) assert.equal(titleMatch(pred, gold), want, String(pred));
});

test('dateDay reads the leading ISO day as written, with no time-zone conversion', () => {
  const cases: [string | null, string | null][] = [
    ['2022-11-06T23:00:00Z', '2022-11-06'],
    ['2022-11-06T23:30:00-05:00', '2022-11-06'],
    ['2021-03-26', '2021-03-26'],
    ['26.03.2021', null],
    ['2021-13-01', null],
    [null, null],
  ];
  for (const [pred, want] of cases) assert.equal(dateDay(pred), want, String(pred));
  assert.equal(dateMatch('2022-11-07T00:30:00+01:00', '2022-11-07'), true);
  assert.equal(dateMatch('2022-11-06T23:30:00Z', '2022-11-07'), false);
  assert.equal(dateMatch(null, '2022-11-07'), false);
});

test('authorsF1 compares token sets without connector words', () => {
  const cases: [string[] | string | null, string[], number][] = [
    [['Heike Buchter'], ['Heike Buchter'], 1],
    ['Von Heike Buchter', ['Heike Buchter'], 1],
    [['Daniel Braun', 'Davor Pasoski'], ['Daniel Braun, Davor Pasoski'], 1],
    // P = {heike, buchter, zeit, online}, G = {heike, buchter}: 2·2 / (4 + 2)
    [['Heike Buchter', 'ZEIT ONLINE'], ['Heike Buchter'], 4 / 6],
    // "und" is a connector: P = {anna, müller, max}, G = {anna, müller}
    [['Anna Müller und Max'], ['ANNA MÜLLER'], 4 / 5],
    // NFC: a decomposed ü equals the composed one
    [['Mu\u0308ller'], ['Müller'], 1],
    [[], ['Heike Buchter'], 0],
    [null, ['Heike Buchter'], 0],
    [['dpa/lno'], ['dpa/lno'], 1],
  ];
  for (const [pred, gold, want] of cases) {
    assert.ok(Math.abs(authorsF1(pred, gold) - want) < 1e-12, `${JSON.stringify(pred)}: ${authorsF1(pred, gold)} != ${want}`);
  }
});

test('SnippetScore sums found and wrongly kept snippets over pages', () => {
  const score = new SnippetScore();
  score.add('Erster  Absatz.\nZweiter Absatz. Teilen auf Twitter', ['Erster Absatz.', 'Zweiter Absatz', 'fehlt'], ['auf Twitter', 'Impressum']);
  score.add(null, ['irgendwas'], ['Impressum']);
  score.add('Body\u00a0text', ['Body text'], ['Cookies']);
  const t = score.totals();
  assert.equal(t.found, 3);
  assert.equal(t.keptWithout, 1);
  assert.equal(t.totalWith, 5);
  assert.equal(t.precision, 3 / 4);
  assert.equal(t.recall, 3 / 5);
  assert.ok(Math.abs(t.f1 - (2 * 0.75 * 0.6) / 1.35) < 1e-12);
  assert.deepEqual(new SnippetScore().totals(), { found: 0, keptWithout: 0, totalWith: 0, precision: 0, recall: 0, f1: 0 });
});
