import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseHTML } from 'linkedom';
import { blockSignedAuthors, scriptDate, signedAuthors, statedDate } from './signed.ts';

function lines(body: string): Parameters<typeof signedAuthors>[0] {
  const { document } = parseHTML(`<html><body>${body}</body></html>`);
  return Array.from(document.querySelectorAll('p, .submitted, .meta-info, .cookie-info, .info_attac')) as unknown as Parameters<typeof signedAuthors>[0];
}

test('the signature at the end of an article names its writer', () => {
  const cases: [string, string[]][] = [
    ['<p>Der Bau beginnt 2024.</p><p><em>Von Anna Müller</em></p>', ['Anna Müller']],
    ['<p>Text von Max Weber &nbsp; Illustration von Eva Roth</p>', ['Max Weber']],
    ['<p>Texto: María José Pérez</p>', ['María José Pérez']],
    ['<p>Blog Beitrag von Marta Koren</p>', ['Marta Koren']],
    ['<p><em>Written by: <a href="/x">Julia Moll</a></em></p>', ['Julia Moll']],
    ['<p>Von Jan Berger, Hamburg</p>', ['Jan Berger']],
    ['<div class="submitted">Gespeichert von rasos am 24. Juli 2017 - 18:55</div>', ['rasos']],
    ['<div class="submitted">yas! | By Cara Stills | April 13, 2020</div>', ['Cara Stills']],
    ['<div class="submitted">Design by Free Web Templates</div>', []],
    ['<div class="cookie-info">Dieser Cookie erlaubt das Laden von Karten-Inhalten.</div>', []],
    ['<div class="meta-info">Stolz präsentiert von Blogsoftware</div>', []],
    ['<div class="meta-info">Seite zuletzt geändert 2019-11-10 (by KlaraWeiss)</div>', ['KlaraWeiss']],
    ['<form><div class="info_attac"><label>Lettre <small>(maximum 2 à 3 courriels par mois)</small></label></div></form>', []],
    ['<p>Von Berlin nach München dauert es vier Stunden.</p>', []],
    ['<p>von morgens bis abends</p>', []],
    ['<div class="comments"><p>Von Paul Klee</p></div>', []],
    ['<p>Der Zug fährt von Hamburg am Morgen.</p>', []],
    ['<div><p>Der Bau der Brücke beginnt im Frühjahr, wenn die Genehmigungen vorliegen, und soll nach Angaben der Stadt bis zum Ende des Jahres 2025 abgeschlossen sein, sagte die Sprecherin.</p><p><b><i>Stefan Wasser</i></b></p></div>', ['Stefan Wasser']],
    ['<div><p>Der Bau der Brücke beginnt im Frühjahr, wenn die Genehmigungen vorliegen, und soll nach Angaben der Stadt bis zum Ende des Jahres 2025 abgeschlossen sein, sagte die Sprecherin.</p><p><b>Weitere Informationen</b></p><ul><li>Ein Link zu einer längeren Seite mit vielen Informationen</li></ul></div>', []],
    ['<div><p>Kurz.</p><p><b>Anna Weber</b></p></div>', []],
    ['<div><p>Der Bau der Brücke beginnt im Frühjahr, wenn die Genehmigungen vorliegen, und soll nach Angaben der Stadt bis zum Ende des Jahres 2025 abgeschlossen sein, sagte die Sprecherin.</p><p>Blessing, 816 Seiten</p><p class="clearfix"><strong>Marta Koren</strong></p></div>', ['Marta Koren']],
    ['<div><p>Der Bau der Brücke beginnt im Frühjahr, wenn die Genehmigungen vorliegen, und soll nach Angaben der Stadt bis zum Ende des Jahres 2025 abgeschlossen sein, sagte die Sprecherin.</p><p align="right"><em>Denis Clerc</em></p><p>(1) Ces chiffres, ainsi que ceux qui suivent, sont collectés par l’OCDE.</p></div>', ['Denis Clerc']],
    ['<div><p>Der Bau der Brücke beginnt im Frühjahr, wenn die Genehmigungen vorliegen, und soll nach Angaben der Stadt bis zum Ende des Jahres 2025 abgeschlossen sein, sagte die Sprecherin.</p><p><em>Denis Clerc</em></p><p>(1) Ces chiffres, ainsi que ceux qui suivent, sont collectés par l’OCDE.</p></div>', []],
    ['<p>Der Bau der Brücke beginnt im Frühjahr, wenn die Genehmigungen vorliegen, und soll nach Angaben der Stadt bis zum Ende des Jahres 2025 abgeschlossen sein, sagte die Sprecherin.</p><p>Kazım Türkmen<br>DITIB-Bundesvorsitzender</p>', ['Kazım Türkmen']],
    ['<p>Der Bau der Brücke beginnt im Frühjahr, wenn die Genehmigungen vorliegen, und soll nach Angaben der Stadt bis zum Ende des Jahres 2025 abgeschlossen sein, sagte die Sprecherin.</p><p>Kazım Türkmen<br>Bundesstraße 12</p>', []],
    ['<p>So Long, and Thanks for All the Fish!</p><p>Benni<br>10. September 2017</p>', ['Benni']],
    ['<p>Die Ausstellung läuft bis<br>10. September 2017</p>', []],
    ['<p class="docData"><strong>Ort</strong> <span>Saarbrücken</span><br><strong>Datum</strong> <span>28.01.2022</span></p>', []],
  ];
  for (const [html, want] of cases) assert.deepEqual(signedAuthors(lines(html), null), want, html);
});

