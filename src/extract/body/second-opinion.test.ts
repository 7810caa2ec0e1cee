import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Block } from '../types.ts';
import { blocksText } from './index.ts';
import { secondOpinion } from './second-opinion.ts';

const URL_ = 'https://diariodelsur.example/economia/2024/03/12/plan-vivienda.html';
const SENTENCE = 'El Consejo de Ministros aprobó este martes el plan estatal de vivienda, que destinará 3.000 millones de euros. ';
const PARAGRAPHS = Array.from({ length: 8 }, (_, i) => `Párrafo ${i + 1}. ${SENTENCE.repeat(3).trim()}`);
const PAGE = `<html><head><title>Plan de vivienda</title></head><body><div class="nota"><h1>Plan de vivienda</h1>${PARAGRAPHS.map((t) => `<p>${t}</p>`).join('')}</div></body></html>`;
const p = (text: string): Block => ({ type: 'paragraph', html: text, text });

const cases: [string, Block[], (out: Block[], ours: Block[]) => void][] = [
  ['a short pick is replaced when Readability finds far more', [p('Ana García es periodista.')], (out) => {
    assert.equal(out.length, 8);
    assert.equal(blocksText(out), PARAGRAPHS.join('\n'));
  }],
  ['an empty pick is replaced too', [], (out) => assert.equal(out.length, 8)],
  ['a long pick is kept as it is', [p(SENTENCE.repeat(12))], (out, ours) => assert.equal(out, ours)],
  ['a short pick close to Readability in length is kept', [p(SENTENCE.repeat(7))], (out, ours) => assert.equal(out, ours)],
];

for (const [name, ours, check] of cases) {
  test(`secondOpinion: ${name}`, () => check(secondOpinion(PAGE, URL_, ours), ours));
}

test('secondOpinion: garbage leaves our pick alone', () => {
  const ours = [p('Nada.')];
  assert.equal(secondOpinion('\u0000<<<>>>', URL_, ours), ours);
});
