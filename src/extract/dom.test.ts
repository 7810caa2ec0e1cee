import assert from 'node:assert/strict';
import { test } from 'node:test';
import { collapse, parseDocument } from './dom.ts';

const ARTICLE = '<p>El Consejo de Ministros aprobó el plan estatal de vivienda.</p>';

/** Broken page shapes seen in the wild; a browser shows each with the article in <body>. */
const broken: [string, string][] = [
  ['a <style> between </head> and <body>', `<!DOCTYPE html><html><head><title>T</title></head><style>p{}</style><body>${ARTICLE}</body></html>`],
  ['scripts between </head> and <body>', `<html><head><title>T</title></head><script>var a=1</script><script>var b=2</script><body>${ARTICLE}</body></html>`],
  ['a <meta> before <head>', `<html><meta charset="utf-8"><head><title>T</title></head><body>${ARTICLE}</body></html>`],
  ['a stray <br> in <head> pulling the page into it', `<html><head><title>T</title><br><div>${ARTICLE}</div></head><body></body></html>`],
  ['roots repeated in conditional comments', `<!DOCTYPE html><!--[if IE 8]><!--><html class="ie8"><!--<![endif]--><!--[if !IE]><!--><html><!--<![endif]--><head><title>T</title></head><body>${ARTICLE}</body></html>`],
  ['no <body> tag at all', `<html><head><title>T</title></head><div>${ARTICLE}</div></html>`],
  ['content after </body>', `<html><head><title>T</title></head><body><h1>Vivienda</h1></body><div>${ARTICLE}</div></html>`],
];

for (const [name, html] of broken) {
  test(`parseDocument puts the article in <body>: ${name}`, () => {
    const doc = parseDocument(html);
    assert.match(collapse(doc.body?.textContent ?? ''), /El Consejo de Ministros aprobó el plan estatal de vivienda\./);
    assert.equal(doc.querySelector('title')?.textContent, 'T');
    assert.deepEqual(Array.from(doc.documentElement?.children ?? []).map((c) => c.tagName), ['HEAD', 'BODY']);
  });
}

test('parseDocument keeps document order when content sits on both sides of <body>', () => {
  const doc = parseDocument('<html><head><title>T</title><br><p>uno</p></head><body><p>dos</p></body><p>tres</p></html>');
  assert.equal(collapse(doc.body?.textContent ?? ''), 'unodostres');
});

test('a well-formed page is left as it is', () => {
  const doc = parseDocument(`<html><head><title>T</title><meta name="description" content="d"></head><body>${ARTICLE}</body></html>`);
  assert.equal(doc.head?.children.length, 2);
  assert.equal(doc.body?.children.length, 1);
});