test('a footer paragraph states the date: published label, then update label, then a bare date', () => {
  const now = Date.UTC(2024, 0, 1);
  const cases: [string, string | null][] = [
    ['<p>Letzte Änderung: 31.10.2023 - 14:49<br>Erschienen am: 01.11.2023</p>', '2023-11-01'],
    ['<p>Viel Text ohne Datum.</p><p class="info">Aktualisiert: 30.12.2016</p>', '2016-12-30'],
    ['<p>Benni<br>10. September 2017</p>', '2017-09-10'],
    ['<p>Gegründet 1998 in Köln, heute mit 40 Mitarbeitenden an drei Standorten in ganz Deutschland und Österreich.</p>', null],
    ['<div class="comments"><p>12.05.2019</p></div>', null],
  ];
  for (const [html, want] of cases) assert.equal(statedDate(lines(html), false, now), want, html);
});

test('inline script data states the publication date', () => {
  const now = Date.UTC(2024, 0, 1);
  const cases: [string, string | null][] = [
    ['window.__DATA__ = {"title":"x","published_at":"2019-03-02T06:22:28+01:00","created_at":"2019-03-02T06:27:24+01:00"}', '2019-03-02T06:22:28+01:00'],
    ["var page = { pageDate: '2022-1-31' };", '2022-01-31'],
    ['var x = {"updatedAt":"2022-01-31T15:58:43+01:00"}', null],
    ['var x = {"datePublished":"2090-01-01"}', null],
  ];
  for (const [js, want] of cases) {
    const { document } = parseHTML(`<html><head><script>${js}</script></head><body></body></html>`);
    assert.equal(scriptDate(Array.from(document.querySelectorAll('script')) as unknown as Parameters<typeof scriptDate>[0], now), want, js);
  }
});

test('a signature among the last lines of a div or cell the article is set in', () => {
  const cases: [string, string[]][] = [
    ['<div>Das Gericht gab der Klägerin recht.<br><br>Quelle: © www.example.de<br>Autor: <a href="/anwalt/">Sebastian Einbock</a></div>', ['Sebastian Einbock']],
    ['<td>Der Windpark geht ans Netz.<br><a href="mailto:x@example.de"><b>Von:</b><br><br>Götz Warnke</a></td>', ['Götz Warnke']],
    ['<div>Von Montag bis Freitag<br>geöffnet ab 9 Uhr</div>', []],
    ['<div class="comments">Toller Artikel!<br>Von Paul Klee</div>', []],
  ];
  for (const [html, want] of cases) {
    const { document } = parseHTML(`<html><body>${html}</body></html>`);
    const blocks = Array.from(document.querySelectorAll('br')).map((br) => br.parentElement!);
    assert.deepEqual(blockSignedAuthors([...new Set(blocks)] as unknown as Parameters<typeof blockSignedAuthors>[0], null), want, html);
  }
});
