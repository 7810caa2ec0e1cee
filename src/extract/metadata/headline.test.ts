import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDocument } from '../dom.ts';
import { extractMetadata } from './index.ts';

/** The title extracted from a small page: head markup, body markup, the page's URL. */
function titleOf(head: string, body: string, url = 'https://www.blatt.example/2023/05/artikel-123'): string | null {
  return extractMetadata(parseDocument(`<!doctype html><html lang="de"><head>${head}</head><body>${body}</body></html>`), url).title;
}

test("a logo heading linking to the home page is not the headline, and its text is cut from the <title> as the site's name", () => {
  const head = '<title>Time 4 talks » Blog Archiv » Weitere Digitalisierung der Schweizer Kinos</title>';
  const body = '<h1><a href="https://www.blatt.example/">Time 4 talks</a></h1><div class="post"><p>Text</p></div>';
  assert.equal(titleOf(head, body), 'Weitere Digitalisierung der Schweizer Kinos');
  const blog = '<h1 id="site-title"><a href="/" rel="home">Mäscot das Schaf</a></h1><h1 class="entry-title">Kleine Schafskunde</h1>';
  assert.equal(titleOf('<title>Kleine Schafskunde | Mäscot das Schaf</title>', blog), 'Kleine Schafskunde');
});

test('an h2 that the metadata names is the headline when the h1 is a label, a kicker or missing', () => {
  const strap = '<h1 class="strapline">Strava-Update: POI bei Routen-Tool</h1><h2 class="title">Strava-Karten ab sofort mit mehr Infos</h2>';
  assert.equal(titleOf('<title>Strava-Karten ab sofort mit mehr Infos - Strava-Update: POI bei Routen-Tool</title>', strap), 'Strava-Karten ab sofort mit mehr Infos');
  const crumb = '<h1 class="breadcrumb-title"><span>Nordkorea: Kim Jong Un ist zurück</span></h1><h2 class="article-headline">Kim Jong Un: Der Diktator ist zurück</h2>';
  const head = '<title>Nordkorea: Kim Jong Un ist zurück | Politik</title><meta property="og:title" content="Kim Jong Un: Der Diktator ist zurück">';
  assert.equal(titleOf(head, crumb), 'Kim Jong Un: Der Diktator ist zurück');
  const noH1 = '<h2>Details</h2><h2 itemprop="name">Villa Galaxy</h2>';
  assert.equal(titleOf('<title>Villa Galaxy - Ferienvilla in Florida</title>', noH1), 'Villa Galaxy');
  const unconfirmed = '<h1>Betriebliche Altersvorsorge</h1><h2>Mit Hilfe des Chefs für die Rente sparen</h2><h2>In diesem Ratgeber</h2>';
  const og = '<title>Betriebliche Altersvorsorge (bAV) - Wann lohnt sie sich?</title><meta property="og:title" content="Mit Hilfe des Chefs für die Rente sparen">';
  assert.equal(titleOf(og, unconfirmed), 'Mit Hilfe des Chefs für die Rente sparen');
});

test('an h2 confirmed only by a piece of the <title> needs to be long: navigation headings are short', () => {
  const body = '<h2>Politik</h2><h2>Suche</h2><div class="text"><p>Text</p></div>';
  assert.equal(titleOf('<title>Der Landtag tagt wieder öffentlich - Politik - Blatt</title>', body), 'Der Landtag tagt wieder öffentlich - Politik');
});

test('headings for screen readers only are not headlines', () => {
  const body = '<h1 class="entry-title">Tote Hummeln unter Linden</h1><h2 class="screen-reader-text">Tote Hummeln unter Linden: Die Erklärung | Hummeln</h2>';
  const head = '<title>Tote Hummeln unter Linden: Die Erklärung | Hummeln</title><meta property="og:site_name" content="Hummeln">';
  const crumb = '<script type="application/ld+json">{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Biologie"},{"@type":"ListItem","position":2,"name":"Tote Hummeln unter Linden"}]}</script>';
  assert.equal(titleOf(head + crumb, body), 'Tote Hummeln unter Linden');
});

