import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseDocument } from '../dom.ts';
import { extractMetadata, type ArticleMetadata } from './index.ts';

function fixture(name: string): string {
  return readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8');
}

function run(html: string, url: string): ArticleMetadata {
  return extractMetadata(parseDocument(html), url);
}

test('JSON-LD @graph with an author reference, paywall string and offset kept', () => {
  const m = run(fixture('graph-de.html'), 'https://www.rundschau.example/region/bruecke-100.html?utm_source=x');
  assert.deepEqual(m, {
    canonicalUrl: 'https://www.rundschau.example/region/bruecke-100.html',
    title: 'Neue Brücke über den Rhein eröffnet',
    standfirst: 'Nach vier Jahren Bauzeit rollt der Verkehr wieder zwischen den beiden Ufern.',
    authors: ['Anna Müller'],
    published: '2022-11-06T23:00:00+01:00',
    modified: '2022-11-07T08:15:00+01:00',
    section: 'Region',
    siteName: 'Rheinische Rundschau',
    image: {
      src: 'https://www.rundschau.example/bilder/bruecke.jpg',
      caption: 'Die neue Brücke bei Nacht',
      credit: 'Foto: Max Weber',
    },
    declaredLanguage: 'de-DE',
    isAccessibleForFree: false,
  });
});

test('malformed JSON-LD is repaired or skipped; site name prefix cut from the title', () => {
  const m = run(fixture('malformed-es.html'), 'https://www.diarioaustral.example/sur/lluvias');
  assert.equal(m.title, 'Lluvias récord en el sur del país');
  // The byline prints both writers; the JSON-LD names only the first.
  assert.deepEqual(m.authors, ['María José Pérez', 'Juan Gómez']);
  assert.equal(m.published, '2021-03-26');
  assert.equal(m.siteName, 'El Diario Austral');
  assert.equal(m.declaredLanguage, 'es');
});

test('visible French byline and date line by the headline, not the date in the site header', () => {
  const m = run(fixture('byline-fr.html'), 'https://journal.example/vendanges');
  assert.equal(m.title, 'Les vendanges commencent plus tôt');
  assert.deepEqual(m.authors, ['Jean Dupont']);
  assert.equal(m.published, '2021-03-26');
  assert.equal(m.declaredLanguage, 'fr-FR');
  assert.equal(m.isAccessibleForFree, null);
});

test('titles lose the site or section name glued on, keep it when nothing confirms it', () => {
  const cases: [string, string, string][] = [
    [
      '<title>Klimaschutz: Bohren, bis es heiß wird | ZEIT ONLINE</title><meta property="og:site_name" content="ZEIT ONLINE">' +
        '<h1><span class="kicker">Klimaschutz</span>: <span class="title">Bohren, bis es heiß wird</span></h1>' +
        '<meta property="og:title" content="Bohren, bis es heiß wird">',
      'https://www.zeit.de/x',
      'Bohren, bis es heiß wird',
    ],
    ['<title>Il governo cade - La Stampa</title><meta property="og:site_name" content="La Stampa">', 'https://www.lastampa.it/x', 'Il governo cade'],
    ['<title>SPIEGEL: Merkel reist nach Paris</title>', 'https://www.spiegel.de/politik/x', 'Merkel reist nach Paris'],
    ['<title>Wahl 2022 - Analyse</title><h1>Wahl 2022 - Analyse</h1>', 'https://news.example/x', 'Wahl 2022 - Analyse'],
    ['<h1>27.01.2022 Ölpreis steigt weiter</h1><title>Ölpreis steigt weiter | Energie-Info</title>', 'https://energie.example/x', 'Ölpreis steigt weiter'],
  ];
  for (const [html, url, want] of cases) assert.equal(run(`<html><head></head><body>${html}</body></html>`, url).title, want, html);
});

test('bylines in several languages', () => {
  const cases: [string, string[]][] = [
    ['<p class="author">Von Heike Buchter, New York</p>', ['Heike Buchter', 'New York']],
    ['<div class="byline">By <a rel="author" href="/a">Alex Bozarjian</a> | November 9, 2023</div>', ['Alex Bozarjian']],
    ['<span itemprop="author" itemscope><span itemprop="name">Jan Kowalski</span></span>', ['Jan Kowalski']],
    ['<div class="meta">Datum: 19.11.2021 Autor: Fritz Imhof Quelle: Livenet</div><p class="autor-box">Datum: 19.11.2021 Autor: Fritz Imhof Quelle: Livenet</p>', ['Fritz Imhof']],
    ['<meta name="author" content="Por Laura Gómez y Pedro Ruiz">', ['Laura Gómez', 'Pedro Ruiz']],
    ['<meta name="twitter:label1" content="Verfasst von"><meta name="twitter:data1" content="Julia Kern">', ['Julia Kern']],
    ['<div class="comment-author">Name *</div>', []],
    ['<div>Posted in Datenschutz by rheinblogger on August 3, 2019</div>', ['rheinblogger']],
    ['<div class="left author">Author: Bo2man am 29.12.2010, 13:36 Uhr</div>', ['Bo2man']],
    ['<div class="comment"><span itemprop="author">link78</span> Le 12/02 à 11:30</div>', []],
    ['<meta property="og:site_name" content="Hafenblatt"><div>Written by Hafenblatt on November 7, 2023</div>', ['Hafenblatt']],
  ];
  for (const [body, want] of cases) {
    const html = `<html><head></head><body><h1>Ein Titel für den Test</h1>${body}<p>Text.</p></body></html>`;
    assert.deepEqual(run(html, 'https://site.example/a').authors, want, body);
  }
});

