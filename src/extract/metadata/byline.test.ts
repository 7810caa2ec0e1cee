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
