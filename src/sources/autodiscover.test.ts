import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type http from 'node:http';
import { startServer, testClient } from '../fetch/test-server.ts';
import { discoverSource } from './autodiscover.ts';
import { countryFromHost, readHomepage, slugFromHost } from './homepage-meta.ts';

const fixture = (name: string) => readFileSync(new URL(`testdata/${name}`, import.meta.url));

function site(routes: Record<string, [string, Buffer | string]>): http.RequestListener {
  return (req, res) => {
    const route = routes[req.url ?? ''];
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/html' }).end(fixture('error-page.html'));
      return;
    }
    res.writeHead(200, { 'content-type': route[0] }).end(route[1]);
  };
}

const ELPAIS_HOME = `<!DOCTYPE html><html lang="es-ES"><head><meta charset="utf-8">
<title>EL PAÍS: el periódico global</title>
<meta property="og:site_name" content="El País">
<link rel="alternate" type="application/rss+xml" title="Portada" href="/rss/portada.xml">
<link rel="alternate" type="application/atom+xml" href="/rss/broken.xml">
<link rel="stylesheet" href="/style.css">
</head><body><h1>EL PAÍS</h1></body></html>`;

test('discoverSource: link rel=alternate and robots.txt sitemaps, verified by parsing', async () => {
  const server = await startServer(
    site({
      '/': ['text/html; charset=utf-8', ELPAIS_HOME],
      '/rss/portada.xml': ['application/rss+xml', fixture('rss2.xml')],
      '/robots.txt': ['text/plain', 'User-agent: *\nDisallow: /admin/\nSitemap: /sitemaps/news.xml\n'],
      '/sitemaps/news.xml': ['application/xml', fixture('news-sitemap.xml')],
    }),
  );
  const client = testClient();
  try {
    const { proposal, found, problems } = await discoverSource(`${server.origin}/`, (url, opts) => client.get(url, opts));
    assert.deepEqual(found, [
      { url: `${server.origin}/rss/portada.xml`, kind: 'rss', how: 'link-alternate', items: 3 },
      { url: `${server.origin}/sitemaps/news.xml`, kind: 'news-sitemap', how: 'robots-sitemap', items: 2 },
    ]);
    assert.deepEqual(proposal, {
      id: '127-0-0',
      name: 'El País',
      homepage: `${server.origin}/`,
      country: 'ES',
      language: 'es-ES',
      feeds: [`${server.origin}/rss/portada.xml`],
      sitemaps: [`${server.origin}/sitemaps/news.xml`],
    });
    assert.equal(problems.length, 1, problems.join('\n'));
    assert.match(problems[0]!, /^link-alternate http:\/\/127\.0\.0\.1:\d+\/rss\/broken\.xml: .*404/);
  } finally {
    client.close();
    await server.close();
  }
});

test('discoverSource: common paths when the homepage announces nothing', async () => {
  const server = await startServer(
    site({
      '/': ['text/html', '<html lang="fr"><head><title>Actualités en direct | Le Monde</title></head><body></body></html>'],
      '/feed': ['application/atom+xml', fixture('atom-xmlbase.xml')],
      '/sitemap_news.xml': ['text/xml', fixture('news-sitemap.xml')],
    }),
  );
  const client = testClient();
  try {
    const { proposal, found, problems } = await discoverSource(server.origin, (url, opts) => client.get(url, opts));
    assert.deepEqual(
      found.map((f) => [f.url.replace(server.origin, ''), f.kind, f.how, f.items]),
      [
        ['/feed', 'atom', 'common-path', 2],
        ['/sitemap_news.xml', 'news-sitemap', 'common-path', 2],
      ],
    );
    assert.equal(proposal.name, 'Le Monde');
    assert.equal(proposal.language, 'fr');
    assert.equal(proposal.country, '');
    assert.deepEqual(problems, ['country: not evident from 127.0.0.1; fill in its ISO 3166-1 code']);
  } finally {
    client.close();
    await server.close();
  }
});

test('discoverSource: an unreachable homepage and no feeds are reported, not thrown', async () => {
  const server = await startServer(site({}));
  const client = testClient();
  try {
    const { found, problems } = await discoverSource(`${server.origin}/`, (url, opts) => client.get(url, opts));
    assert.deepEqual(found, []);
    assert.ok(problems.some((p) => p.startsWith(`homepage ${server.origin}/:`)), problems.join('\n'));
    assert.ok(problems.some((p) => p.startsWith('no feed or sitemap found')), problems.join('\n'));
  } finally {
    client.close();
    await server.close();
  }
});

test('homepage metadata: the outlet name as written, slug and country', () => {
  const names: [string, string, string | null][] = [
    ['<title>EL PAÍS: el periódico global</title><meta property="og:site_name" content="El País">', 'https://elpais.com/', 'El País'],
    ['<meta name="application-name" content="Süddeutsche Zeitung"><title>SZ.de</title>', 'https://www.sueddeutsche.de/', 'Süddeutsche Zeitung'],
    ['<title>Últimas noticias | El Mundo</title>', 'https://www.elmundo.es/', 'El Mundo'],
    ['<title>Corriere della Sera - Notizie</title>', 'https://www.corriere.it/', 'Corriere della Sera'],
    ['<title>Público</title>', 'https://www.publico.pt/', 'Público'],
    ['', 'https://www.ara.cat/', null],
  ];
  for (const [head, url, want] of names) assert.equal(readHomepage(`<html><head>${head}</head></html>`, url).name, want, head);

  const slugs: [string, string][] = [
    ['www.elpais.com', 'elpais'],
    ['ara.cat', 'ara'],
    ['news.bbc.co.uk', 'news-bbc'],
    ['www1.folha.uol.com.br', 'folha-uol'],
  ];
  for (const [host, want] of slugs) assert.equal(slugFromHost(host), want, host);

  const countries: [string, string | null, string | null][] = [
    ['www.lemonde.fr', null, 'FR'],
    ['www.ara.cat', 'ca', 'ES'],
    ['www.bbc.co.uk', 'en', 'GB'],
    ['elpais.com', 'es-ES', 'ES'],
    ['www.folha.com.br', 'pt-BR', 'BR'],
    ['elpais.com', 'es', null],
    ['rfi.fm', 'fr', null],
  ];
  for (const [host, lang, want] of countries) assert.equal(countryFromHost(host, lang), want, host);
});
