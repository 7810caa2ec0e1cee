import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../dom.ts';
import { extractMetadata } from './index.ts';

function authorsOf(head: string, body: string): string[] {
  const html = `<html><head>${head}</head><body>${body}</body></html>`;
  return extractMetadata(parseDocument(html), 'https://site.example/a').authors;
}

const STORY = '<p>Der Gemeinderat hat am Dienstagabend nach langer Debatte den neuen Haushalt beschlossen.</p>';

test('a byline cue alone on its line names the writer on the next line', () => {
  const body = '<h1>Ein Titel für den Test</h1><div><span>Por</span></div><div>Williams Perdomo @wperdomod</div><div>mayo 11, 2022</div>';
  assert.deepEqual(authorsOf('', body + STORY), ['Williams Perdomo']);
});

test('a capitalised word that merely starts with a cue is no byline ("AVOCAT" is not "Av …")', () => {
  const body = '<h1>Ein Titel für den Test</h1><div>AVOCAT</div><div>Par Matthieu Hy le 07 Mai 2020</div>';
  assert.deepEqual(authorsOf('', body + STORY), ['Matthieu Hy']);
});

test('a capitalised "Le" inside a name is no date word ("Par Loïc Le Clerc | 30 septembre 2018")', () => {
  const body = '<div>Accueil | <span class="author">Par Loïc Le Clerc</span> | 30 septembre 2018</div><h1>Ein Titel für den Test</h1>';
  assert.deepEqual(authorsOf('', body + STORY), ['Loïc Le Clerc']);
});

test('a bare name counts next to a date line of its own run only, not the last line after the headline', () => {
  const body = '<div>Startseite Politik</div><h1>Ein Titel für den Test</h1><div>12.03.2021</div>';
  assert.deepEqual(authorsOf('', body), []);
});

test('the byline printed by the headline beats the author meta tag', () => {
  const head = '<meta name="author" content="Matthias Hille - Webdesign">';
  const body = '<h1>Ein Titel für den Test</h1><div>Erstellt von Fabian am Dienstag 6. Mai 2014</div>';
  assert.deepEqual(authorsOf(head, body + STORY), ['Fabian']);
  assert.deepEqual(authorsOf(head, '<h1>Ein Titel für den Test</h1>' + STORY), ['Matthias Hille - Webdesign']);
});

test('a byline in the comments or inside a teaser link names someone else', () => {
  const comment = '<h1>Ein Titel für den Test</h1>' + STORY + '<ol class="commentlist"><li><div class="extra-wrap"><span class="author">dottoressa</span></div></li></ol>';
  assert.deepEqual(authorsOf('', comment), []);
  const teaser = '<h1>Ein Titel für den Test</h1>' + STORY + '<p><a href="/other">Ein anderer Artikel <small>(<span class="vcard author">Collectif</span>)</small></a></p>';
  assert.deepEqual(authorsOf('', teaser), []);
  const wordpress = '<div class="post category-der-kommentar"><h1>Ein Titel für den Test</h1><div class="meta">By <a rel="author" href="/author/oradmin/">oradmin</a></div>' + STORY + '</div>';
  assert.deepEqual(authorsOf('', wordpress), ['oradmin']);
});

test('words in elements of their own are not glued to the name', () => {
  const card = '<div class="author-card"><h3><a href="/in/inga">Inga Hoeltmann</a><a href="/login">Follow</a></h3><h4>Expertin für Neue Arbeit</h4></div>';
  assert.deepEqual(authorsOf('', '<h1>Ein Titel für den Test</h1>' + STORY + card), ['Inga Hoeltmann']);
  const line = '<h1>Ein Titel für den Test</h1><div>von <a href="/autor/cs">Christian Spließ</a><a href="/kategorie/allgemein">in Allgemeines</a></div>';
  assert.deepEqual(authorsOf('', line + STORY), ['Christian Spließ']);
  const count = '<h1>Ein Titel für den Test</h1><div>von KleineGrüneMonster Ein Kommentar</div>';
  assert.deepEqual(authorsOf('', count + STORY), ['KleineGrüneMonster']);
});

