import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Block } from '../types.ts';
import type { RawBlock } from './blocks.ts';
import { filterBlocks } from './filter.ts';

const raw = (text: string): RawBlock => ({ block: { type: 'paragraph', html: text, text }, linkDensity: 0 });
const texts = (blocks: Block[]): string[] => blocks.flatMap((b) => ('text' in b ? [b.text] : []));
const LONG = 'Der Stadtrat hat am Dienstag beschlossen, die Sanierung des Hallenbads um ein Jahr vorzuziehen. Die Kosten von 4,2 Millionen Euro trägt zur Hälfte das Land, den Rest finanziert die Stadt über einen Kredit, der über zwanzig Jahre läuft.';

test('short lines among the last blocks after the running text go', () => {
  const out = texts(filterBlocks([raw('Kurz vorab:'), raw(LONG), raw('Seite teilen'), raw('Mehr Themen:')]));
  assert.deepEqual(out, ['Kurz vorab:', LONG]);
});

test('a longer closing sentence after the running text stays', () => {
  const closing = 'Die Arbeiten beginnen im März und sollen bis zum Herbst dauern.';
  assert.deepEqual(texts(filterBlocks([raw(LONG), raw(closing)])), [LONG, closing]);
});

test('short lines followed by more text stay (a recipe, a fact box)', () => {
  const lines = ['200 g Mehl', '100 g Zucker', '2 Eier', '1 Prise Salz', '50 g Butter', 'Den Ofen auf 180 Grad vorheizen und alles verrühren.'];
  assert.deepEqual(texts(filterBlocks([raw(LONG), ...lines.map(raw)])), [LONG, ...lines]);
});

test('a page without running text keeps its short lines', () => {
  assert.deepEqual(texts(filterBlocks([raw('Öffnungszeiten'), raw('Mo–Fr 9–18 Uhr')])), ['Öffnungszeiten', 'Mo–Fr 9–18 Uhr']);
});

test('a short closing line that ends like a sentence or a quotation stays', () => {
  assert.deepEqual(texts(filterBlocks([raw(LONG), raw('“She cried?”')])), [LONG, '“She cried?”']);
  assert.deepEqual(texts(filterBlocks([raw(LONG), raw('Bis morgen.')])), [LONG, 'Bis morgen.']);
});