test("the breadcrumb's last item confirms the heading it names", () => {
  const crumb = '<script type="application/ld+json">{"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Startseite"},{"@type":"ListItem","position":2,"name":"Mein cosy Home Gift Guide"}]}</script>';
  const body = '<h1>Mein cosy Home Gift Guide</h1><h1>Das ist Liebe: Unser Newsletter!</h1>';
  assert.equal(titleOf(`<title>Christmas Gift Guide | Journelles | Jetzt entdecken!</title>${crumb}`, body), 'Mein cosy Home Gift Guide');
});

test('a kicker element before the headline goes, whatever the metadata glues on', () => {
  const top = '<h1 class="entry-title"><span class="entry-title__toptitle">Forderungsausfälle vermeiden</span> Eigentumsvorbehalt: Das sollten Käufer wissen</h1>';
  assert.equal(titleOf('<title>Eigentumsvorbehalt: Das sollten Käufer wissen - dhz.net</title>', top), 'Eigentumsvorbehalt: Das sollten Käufer wissen');
  const lead = '<h1 class="entry-title"><span class="sub">Energiewende Oberland:</span><br> Klimavorreiter Oberland?</h1>';
  assert.equal(titleOf('<title>Klimavorreiter Oberland? - Tegernseerstimme</title>', lead), 'Klimavorreiter Oberland?');
});

test('a heading that the SEO title shortens keeps its own words, before or after', () => {
  const after = '<h1>Ultium Cells erhöht Gigafactory-Kapazität in Tennessee</h1>';
  assert.equal(titleOf('<title>Ultium Cells erhöht Gigafactory-Kapazität - Battery-News.de</title>', after), 'Ultium Cells erhöht Gigafactory-Kapazität in Tennessee');
  const quote = '<h1 class="entry-title">"Pure Leere": Marita Kramer verpasst Olympische Spiele</h1>';
  assert.equal(titleOf('<title>Marita Kramer verpasst Olympische Spiele - skispringen.com</title>', quote), '"Pure Leere": Marita Kramer verpasst Olympische Spiele');
  const question = '<h1>Wie pflege ich meine Zaubernuss im Winter?</h1>';
  assert.equal(titleOf('<title>Zaubernuss im Winter » Wann blüht die Hamamelis?</title>', question), 'Wie pflege ich meine Zaubernuss im Winter?');
  const dated = '<h1>Zuschauer kehren in die Hallen zurück 02.02.2022</h1>';
  assert.equal(titleOf('<title>Zuschauer kehren in die Hallen zurück</title>', dated), 'Zuschauer kehren in die Hallen zurück');
});

test('another heading that continues the confirmed headline in its own words is the headline', () => {
  const body = '<h1>Die Haubenfahrzeuge der Nachkriegszeit - Teil 49</h1><h2 class="h1">Die Haubenfahrzeuge der Nachkriegszeit - Teil 49 – Büssing-NAG (Baujahre 1931 – 1945)</h2>';
  assert.equal(titleOf('<title>Die Haubenfahrzeuge der Nachkriegszeit - Teil 49 - BOS-Fahrzeuge</title>', body), 'Die Haubenfahrzeuge der Nachkriegszeit - Teil 49 – Büssing-NAG (Baujahre 1931 – 1945)');
  const short = '<h1>Baumgutachten</h1><h2>Baumgutachten: wann und wie?</h2>';
  assert.equal(titleOf('<title>Baumgutachten</title>', short), 'Baumgutachten');
});

test('a heading that the metadata extends with a qualifier is the headline', () => {
  const body = '<h2> Der historische Purzelbaum </h2><h3>Zeit ist Geld</h3>';
  assert.equal(titleOf('<meta property="og:title" content="Der historische Purzelbaum (2021/5)"><title>Der historische Purzelbaum (2021/5): alacarte</title>', body), 'Der historische Purzelbaum');
});

