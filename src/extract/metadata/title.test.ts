import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clean } from './dom.ts';
import { chooseTitle, stripSite } from './title.ts';

test('stripSite cuts site and section names set off by a separator', () => {
  const cases: [string, string[], string][] = [
    ['Il governo cade - La Stampa', ['La Stampa'], 'Il governo cade'],
    ['Merkel reist nach Paris | SPIEGEL', ['spiegel'], 'Merkel reist nach Paris'],
    ['SPIEGEL: Merkel reist nach Paris', ['spiegel'], 'Merkel reist nach Paris'],
    ['Retraite | AOC media - Analyse Opinion Critique', ['AOC media - Analyse Opinion Critique'], 'Retraite'],
    ['Alles Neue macht der Mai | Bibliothek 2.0 und mehr', [], 'Alles Neue macht der Mai'],
    ['Blog Archive » Interning of Small Integers', [], 'Interning of Small Integers'],
    ['Wahl 2022 - Analyse', ['zeitung'], 'Wahl 2022 - Analyse'],
    ['Blatt.de  » Blog Archiv   » Podcasts einbinden', ['blatt.de'], 'Podcasts einbinden'],
    ['河流的声音：有你，才有城！-某某网', [], '河流的声音：有你，才有城！'],
    ['GdP-Vize Klemmer: Mangel an Wertschätzung', ['GdP'], 'GdP-Vize Klemmer: Mangel an Wertschätzung'],
    ['Ein Musikvideo :  Krimi-Archiv | Ermittlungen zum Genre | Gegründet 2005 | 6. Jahrgang', ['krimi'], 'Ein Musikvideo'],
  ];
  for (const [input, sites, want] of cases) assert.equal(stripSite(input, sites), want, input);
});

test('chooseTitle prefers the heading the metadata confirms', () => {
  const base = { og: null, twitter: null, ld: null, itemprop: null, title: null, crumb: null, secondary: [], siteLabels: [], description: null, siteNames: [] as string[] };
  assert.equal(chooseTitle({ ...base, h1s: [['Logo', 'Logo'], ['Ein langer Titel hier', 'Ein langer Titel hier']], title: 'Ein langer Titel hier - Blatt' }), 'Ein langer Titel hier');
  assert.equal(chooseTitle({ ...base, h1s: [['Bohren, bis es heiß wird', 'Klimaschutz: Bohren, bis es heiß wird']], og: 'Klimaschutz: Bohren, bis es heiß wird' }), 'Bohren, bis es heiß wird');
  assert.equal(chooseTitle({ ...base, h1s: [], og: 'Titel ohne Überschrift', title: 'Titel ohne Überschrift | Blatt', siteNames: ['Blatt'] }), 'Titel ohne Überschrift');
  assert.equal(chooseTitle({ ...base, h1s: [] }), null);
  const echoed = 'Atomkraft ist nicht nachhaltig | Umweltamt';
  assert.equal(chooseTitle({ ...base, h1s: [[echoed, echoed]], og: 'Atomkraft ist nicht nachhaltig', title: echoed, siteNames: ['Umweltamt'] }), 'Atomkraft ist nicht nachhaltig');
});

test('soft hyphens are dropped from page text', () => {
  assert.equal(clean('Mes\u00adsen\u00adger\u00addiens\u00adte  sind\u00a0frei'), 'Messengerdienste sind frei');
});

test('a heading that continues the SEO title with its own subtitle is kept whole', () => {
  const base = { og: null, twitter: null, ld: null, itemprop: null, crumb: null, secondary: [], siteLabels: [], description: null, siteNames: ['Backblog'] };
  const heading = 'Saftiger Zitronenkuchen vom Blech: einfach köstlich!';
  assert.equal(chooseTitle({ ...base, h1s: [[heading, heading]], title: 'Saftiger Zitronenkuchen vom Blech | Backblog' }), heading);
  const dated = 'Zuschauer kehren in die Hallen zurück 02.02.2022 • Verband , Presse';
  assert.equal(chooseTitle({ ...base, h1s: [[dated, dated]], title: 'Zuschauer kehren in die Hallen zurück' }), 'Zuschauer kehren in die Hallen zurück');
});

test("a blog's logo heading that the <title> names as its site is not the headline", () => {
  const base = { og: null, twitter: null, ld: null, itemprop: null, crumb: null, secondary: [], siteLabels: [], description: null, siteNames: [] as string[] };
  const title = 'Was ist Virales Marketing? | Dimido Blog';
  assert.equal(chooseTitle({ ...base, h1s: [['Dimido Blog', 'Dimido Blog']], title }), 'Was ist Virales Marketing?');
  const headline = 'Rede zur Lage';
  assert.equal(chooseTitle({ ...base, h1s: [[headline, headline]], title: 'Rede zur Lage | Bundespresseamt' }), headline);
});
