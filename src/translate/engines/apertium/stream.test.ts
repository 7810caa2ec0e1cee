import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeSegment, encodeSegment, joinBatch, splitBatch, stripMarks } from './stream.ts';

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

test('stripMarks drops unknown-word marks, escaped ones too, but keeps other escapes and superblanks', () => {
  const result = stripMarks('[s1]The *Xyzzy said #\\$5 to @casa [0]*Kuan and did not \\@darse \\$[]');
  assert.equal(result.stream, '[s1]The Xyzzy said \\$5 to casa [0]Kuan and did not darse \\$[]');
  assert.deepEqual(result.unknown, ['Xyzzy', '\\$5', 'casa', 'Kuan', 'darse']);
});

test('decodeSegment restores superblanks, resolves escapes and escapes HTML text', () => {
  const encoded = encodeSegment(7, 'Hola <em>mundo</em> a ana@x.es', 'html');
  const decoded = decodeSegment('[s7]Hello [0]world[1] <\\/> to [2][]', encoded, 'html', (t) => t.toUpperCase());
  assert.equal(decoded, 'HELLO <em>WORLD</em> &lt;/&gt; TO ana@x.es');
  assert.throws(() => decodeSegment('[s8]Hello[]', encoded, 'html'), /out of step: expected segment 7/);
});

test('a batch travels as one chunk and is cut back at each segment\'s opening superblank', () => {
  const encoded = [encodeSegment(3, 'Uno.', 'text'), encodeSegment(4, 'Dos <b>tres</b>', 'html')];
  const chunk = joinBatch(encoded);
  assert.equal(chunk, '[s3]Uno.[][\n][s4]Dos [0]tres[1][]');
  const parts = splitBatch('[s3]One.[][\n][s4]Two [0]three[1][]', encoded);
  assert.deepEqual(parts, ['[s3]One.[][\n]', '[s4]Two [0]three[1][]']);
  assert.equal(decodeSegment(parts[0]!, encoded[0]!, 'text'), 'One.');
  assert.equal(decodeSegment(parts[1]!, encoded[1]!, 'html'), 'Two <b>three</b>');
  assert.throws(() => splitBatch('[s3]One.[]', encoded), /segment 4 missing/);
});
