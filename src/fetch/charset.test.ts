import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { decodeHtml, decodeText, headerCharset, type CharsetSource } from './charset.ts';

const fixture = (name: string) => readFileSync(new URL(`testdata/charset/${name}`, import.meta.url));

const ES = '2.000 millones de € para la vivienda — “una prioridad”, según el ministro.';
const PL = 'Zażółć gęślą jaźń.';
const RU = 'Правительство России во вторник одобрило законопроект';
const JA = '「都民の命を守ることが最優先だ」';
const KO = '"서민의 주거 안정을 최우선으로 하겠다"';
const ZH = '国务院周二召开常务会议，部署进一步扩大内需的政策措施';

const cases: { file: string; contentType: string | null; charset: string; source: CharsetSource; contains: string[] }[] = [
  { file: 'windows-1252-header.html', contentType: 'text/html; charset=windows-1252', charset: 'windows-1252', source: 'header', contains: [ES] },
  { file: 'windows-1252-header.html', contentType: 'text/html; charset="ISO-8859-1"', charset: 'windows-1252', source: 'header', contains: [ES] },
  { file: 'iso-8859-1-meta.html', contentType: 'text/html', charset: 'windows-1252', source: 'meta', contains: [ES] },
  { file: 'iso-8859-2-meta.html', contentType: null, charset: 'iso-8859-2', source: 'meta', contains: [PL, 'środowiska'] },
  { file: 'iso-8859-5-header.html', contentType: 'text/html;charset=ISO-8859-5', charset: 'iso-8859-5', source: 'header', contains: [RU] },
  { file: 'koi8-r-detected.html', contentType: 'text/html', charset: 'koi8-r', source: 'detected', contains: [RU] },
  { file: 'shift_jis-meta.html', contentType: null, charset: 'shift_jis', source: 'meta', contains: [JA] },
  { file: 'shift_jis-detected.html', contentType: null, charset: 'shift_jis', source: 'detected', contains: [JA] },
  { file: 'euc-kr-meta.html', contentType: null, charset: 'euc-kr', source: 'meta', contains: [KO] },
  // Labelled gb2312 but using a GBK-only character, as real pages do.
  { file: 'gb2312-meta.html', contentType: null, charset: 'gbk', source: 'meta', contains: [ZH, '镕'] },
  { file: 'gb18030-header.html', contentType: 'text/html; charset=GB18030', charset: 'gb18030', source: 'header', contains: [ZH, '𠀀'] },
  // The BOM outranks both the header and the meta tag, as in browsers.
  { file: 'utf-8-bom.html', contentType: 'text/html; charset=iso-8859-1', charset: 'utf-8', source: 'bom', contains: [ES] },
  { file: 'utf-16le-bom.html', contentType: 'text/html', charset: 'utf-16le', source: 'bom', contains: [RU] },
  // Pages lying about their charset, both ways.
  { file: 'utf-8-lie-windows-1252.html', contentType: 'text/html; charset=utf-8', charset: 'windows-1252', source: 'detected', contains: [ES] },
  { file: 'windows-1252-lie-utf-8.html', contentType: 'text/html; charset=iso-8859-1', charset: 'utf-8', source: 'detected', contains: [ES] },
  { file: 'utf-8-stray-byte.html', contentType: 'text/html; charset=utf-8', charset: 'utf-8', source: 'detected', contains: [ES, 'Precio: 5 €'] },
];

for (const c of cases) {
  test(`decodeHtml ${c.file} (${c.contentType ?? 'no header'})`, () => {
    const got = decodeHtml(fixture(c.file), c.contentType);
    assert.equal(got.charset, c.charset);
    assert.equal(got.source, c.source);
    for (const s of c.contains) assert.ok(got.text.includes(s), `expected ${JSON.stringify(s)} in:\n${got.text}`);
    assert.ok(!got.text.includes('\uFFFD'), 'no replacement characters');
    assert.ok(got.text.startsWith('<!DOCTYPE html>'), 'no BOM, nothing lost at the start');
    assert.ok(got.text.trimEnd().endsWith('</html>'), 'nothing lost at the end');
  });
}

test('decodeText reads the XML declaration', () => {
  const got = decodeText(fixture('feed-iso-8859-1.xml'), 'application/rss+xml');
  assert.deepEqual([got.charset, got.source], ['windows-1252', 'meta']);
  assert.ok(got.text.includes('<title>Última hora</title>'));
  assert.ok(got.text.includes(ES));
});

test('decodeText ignores an HTML-style meta and defaults plain ASCII to UTF-8', () => {
  const got = decodeText(Buffer.from('{"title":"<meta charset=koi8-r>"}'), 'application/json');
  assert.deepEqual(got, { text: '{"title":"<meta charset=koi8-r>"}', charset: 'utf-8', source: 'default' });
});

test('a body cut inside a UTF-8 character drops the partial character', () => {
  const whole = Buffer.from('<p>Niño — 東京</p>');
  const got = decodeHtml(whole.subarray(0, whole.length - '</p>'.length - 1), 'text/html; charset=utf-8');
  assert.equal(got.text, '<p>Niño — 東');
  assert.equal(got.charset, 'utf-8');
});

test('windows-1252 bytes browsers map to C1 controls are not lost', () => {
  const got = decodeHtml(Buffer.from([0x80, 0x81, 0x8d, 0x93, 0x94]), 'text/html; charset=windows-1252');
  assert.equal(got.text, '€\u0081\u008d“”');
});

const labels: [string, string | null][] = [
  ['text/html; charset=latin1', 'windows-1252'],
  ['text/html; charset=US-ASCII', 'windows-1252'],
  ['text/html; charset=gb2312', 'gbk'],
  ['text/html; charset=x-sjis', 'shift_jis'],
  ['text/html; charset=ks_c_5601-1987', 'euc-kr'],
  ['text/html; charset=iso-8859-9', 'windows-1254'],
  ['text/html; charset=tis-620', 'windows-874'],
  ['text/html; charset=UTF8', 'utf-8'],
  ['text/html; charset=klingon', null],
  ['text/html', null],
];
for (const [contentType, expected] of labels) {
  test(`headerCharset(${contentType}) = ${expected}`, () => assert.equal(headerCharset(contentType), expected));
}
