import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeSegment, encodeSegment, stripMarks } from './stream.ts';

test('encodeSegment escapes the stream and turns tags, URLs, e-mail and mark characters into superblanks', () => {
  const cases: { input: string; format: 'html' | 'text'; chunk: string; slots: string[] }[] = [
    {
      input: 'Hola <a href="https://x.es/a">mundo</a> &amp; [más]',
      format: 'html',
      chunk: '[s1]Hola [0]mundo[1] & \\[más\\][]',
      slots: ['<a href="https://x.es/a">', '</a>'],
    },
    {
      input: 'Escriba a ana@diario.es o vea https://diario.es/a?b=1, 5 * 3 / 2',
      format: 'text',
      chunk: '[s1]Escriba a [0] o vea [1], 5 [2] 3 \\/ 2[]',
      slots: ['ana@diario.es', 'https://diario.es/a?b=1', '*'],
    },
    { input: 'línea\nsegunda  línea', format: 'text', chunk: '[s1]línea segunda línea[]', slots: [] },
  ];
  for (const { input, format, chunk, slots } of cases) {
    assert.deepEqual(encodeSegment(1, input, format), { id: 1, chunk, slots }, input);
  }
});

test('stripMarks drops unknown-word marks but keeps escapes and superblanks', () => {
  const result = stripMarks('[s1]The *Xyzzy said #\\$5 to @casa [0]*Kuan\\*[]');
  assert.equal(result.stream, '[s1]The Xyzzy said \\$5 to casa [0]Kuan\\*[]');
  assert.deepEqual(result.unknown, ['Xyzzy', '\\$5', 'casa', 'Kuan\\*']);
});

test('decodeSegment restores superblanks, resolves escapes and escapes HTML text', () => {
  const encoded = encodeSegment(7, 'Hola <em>mundo</em> a ana@x.es', 'html');
  const decoded = decodeSegment('[s7]Hello [0]world[1] <\\/> to [2][]', encoded, 'html', (t) => t.toUpperCase());
  assert.equal(decoded, 'HELLO <em>WORLD</em> &lt;/&gt; TO ana@x.es');
  assert.throws(() => decodeSegment('[s8]Hello[]', encoded, 'html'), /out of step: expected segment 7/);
});
