import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { corpusBleu } from './bleu.ts';
import { tokenize13a } from './tokenize13a.ts';

const lines = (url: URL): string[] => readFileSync(url, 'utf8').replace(/\n$/, '').split('\n');

test('13a tokenisation splits punctuation as mteval-v13a does', () => {
  const cases: [string, string][] = [
    ['Hello, world.', 'Hello , world .'],
    ['It costs $5.50, ok?', 'It costs $ 5.50 , ok ?'],
    ['pages 10-12', 'pages 10 - 12'],
    ['U.S. forces', 'U . S . forces'],
    ['1,000 people', '1,000 people'],
    ['a &quot;b&quot; &amp; c', 'a " b " & c'],
    ['"Quoted" (text)', '" Quoted " ( text )'],
    ['  spaced\tout  ', 'spaced out'],
  ];
  for (const [input, expected] of cases) assert.equal(tokenize13a(input), expected, input);
});

test('corpus BLEU on hand-computed cases', () => {
  const cases: { hyp: string[]; ref: string[]; score: number; precisions?: number[]; bp?: number }[] = [
    { hyp: ['the cat sat on the mat'], ref: ['the cat sat on the mat'], score: 100, bp: 1 },
    // 1-grams 4/5, 2-grams 2/4, 3-grams 1/3, 4-grams 0/2 → smoothed to 100 / (2·2) = 25.
    { hyp: ['a b c d e'], ref: ['a b c x e'], score: 42.7287006, precisions: [80, 50, 100 / 3, 25], bp: 1 },
    // Same statistics, hypothesis one token shorter than the reference: BP = exp(1 − 6/5).
    { hyp: ['a b c d e'], ref: ['a b c x e f'], score: 42.7287006 * Math.exp(1 - 6 / 5), bp: Math.exp(-0.2) },
    { hyp: ['x y z'], ref: ['a b c'], score: 0 },
  ];
  for (const { hyp, ref, score, precisions, bp } of cases) {
    const result = corpusBleu(hyp, ref);
    assert.ok(Math.abs(result.score - score) < 1e-6, `${hyp[0]}: ${result.score} ≠ ${score}`);
    if (precisions) result.precisions.forEach((p, i) => assert.ok(Math.abs(p - precisions[i]!) < 1e-9));
    if (bp !== undefined) assert.ok(Math.abs(result.bp - bp) < 1e-12);
  }
});

test('corpus BLEU reproduces sacreBLEU 2.6.0 on raw Apertium spa→eng over ntrex-dev', () => {
  const hyp = lines(new URL('./testdata/ntrex-dev.spa.apertium-raw.txt', import.meta.url));
  const ref = lines(new URL('../../../devtools/fixture-world/ntrex-dev/mt/eng.txt', import.meta.url));
  const result = corpusBleu(hyp, ref);
  assert.equal(result.score.toFixed(3), '15.236');
  assert.deepEqual(result.precisions.map((p) => p.toFixed(1)), ['48.2', '20.2', '10.2', '5.4']);
  assert.equal(result.bp, 1);
  assert.equal(result.hypLen, 28367);
  assert.equal(result.refLen, 24321);
});

test('corpus BLEU refuses corpora of different lengths', () => {
  assert.throws(() => corpusBleu(['a'], []), /1 hypotheses but 0 references/);
});