test('metadata authors are completed and spelled as the byline by the headline prints them', () => {
  const ld = (name: string): string => `<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ein Titel für den Test","author":{"@type":"Person","name":"${name}"}}</script>`;
  const two = '<h1>Ein Titel für den Test</h1><div>von Rudolf Fischer, Simon Kohler</div>' + STORY;
  assert.deepEqual(authorsOf(ld('Rudolf Fischer'), two), ['Rudolf Fischer', 'Simon Kohler']);
  const login = '<h1>Ein Titel für den Test</h1><div>von Arian Schlichenmayer</div>' + STORY;
  assert.deepEqual(authorsOf(ld('arianschlichenmayer'), login), ['Arian Schlichenmayer']);
  const shown = '<h1>Ein Titel für den Test</h1><div>Anna Weber</div><div>von Rudolf Fischer, Simon Kohler</div>' + STORY;
  assert.deepEqual(authorsOf(ld('Anna Weber'), shown), ['Anna Weber']);
});

test('the printed byline wins over metadata naming someone the page does not show by the headline', () => {
  const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ein Titel für den Test","author":{"@type":"Person","name":"Kathleen Ditton"}}</script>';
  const printed = '<h1>Ein Titel für den Test</h1><div>By Jessica Holly, Gail Levy</div>' + STORY;
  assert.deepEqual(authorsOf(ld, printed), ['Jessica Holly', 'Gail Levy']);
  const shown = '<h1>Ein Titel für den Test</h1><div>Kathleen Ditton</div><div>By Jessica Holly</div>' + STORY;
  assert.deepEqual(authorsOf(ld, shown), ['Kathleen Ditton']);
});

test('a two-letter user name counts in byline markup only', () => {
  const body = '<h1>Ein Titel für den Test</h1><p class="headline_meta">by <span class="author vcard fn">oz</span> on <abbr>December 4, 2006</abbr></p>' + STORY;
  assert.deepEqual(authorsOf('', body), ['oz']);
  assert.deepEqual(authorsOf('', '<h1>Ein Titel für den Test</h1><span class="author">in</span>' + STORY), []);
  assert.deepEqual(authorsOf('<meta name="author" content="oz">', '<h1>Ein Titel für den Test</h1>' + STORY), []);
});

test('co-authors listed by a later source complete the chosen one, job titles never', () => {
  const head = '<meta name="author" content="Michael L. Anderson">';
  const three = '<h1>Ein Titel für den Test</h1>' + STORY + '<div class="authors">Michael L. Anderson, PhD, Carlos Dobkin, PhD, Devon Gorry, PhD</div>';
  assert.deepEqual(authorsOf(head, three), ['Michael L. Anderson', 'Carlos Dobkin', 'Devon Gorry']);
  const ld = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Ein Titel für den Test","author":{"@type":"Person","name":"Sarah Hinger"}}</script>';
  const roles = '<h1>Ein Titel für den Test</h1>' + STORY + '<div class="author">Sarah Hinger, Staff Attorney, ACLU Racial Justice Program</div>';
  assert.deepEqual(authorsOf(ld, roles), ['Sarah Hinger']);
});

test('"Text & Fotos:" by the headline names the writer', () => {
  const body = '<div>Text &amp; Fotos: Ivan Valetny</div><h1>Ein Titel für den Test</h1>' + STORY;
  assert.deepEqual(authorsOf('<meta name="author" content="Auto Illustrierte">', body), ['Ivan Valetny']);
});

test('a forum thread names its starter, a press release its issuer', () => {
  const forum = '<h1>Ein Titel für den Test</h1><div><span>Thread starter</span> <a href="/members/7">Tiberius</a></div><div>Tiberius</div><div>Forum Moderator</div>' + STORY;
  assert.deepEqual(authorsOf('', forum), ['Tiberius']);
  const release = '<div>Pressemitteilung</div><div>Herausgeber: Nordex SE</div><h1>Ein Titel für den Test</h1>' + STORY;
  assert.deepEqual(authorsOf('', release), ['Nordex SE']);
});

test('the blog name glued to a display name as a surname is cut, a job title never completes a given name', () => {
  const head = '<meta property="og:site_name" content="Herr Pfleger">';
  const body = '<h1>Ein Titel für den Test</h1>' + STORY + '<div class="author-box"><span class="author">Matthias herrpfleger</span><p>Matthias Medizinstudent aus Leipzig</p></div>';
  assert.deepEqual(authorsOf(head, body), ['Matthias']);
});

