import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { corpusChrf } from './chrf.ts';

const lines = (url: URL): string[] => readFileSync(url, 'utf8').replace(/\n$/, '').split('\n');

test('corpus chrF on hand-computed cases', () => {
  const cases: { hyp: string[]; ref: string[]; score: number }[] = [
    { hyp: ['ab'], ref: ['ab'], score: 100 },
    // Whitespace is removed before counting.
    { hyp: ['a b'], ref: ['ab'], score: 100 },
    // 1-grams P = R = 2/3, 2-grams 1/2, 3-grams 0; 4- to 6-grams exist on neither side and do not count:
    // average P = R = 7/18, so F2 = 7/18.
    { hyp: ['abc'], ref: ['abd'], score: (100 * 7) / 18 },
    // Statistics are summed over the corpus before the F-score: 1-grams 5/6, 2-grams 3/4, 3-grams 1/2
    // → P = R = (5/6 + 3/4 + 1/2) / 3.
    { hyp: ['abc', 'abc'], ref: ['abc', 'abd'], score: (100 * (5 / 6 + 3 / 4 + 1 / 2)) / 3 },
    { hyp: ['xyz'], ref: ['abc'], score: 0 },
  ];
  for (const { hyp, ref, score } of cases) {
    const result = corpusChrf(hyp, ref);
    assert.ok(Math.abs(result - score) < 1e-9, `${hyp.join('|')}: ${result} ≠ ${score}`);
  }
});

test('corpus chrF reproduces sacreBLEU 2.6.0 on raw Apertium spa→eng over ntrex-dev', () => {
  const hyp = lines(new URL('./testdata/ntrex-dev.spa.apertium-raw.txt', import.meta.url));
  const ref = lines(new URL('../../../devtools/fixture-world/ntrex-dev/mt/eng.txt', import.meta.url));
  assert.equal(corpusChrf(hyp, ref).toFixed(3), '49.742');
});
