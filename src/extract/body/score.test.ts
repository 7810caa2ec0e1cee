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

test('a short box scoring about as well as a much longer text does not win over it', () => {
  const sentence = (n: number): string => `Satz ${n}: Auf der Messe zeigte der Hersteller neue Camper, die <a href="/m${n}">Markise</a>, ein Bett und eine Küche an Bord haben.`;
  const article = Array.from({ length: 6 }, (_, i) => `<p>${sentence(i)} ${sentence(i + 10)}</p>`).join('');
  const footer = '<p>Das Magazin, gegründet 1990, erscheint monatlich, in Zürich, Bern, Basel, Genf, Luzern, St. Gallen, Lugano, Chur, Aarau und Sitten.</p>'.repeat(2);
  const links = Array.from({ length: 50 }, (_, i) => `<li><a href="/t${i}">Weitere Meldung Nummer ${i}</a></li>`).join('');
  const html = `<html><body><div class="news"><div class="meldung">${article}</div></div><ul class="liste">${links}</ul><div class="container"><div class="about_content">${footer}</div></div></body></html>`;
  const text = blocksText(extractBody(parseDocument(html), 'https://auto.example/messe'));
  assert.match(text, /Satz 5/);
});
