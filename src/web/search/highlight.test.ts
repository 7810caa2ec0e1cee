import { test } from 'node:test';
import assert from 'node:assert/strict';
import { h } from 'preact';
import { render } from 'preact-render-to-string';
import { MARK_CLOSE, MARK_OPEN } from '../../organize/search/document.ts';
import { Marked, markedHtml, plainText } from './highlight.tsx';

const marked = `A <b onmouseover="x">&amp; ${MARK_OPEN}<script>${MARK_CLOSE} and ${MARK_OPEN}rain${MARK_CLOSE}`;

test('highlights become <mark> with every piece of text escaped, for the API and for pages', () => {
  assert.equal(markedHtml(marked), 'A &lt;b onmouseover=&quot;x&quot;&gt;&amp;amp; <mark>&lt;script&gt;</mark> and <mark>rain</mark>');
  assert.equal(render(h(Marked, { text: marked })), 'A &lt;b onmouseover=&quot;x&quot;>&amp;amp; <mark>&lt;script></mark> and <mark>rain</mark>');
  assert.equal(plainText(marked), 'A <b onmouseover="x">&amp; <script> and rain');
  assert.equal(markedHtml('no marks'), 'no marks');
});
