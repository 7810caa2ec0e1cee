import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDocument } from '../dom.ts';
import { blocksText, extractBody } from './index.ts';

test('text set in a layout table row is read with the table and the paragraphs beside it', () => {
  const cell = (n: number): string =>
    `<td><p>Spalte ${n}: Die Unterzeichnenden fordern, dass öffentliche Debatten offen, fair und ohne Angst vor Vergeltung geführt werden können, auch wenn sie unbequem sind.</p><p>Spalte ${n}, weiter: Nur so kann eine demokratische Gesellschaft ihre Konflikte austragen, ohne sich zu spalten.</p></td>`;
  const html = `<html><body><div class="letter">
<p>Ein offener Brief über Gerechtigkeit und freie Debatte, den mehr als hundert Autorinnen und Autoren unterschrieben haben.</p>
<table><tbody><tr>${cell(1)}${cell(2)}</tr></tbody></table></div><div class="links"><a href="/">Start</a></div></body></html>`;
  const text = blocksText(extractBody(parseDocument(html), 'https://magazin.example/brief'));
  assert.match(text, /^Ein offener Brief/);
  assert.match(text, /Spalte 2, weiter/);
});