test('a cue after leading dashes or a date, and the classic WordPress "— user @ time" line, name the writer', () => {
  const dashes = '<h1>Ein Titel für den Test</h1><div><strong><em>---- by Kenneth Surin</em></strong></div>' + STORY;
  assert.deepEqual(authorsOf('', dashes), ['Kenneth Surin']);
  const dated = '<div>05.02.2020 - Redaktion: Eberhard Fuhr (Pressesprecher des EJW)</div><h1>Ein Titel für den Test</h1>' + STORY;
  assert.deepEqual(authorsOf('', dated), ['Eberhard Fuhr']);
  const classic = '<h1>Ein Titel für den Test</h1><div>Filed under: Alltagsgeplauder , Büchergeschichten , Gesellschaftspolitik , Schreibbericht — jancak @ 00:11</div>' + STORY;
  assert.deepEqual(authorsOf('', classic), ['jancak']);
});

test('markup hidden from readers by the headline does not count as the page showing a name', () => {
  const ld = '<script type="application/ld+json">{"@type":"BlogPosting","headline":"Ein Titel für den Test","author":{"@type":"Person","name":"Isabell Angele"}}</script>';
  const body = '<h1>Ein Titel für den Test</h1><div><span class="vcard rich-snippet-hidden"><span class="fn">Isabell Angele</span></span><span>25. Dezember 2022</span></div><p>Ein Resümee.</p><p><strong>Von Matthias Lauerer</strong></p>' + STORY;
  assert.deepEqual(authorsOf(ld, body), ['Matthias Lauerer']);
});

test("byline markup naming only the outlet is kept when no one else is named", () => {
  const head = '<meta property="og:site_name" content="uncut-news.ch">';
  const body = '<h1>Ein Titel für den Test</h1><span class="post-author">uncut-news.ch</span>' + STORY;
  assert.deepEqual(authorsOf(head, body), ['uncut-news.ch']);
  assert.deepEqual(authorsOf(head, '<h1>Ein Titel für den Test</h1>' + STORY), []);
});

test('an interview byline names the interviewer, not the person interviewed', () => {
  const body = '<h1>Ein Titel für den Test</h1><p><em>Ein Interview von <strong>Eugen Zentner</strong> mit <strong>Sonja Silberhorn</strong>.</em></p>' + STORY;
  assert.deepEqual(authorsOf('', body), ['Eugen Zentner']);
});

test('a date above the headline sits by breadcrumbs and kickers: only a full name on its own line counts there', () => {
  const kicker = '<div>21.01.2022</div><div>Aktuelle Meldung</div><h1>Ein Titel für den Test</h1>' + STORY;
  assert.deepEqual(authorsOf('', kicker), []);
  const byline = '<div>04.02.2022 | 13:10 Uhr | Uta Helkenberg</div><h1>Ein Titel für den Test</h1>' + STORY;
  assert.deepEqual(authorsOf('', byline), ['Uta Helkenberg']);
  const repeated = '<h1>Ein Titel für den Test</h1><div>22.12.2018</div><div>Ein Albtraum</div>' + STORY;
  assert.deepEqual(authorsOf('', repeated), []);
  const section = '<h1>Ein Titel für den Test</h1><div>Mittwoch, 01. November 2023 - Handel</div>' + STORY;
  assert.deepEqual(authorsOf('', section), []);
  const field = '<h1>Ein Titel für den Test</h1><div>Ort Saarbrücken</div><div>Datum 28.01.2022</div>' + STORY;
  assert.deepEqual(authorsOf('', field), []);
});

test('"By Staff Writer" credits the newsroom when no one is named, and never beats a name', () => {
  const staff = '<h1>Ein Titel für den Test</h1><div class="author-name"><span>By Staff Writer</span></div>';
  assert.deepEqual(authorsOf('', staff + STORY), ['Staff Writer']);
  assert.deepEqual(authorsOf('<meta name="author" content="Anna Weber">', staff + STORY), ['Anna Weber']);
  assert.deepEqual(authorsOf('', '<h1>Ein Titel für den Test</h1><div class="author-name">By Jane Doe, Staff Writer</div>' + STORY), ['Jane Doe']);
});

test('an author meta tag naming a company or association yields to the signature, and stands in without one', () => {
  const long = '<p>Der Gemeinderat hat am Dienstagabend nach langer Debatte den neuen Haushalt für das kommende Jahr beschlossen, sagte der Bürgermeister.</p>';
  const head = '<meta name="author" content="Bund der Energieverbraucher e.V.">';
  assert.deepEqual(authorsOf(head, `<h1>Ein Titel für den Test</h1>${long}<p>Leonora Holling<br>Vorsitzende</p>`), ['Leonora Holling']);
  assert.deepEqual(authorsOf(head, `<h1>Ein Titel für den Test</h1>${long}`), ['Bund der Energieverbraucher e.V']);
});