test('dates from meta tags, time elements, visible text and the URL, offsets kept', () => {
  const cases: [string, string, string | null][] = [
    ['<meta property="article:published_time" content="2022-11-06T23:00:00+0100">', 'https://x.example/a', '2022-11-06T23:00:00+01:00'],
    ['<meta property="article:published_time" content="2021-03-08T11:15:28Z">', 'https://x.example/a', '2021-03-08T11:15:28Z'],
    ['<time datetime="2020-04-22T10:00:00+02:00">22.04.2020</time>', 'https://x.example/a', '2020-04-22T10:00:00+02:00'],
    ['<h1>Ein Titel für den Test</h1><p>Veröffentlicht am 6. November 2022</p>', 'https://x.example/a', '2022-11-06'],
    ['<h1>Tytuł artykułu testowego</h1><p>Opublikowano 6 listopada 2022</p>', 'https://x.example/a', '2022-11-06'],
    ['<h1>Titolo di prova qui</h1><p>26 marzo 2021</p>', 'https://x.example/a', '2021-03-26'],
    ['<h1>Título de prueba aquí</h1><p>26 de março de 2021</p>', 'https://x.example/a', '2021-03-26'],
    ['<h1>A test headline here</h1><p>Published November 6, 2022</p>', 'https://x.example/a', '2022-11-06'],
    ['<p>Nothing here</p>', 'https://x.example/2022/11/06/story', '2022-11-06'],
    ['<meta name="date" content="2090-01-01">', 'https://x.example/a', null],
    ['<meta name="date" content="1990-01-01">', 'https://x.example/a', null],
  ];
  for (const [body, url, want] of cases) {
    assert.equal(run(`<html><head></head><body>${body}</body></html>`, url).published, want, body);
  }
});

test('a UTC stamp moves to the local day only when the page shows that day', () => {
  const stamp = '<meta property="article:published_time" content="2022-11-06T23:00:00Z">';
  const shown = run(`<html lang="de"><head>${stamp}</head><body><h1>Ein Titel für den Test</h1><p>7. November 2022</p></body></html>`, 'https://x.de/a');
  assert.equal(shown.published, '2022-11-07T00:00:00+01:00');
  const silent = run(`<html lang="de"><head>${stamp}</head><body><h1>Ein Titel für den Test</h1></body></html>`, 'https://x.de/a');
  assert.equal(silent.published, '2022-11-06T23:00:00Z');
});

test('the day shown by the headline picks the last change over the first publication, never an earlier one', () => {
  const metas = (pub: string, mod: string): string =>
    `<meta property="article:published_time" content="${pub}"><meta property="article:modified_time" content="${mod}">`;
  const cases: [string, string, string][] = [
    [metas('2021-12-14T15:41:07+01:00', '2022-02-04T15:33:00+01:00'), '04.02.2022', '2022-02-04T15:33:00+01:00'],
    [metas('2021-12-14T15:41:07+01:00', '2022-02-04T15:33:00+01:00'), '14.12.2021', '2021-12-14T15:41:07+01:00'],
    [metas('2021-12-14T15:41:07+01:00', '2022-02-04T15:33:00+01:00'), 'ohne Datum', '2021-12-14T15:41:07+01:00'],
    [metas('2022-12-25T09:00:00+01:00', '2022-12-07T09:10:52+01:00'), '07.12.2022', '2022-12-25T09:00:00+01:00'],
  ];
  for (const [head, shown, want] of cases) {
    const html = `<html lang="de"><head>${head}</head><body><h1>Ein Titel für den Test</h1><p>${shown}</p></body></html>`;
    assert.equal(run(html, 'https://x.de/a').published, want, shown);
  }
});

test('paywall flag from JSON-LD booleans and strings', () => {
  const cases: [string, boolean | null][] = [
    ['{"@type":"NewsArticle","isAccessibleForFree":false}', false],
    ['{"@type":"NewsArticle","isAccessibleForFree":"False"}', false],
    ['[{"@type":"NewsArticle","isAccessibleForFree":"true"}]', true],
    ['{"@type":"NewsArticle"}', null],
  ];
  for (const [ld, want] of cases) {
    const html = `<html><head><script type="application/ld+json">${ld}</script></head><body></body></html>`;
    assert.equal(run(html, 'https://x.example/a').isAccessibleForFree, want, ld);
  }
});

test('never throws, whatever the document', () => {
  const inputs = ['', 'just text', '<html><body><h1></h1></body></html>', '<script type="application/ld+json">{{{</script>', '\u0000\u0001<<<>>>'];
  for (const html of inputs) {
    const m = run(html, 'not a url');
    assert.deepEqual(m.authors, []);
    assert.equal(m.canonicalUrl, null);
  }
});