test('soft hyphens stay where the metadata writes them too, decoration before the first word goes', () => {
  const shy = 'Deutsch\u00adland steht fest an der Seite des Welt\u00adernährungs\u00adprogramms';
  const roof = `<h1><span class="detail__roofline">Ernährung sichern</span> ${shy}</h1>`;
  assert.equal(titleOf(`<meta property="og:title" content="${shy}">`, roof), shy);
  assert.equal(titleOf('<title>Messengerdienste sind kein rechtsfreier Raum</title>', '<h1>Mes\u00adsen\u00adger\u00addiens\u00adte sind kein rechts\u00adfrei\u00ader Raum</h1>'), 'Messengerdienste sind kein rechtsfreier Raum');
  assert.equal(titleOf('<title>mediaarchitecture.de // » Jens Weber</title>', '<h2>[&gt; Jens Weber</h2>', 'http://mediaarchitecture.de/jens-weber/'), 'Jens Weber');
  assert.equal(titleOf('<title>[Expertenwissen] Neues Update</title>', '<h1>[Expertenwissen] Neues Update</h1>'), '[Expertenwissen] Neues Update');
});

test('an element opening a heading before its bare text is the kicker of that text', () => {
  const body = '<h1><span class="h1small">Initiative EnergieEffizienz</span> Kostenloser Stromcheck für private Haushalte</h1>';
  assert.equal(titleOf('<title>Initiative EnergieEffizienz - kostenloser Stromcheck | Ökologisch Bauen</title>', body), 'Kostenloser Stromcheck für private Haushalte');
  const two = '<h1><span class="a">Dezuka Suisan: Deep-Fried Fish Cakes</span> <small class="b">Welcome to the Flavor Capital</small></h1>';
  assert.equal(titleOf('<meta property="og:title" content="Dezuka Suisan: Deep-Fried Fish Cakes">', two), 'Dezuka Suisan: Deep-Fried Fish Cakes');
});

test('metadata titles that differ give the piece they share; without one, the <title> piece the description repeats', () => {
  const head = '<title>next2games | Vorschauen: Anno 1800 Beta</title><meta property="og:title" content="Industriell Revolutioniert?: Anno 1800 Beta">';
  assert.equal(titleOf(head, '<div>Text</div>'), 'Anno 1800 Beta');
  const described = '<title>EFC Regensburg - Eintracht Frankfurt stellt Weichen für die Zukunft - Eintracht Presse - News</title><meta name="description" content="Eintracht Frankfurt stellt Weichen für die Zukunft">';
  assert.equal(titleOf(described, '<div>Text</div>', 'http://efc-regensburg.example/modules/news/article.php?storyid=504'), 'Eintracht Frankfurt stellt Weichen für die Zukunft');
});

test('a lone h1 is the headline however short; a front page with several h1s keeps its <title>', () => {
  assert.equal(titleOf('<title>Professionelles & Seriöses Design für Unternehmen | VON DER SEE</title>', '<h1>Design</h1><h2>Worauf kommt es an?</h2>'), 'Design');
  assert.equal(titleOf('<title>News</title>', '<h1>News</h1><div>Text</div>'), 'News');
  const front = '<h1>Boarische Buidl</h1><h1>Bilder aus Bayern</h1><h1>Bavarian pictures</h1>';
  assert.equal(titleOf('<title>pix-bavaria</title>', front, 'https://www.pix-bavaria.example/'), 'pix-bavaria');
});

test('an h1 with a link to another page in part of its text is no headline unless the metadata names it', () => {
  const body = '<h1 class="site-title"><a href="/">Echte Demokratie</a></h1><h1>yes we camp <a href="/t-shirt/">t-shirt</a></h1><h2>Liebe Menschen Europas</h2>';
  assert.equal(titleOf('<title>Liebe Menschen Europas | Echte Demokratie</title>', body), 'Liebe Menschen Europas');
});

test('a page without h1 text opens with its headline in an h2, unless its metadata agrees on another', () => {
  const body = '<h1 class="sifr"></h1><h2 class="hidden">Blatt – Nachrichten</h2><h2>Rail Replacement Services Travel Advice</h2><h2>General Information</h2>';
  assert.equal(titleOf('<title>Bootsdienst - Ausbildung</title>', body), 'Rail Replacement Services Travel Advice');
  const agreed = '<title>Lorient vs Olympique Lyonnais</title><meta property="og:title" content="Lorient vs Olympique Lyonnais">';
  assert.equal(titleOf(agreed, '<h2>Match en direct</h2>'), 'Lorient vs Olympique Lyonnais');
  assert.equal(titleOf('<title>Gute Nachricht</title>', '<h2>Samstag, 5. Oktober 2013</h2>'), 'Gute Nachricht');
});
