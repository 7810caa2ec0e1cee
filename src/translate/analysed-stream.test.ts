import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nameCandidates, parse, readingsBySurface } from './analysed-stream.ts';

/** pt-es analyser output (lt-proc pt-es.automorf.bin) for "[s0]na fronteira do Texas e da China, 1/2 Texas.[]". */
const ANALYSED =
  '[s0]^na/em<pr>+o<det><def><f><sg>$ ^fronteira/fronteira<n><f><sg>$ ^do/de<pr>+o<det><def><m><sg>$ ^Texas/Texas<np><loc>$ ^e/e<cnjcoo>$ ^da/de<pr>+o<det><def><f><sg>$ ^China/China<np><loc><f><sg>$^,/,<cm>$ ^1\\/2/1\\/2<num>$ ^Texas/Texas<np><loc>$^./.<sent>$[]';

test('parse reads lexical units and keeps blanks and superblanks as they are', () => {
  const units = parse(ANALYSED);
  assert.equal(units.map((u) => u.raw).join(''), ANALYSED);
  const texas = units.find((u) => u.surface === 'Texas')!;
  assert.deepEqual([texas.capitalised, texas.proper, texas.common, texas.unknown], [true, true, false, false]);
  assert.ok(units.find((u) => u.surface === '1\\/2'), 'an escaped slash stays inside the surface');
  assert.ok(units.find((u) => u.surface === '.')!.sentenceEnd);
});

test('name candidates and readings by surface, each once', () => {
  assert.deepEqual(nameCandidates(ANALYSED), {
    surfaces: ['Texas', 'China'],
    properReadings: ['Texas<np><loc>', 'China<np><loc><f><sg>'],
  });
  const readings = readingsBySurface('^Texas/Texas<np><loc><sg>$[]^Syracuse/*Syracuse$[]');
  assert.deepEqual([...readings], [['Texas', ['Texas<np><loc><sg>']], ['Syracuse', ['*Syracuse']]]);
});
