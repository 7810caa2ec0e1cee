import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scoreBodyCorpus, scoreBodyPage, tokens } from './body.ts';

test('tokens are runs of letters, digits and _, in any script, case kept', () => {
  assert.deepEqual(tokens('«Свиньи игривы», — said Wu_2 at 4:40; 東京 ok'), ['Свиньи', 'игривы', 'said', 'Wu_2', 'at', '4', '40', '東京', 'ok']);
});

/** [name, truth, prediction, tp, fp, fn, precision, recall, exact] — tp/fp/fn normalised by their sum. */
const pages: [string, string, string, number, number, number, number | null, number | null, boolean][] = [
  ['identical text', 'a b c d e', 'a b c d e', 1, 0, 0, 1, 1, true],
  ['punctuation and spacing do not count', 'a, b. c d', 'a b\nc  d', 1, 0, 0, 1, 1, true],
  ['one wrong last word: one shingle each way', 'a b c d e', 'a b c d x', 1 / 3, 1 / 3, 1 / 3, 0.5, 0.5, false],
  ['extra text costs precision only', 'a b c d', 'a b c d e', 1 / 2, 1 / 2, 0, 0.5, 1, false],
  ['missing text costs recall only', 'a b c d e', 'a b c d', 1 / 2, 0, 1 / 2, 1, 0.5, false],
  ['a short text is one shingle', 'a b', 'a b', 1, 0, 0, 1, 1, true],
  ['repeated shingles are counted as a multiset', 'a b c d', 'a b c d a b c d', 1 / 5, 4 / 5, 0, 0.2, 1, false],
  ['an empty prediction has no precision', 'a b c d', '', 0, 0, 1, null, 0, false],
  ['nothing to find and nothing found', '', '', 0, 0, 0, null, null, true],
];

for (const [name, truth, pred, tp, fp, fn, precision, recall, exact] of pages) {
  test(`scoreBodyPage: ${name}`, () => {
    const s = scoreBodyPage(truth, pred);
    assert.ok(Math.abs(s.tp - tp) < 1e-9 && Math.abs(s.fp - fp) < 1e-9 && Math.abs(s.fn - fn) < 1e-9, JSON.stringify(s));
    assert.equal(s.precision === null ? null : Number(s.precision.toFixed(9)), precision);
    assert.equal(s.recall === null ? null : Number(s.recall.toFixed(9)), recall);
    assert.equal(s.exact, exact);
  });
}

test('scoreBodyCorpus: means over the pages that have each measure, F1 of the means', () => {
  const corpus = scoreBodyCorpus([
    scoreBodyPage('a b c d e', 'a b c d e'),
    scoreBodyPage('a b c d e', 'a b c d x'),
    scoreBodyPage('a b c d', ''),
  ]);
  assert.equal(corpus.pages, 3);
  assert.equal(corpus.precision, (1 + 0.5) / 2);
  assert.equal(corpus.recall, (1 + 0.5 + 0) / 3);
  assert.ok(Math.abs(corpus.f1 - (2 * 0.75 * 0.5) / 1.25) < 1e-12);
  assert.equal(corpus.accuracy, 1 / 3);
});
