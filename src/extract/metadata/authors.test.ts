import { test } from 'node:test';
import assert from 'node:assert/strict';
import { namesFrom } from './authors.ts';

test('bylines become clean name lists', () => {
  const cases: [string, string[]][] = [
    ['Von Heike Buchter', ['Heike Buchter']],
    ['von Anna Müller und Max Weber | 06.11.2022', ['Anna Müller', 'Max Weber']],
    ['ByAlex Bozarjian', ['Alex Bozarjian']],
    ['By Jane Doe and John Roe, staff writers', ['Jane Doe', 'John Roe']],
    ['Por María José Pérez y Juan Gómez', ['María José Pérez', 'Juan Gómez']],
    ['Par Jean Dupont', ['Jean Dupont']],
    ['Von Rechtsanwältin Eva Roth', ['Eva Roth']],
    ['Rechtsanwalt Sebastian Einbock', ['Sebastian Einbock']],
    ['Text von Christian Seiler Illustration von Markus Roost', ['Christian Seiler']],
    ['By Ana Ruiz Photos by Tom Lee', ['Ana Ruiz']],
    ['di Mario Rossi', ['Mario Rossi']],
    ['Autor: Jan Kowalski', ['Jan Kowalski']],
    ['Veröffentlicht vonChris Jung', ['Chris Jung']],
    ['Post author By Helge Fahrnberger', ['Helge Fahrnberger']],
    ['Johanna Kropfitsch Alle Artikel', ['Johanna Kropfitsch']],
    ['Christoph Hein Chefredakteur', ['Christoph Hein']],
    ['Grant Tinsley, PhD', ['Grant Tinsley']],
    ['Daniel Kommentare geschlossen', ['Daniel']],
    ['anna.mueller@zeitung.example', []],
    ['Name *', []],
    ['Aylin sagt', []],
    ['Diego Maradona', ['Diego Maradona']],
    ['Von Jan Berger, Hamburg', ['Jan Berger']],
    ['Peter Mahn / SP-X', ['Peter Mahn']],
    ['Von', []],
    ['Auteur', []],
    ['Written by Miami Herald on November 7, 2023', ['Miami Herald']],
    ['Von Deutscher Turner Bund 4. 2. 2022.', ['Deutscher Turner Bund']],
    ['Author: Bo2man am 29.12.2010, 13:36 Uhr', ['Bo2man']],
    ['Von c1ph4', ['c1ph4']],
    ['von 2022', []],
  ];
  for (const [input, want] of cases) assert.deepEqual(namesFrom(input, null), want, input);
});

test('the site name is not an author', () => {
  assert.deepEqual(namesFrom('Von Anna Müller, Rheinische Rundschau', 'Rheinische Rundschau'), ['Anna Müller']);
  assert.deepEqual(namesFrom('Jobs & Hire', 'Jobs & Hire'), []);
  assert.deepEqual(namesFrom('El Colombiano', 'www.elcolombiano.com'), []);
  assert.deepEqual(namesFrom('Hanns-Seidel-Stiftung e.V.', 'HSS - Hanns-Seidel-Stiftung e.V.'), []);
  assert.deepEqual(namesFrom('MesOpinions.com', 'https://www.mesopinions.com/'), []);
});

test('widget text, addresses and handles around a name are junk, never a name', () => {
  const cases: [string, string[]][] = [
    ['von freeman1984 · in Uncategorized · Hinterlasse einen Kommentar', ['freeman1984']],
    ['Deutsche Welle (www.dw.com)', ['Deutsche Welle']],
    ['cipha[at]cipha.net', []],
    ['Williams Perdomo @wperdomod', ['Williams Perdomo']],
    ['deinen Hochzeitsbloggern', []],
    ['AVOCAT', ['AVOCAT']],
    ['InterviewSVEN MICHAELSEN', ['SVEN MICHAELSEN']],
    ['Staff and news service reports', ['Staff', 'news service reports']],
    ['revamp-it Webteam', ['revamp-it Webteam']],
    ['Isabel Caro , Rocío Latorre y José Miguel Wilson Hace 13 horas', ['Isabel Caro', 'Rocío Latorre', 'José Miguel Wilson']],
    ['Matthias Weber vor 4 Monaten', ['Matthias Weber']],
    ['Espectáculos “Eres súper sensible', []],
    ['Auteur(s) :', []],
    ['Foto: Imago', []],
    ['Bildquelle: Getty Images', []],
    ['[email protected]', []],
    ['Followed Teams', []],
    ['Martina Berg Autor', ['Martina Berg']],
    ['By Course or Type', []],
    ['publisher', []],
    ['Ort Saarbrücken', []],
    ['Les Membres du Choeur de Radio France', ['Les Membres du Choeur de Radio France']],
    ['DITIB - Türkisch-Islamische Union der Anstalt für Religion e.V.', ['DITIB']],
  ];
  for (const [input, want] of cases) assert.deepEqual(namesFrom(input, null), want, input);
});

test('a team or an outlet after a name is cut, the name kept', () => {
  const cases: [string, string[]][] = [
    ['Posted by Nathan Parker, Eric Mill and Kiran C Nair - Chrome Safe Browsing team', ['Nathan Parker', 'Eric Mill', 'Kiran C Nair']],
    ['By Glen Owen And Brendan Carlin For The Mail On Sunday', ['Glen Owen', 'Brendan Carlin']],
    ['Anna Weber für die Rheinische Rundschau', ['Anna Weber']],
    ['Autorin: Uta Staschewski, Projektleiterin der HSS in Tunesien.', ['Uta Staschewski']],
    ['Text & Fotos: Ivan Valetny', ['Ivan Valetny']],
  ];
  for (const [input, want] of cases) assert.deepEqual(namesFrom(input, null), want, input);
});

test('entities escaped twice in meta tags and JSON-LD are decoded', () => {
  const cases: [string, string[]][] = [
    ['Redacci&oacute;n Diario Austral', ['Redacción Diario Austral']],
    ['J&uuml;rgen M&#252;ller &amp; Ana Pe&#xF1;a', ['Jürgen Müller', 'Ana Peña']],
  ];
  for (const [input, want] of cases) assert.deepEqual(namesFrom(input, null), want, input);
});
