import assert from 'node:assert/strict';
import { test } from 'node:test';
import { blocksText, extractBody } from './index.ts';
import { parseDocument } from '../dom.ts';

const BODY = Array.from({ length: 5 }, (_, i) =>
  `<p>Absatz ${i + 1}: Der Gemeinderat hat am Dienstagabend über den Haushalt, die Schulen, die Straßen und das neue Hallenbad beraten, und die Sitzung dauerte bis nach Mitternacht.</p>`,
).join('');

const page = (lead: string): string => `<html><body><nav><a href="/">Start</a></nav>
<article><header><h1>Haushalt beschlossen</h1><div class="article-lead">${lead}</div></header>
<div class="article-text">${BODY}</div></article>
<footer>Impressum</footer></body></html>`;

const bodyOf = (html: string): string => blocksText(extractBody(parseDocument(html), 'https://zeitung.example/a'));

const OPENING =
  'Nach monatelangem Streit hat der Gemeinderat von Neustadt den Haushalt für das kommende Jahr beschlossen. Die Schulden steigen um zwei Millionen Euro, das Hallenbad wird saniert, und die Grundsteuer bleibt, anders als befürchtet, unverändert.';
const DEK = 'Der Gemeinderat beschließt den Haushalt: mehr Schulden, ein saniertes Hallenbad.';

test('a lead paragraph set apart above the body container opens the body', () => {
  const text = bodyOf(page(OPENING));
  assert.ok(text.startsWith(OPENING), text.slice(0, 120));
  assert.match(text, /Absatz 5/);
});

test('a one-line dek above the body container stays out of it', () => {
  const text = bodyOf(page(DEK));
  assert.ok(!text.includes(DEK), text.slice(0, 120));
  assert.ok(text.startsWith('Absatz 1'), text.slice(0, 120));
});

test('a lead the body repeats is not printed twice', () => {
  const html = page(OPENING).replace('<div class="article-text">', `<div class="article-text"><p>${OPENING}</p>`);
  const text = bodyOf(html);
  assert.equal(text.split(OPENING).length, 2);
});

test('a lead in a "teaser" box without links opens the body; a teaser box linking elsewhere does not', () => {
  const html = page(OPENING)
    .replace('class="article-lead"', 'class="news-teaser"')
    .replace('</article>', '</article><div class="teaser"><p><a href="/b">Mehr zum Thema: Der Kreistag berät am Donnerstag über die Müllgebühren und die Buslinien im Landkreis.</a></p></div>');
  const text = bodyOf(html);
  assert.ok(text.startsWith(OPENING), text.slice(0, 120));
  assert.ok(!text.includes('Kreistag'), text);
});
