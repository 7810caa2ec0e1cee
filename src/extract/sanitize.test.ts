import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extract } from './index.ts';
import { sanitizeInline } from './sanitize.ts';

const attacks: [string, string, string][] = [
  ['script element', 'antes <script>alert(1)</script> después', 'antes  después'],
  ['img onerror', 'texto <img src=x onerror="alert(1)"> fin', 'texto  fin'],
  ['javascript: href', '<a href="javascript:alert(1)">pulsa</a>', '<a>pulsa</a>'],
  ['mixed-case javascript: href', '<A HREF="JaVaScRiPt:alert(1)">pulsa</A>', '<a>pulsa</a>'],
  ['entity-split javascript: href', '<a href="java&#x09;script:alert(1)">pulsa</a>', '<a>pulsa</a>'],
  ['data: href', '<a href="data:text/html,<script>alert(1)</script>">x</a>', '<a>x</a>'],
  ['event handler on kept tag', '<b onclick="alert(1)" style="color:red">negrita</b>', '<b>negrita</b>'],
  ['svg with script', '<svg><script>alert(1)</script></svg>ok', 'ok'],
  ['iframe', '<iframe src="https://evil.example"></iframe>ok', 'ok'],
  ['http link kept, target dropped', '<a href="https://ok.example/a?b=1&c=2" target="_blank">ok</a>', '<a href="https://ok.example/a?b=1&amp;c=2">ok</a>'],
  ['other tags unwrapped', '<div><span class="x">uno</span> <u>dos</u></div>', 'uno dos'],
];

for (const [name, input, expected] of attacks) {
  test(`sanitizeInline: ${name}`, () => {
    assert.equal(sanitizeInline(input), expected);
  });
}

test('attacks inside an article body never reach the stored blocks', () => {
  const body = [
    '<p>Primer párrafo con texto suficiente para ser el cuerpo del artículo, con comas, muchas comas, y más.</p>',
    '<p>Segundo párrafo <img src="x" onerror="alert(1)"> con <a href="javascript:alert(1)">un enlace falso</a> y <a href="https://ok.example/">uno bueno</a>, también largo.</p>',
    '<p onmouseover="alert(1)">Tercer párrafo <script>alert(1)</script> con <em onclick="x()">énfasis</em>, y texto de sobra para contar.</p>',
  ].join('');
  const article = extract(`<html><body><article>${body}</article></body></html>`, 'https://example.org/a');
  const stored = JSON.stringify(article.blocks);
  for (const bad of ['script', 'onerror', 'onclick', 'onmouseover', 'javascript:', 'alert']) {
    assert.ok(!stored.includes(bad), `${bad} survived: ${stored}`);
  }
  assert.ok(stored.includes('<a href=\\"https://ok.example/\\">uno bueno</a>'));
  assert.deepEqual(article.blocks.map((b) => b.type), ['paragraph', 'paragraph', 'image', 'paragraph']);
});
