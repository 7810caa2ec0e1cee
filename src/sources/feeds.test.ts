import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { decodeText } from '../fetch/charset.ts';
import { parseFeed } from './feeds.ts';
import { FeedParseError, type ParsedFeed } from './types.ts';

function fixture(name: string): string {
  return decodeText(readFileSync(new URL(`testdata/${name}`, import.meta.url))).text;
}

const cases: { file: string; url: string; want: ParsedFeed }[] = [
  {
    file: 'rss2.xml',
    url: 'https://feeds.elpais.com/mrss-s/pages/ep/site/elpais.com/portada',
    want: {
      kind: 'rss',
      title: 'EL PAÍS: el periódico global',
      items: [
        {
          url: 'https://elpais.com/economia/2024-05-01/el-gobierno-aprueba-la-reforma.html?utm_source=rss',
          title: 'El Gobierno aprueba la reforma de las pensiones',
          published: '2024-05-01T09:15:00+02:00',
          summary: 'El Consejo de Ministros da luz verde — tras meses de negociación.',
          authors: ['Manuel V. Gómez', 'Lucía Abellán'],
          sections: ['Economía', 'Pensiones'],
          language: 'es-ES',
          imageUrl: 'https://imagenes.elpais.com/resizer/pensiones.jpg',
        },
        {
          url: 'https://feeds.elpais.com/espana/2024-05-01/debate-congreso.html#comentarios',
          title: 'Sánchez & Feijóo: "debate" en el Congreso — en directo',
          published: '2024-05-01T07:00:00Z',
          authors: ['Redacción'],
          sections: ['España'],
          language: 'es-ES',
          imageUrl: 'https://imagenes.elpais.com/congreso.jpg',
        },
        {
          url: 'https://elpais.com/cultura/2024-04-30/guid-only.html',
          title: 'Sin enlace pero con guid permanente',
          published: '2024-04-30T22:10:00+02:00',
          language: 'es-ES',
          imageUrl: 'https://imagenes.elpais.com/thumb.jpg',
        },
      ],
    },
  },
  {
    file: 'rss091.xml',
    url: 'https://www.monde-diplomatique.fr/rss091.xml',
    want: {
      kind: 'rss',
      title: 'Le Monde diplomatique',
      items: [
        {
          url: 'https://www.monde-diplomatique.fr/2024/05/A/12345',
          title: "L'Europe face à la guerre",
          summary: "Un dossier sur l'économie de guerre.",
          language: 'fr',
        },
        { url: 'https://www.monde-diplomatique.fr/2024/05/B/12346', title: 'Le retour des nationalisations', language: 'fr' },
      ],
    },
  },
  {
    file: 'rdf.xml',
    url: 'https://www.heise.de/rss/heise.rdf',
    want: {
      kind: 'rdf',
      title: 'heise online News',
      items: [
        {
          url: 'https://www.heise.de/news/Bundestag-beschliesst-Gesetz-9700001.html',
          title: 'Bundestag beschließt Gesetz zur Digitalisierung',
          published: '2024-05-02T14:30:00+02:00',
          summary: 'Der Bundestag hat am Donnerstag ein Gesetz verabschiedet.',
          authors: ['Stefan Krempl'],
          sections: ['Politik'],
          language: 'de',
        },
        {
          url: 'https://www.heise.de/news/Datenschutz-Urteil-9700002.html',
          title: 'Datenschutz: Urteil des EuGH',
          published: '2024-05-02T09:05:00Z',
          language: 'de',
        },
      ],
    },
  },
  {
    file: 'atom-xmlbase.xml',
    url: 'https://feeds.example.net/ilpost.atom',
    want: {
      kind: 'atom',
      title: 'Il Post — Italia',
      items: [
        {
          url: 'https://www.ilpost.it/2024/05/03/governo-riforma-pensioni/',
          title: 'Il governo approva la riforma delle pensioni',
          published: '2024-05-03T07:45:00+02:00',
          modified: '2024-05-03T09:10:00+02:00',
          summary: 'Dopo mesi di trattative con i sindacati.',
          authors: ['Redazione', 'Giulia Rossi'],
          sections: ['Politica'],
          language: 'it',
          imageUrl: 'https://cdn.ilpost.it/pensioni.jpg',
        },
        {
          url: 'https://www.ilpost.it/2024/05/02/scioperi-treni-maggio/',
          title: 'Scioperi dei treni a maggio',
          modified: '2024-05-02T18:00:00Z',
          language: 'it',
          imageUrl: 'https://cdn.ilpost.it/treni.jpg',
        },
      ],
    },
  },
  {
    file: 'jsonfeed11.json',
    url: 'https://www.publico.pt/feed.json',
    want: {
      kind: 'json',
      title: 'Público',
      items: [
        {
          url: 'https://www.publico.pt/2024/05/04/politica/noticia/governo-aprova-reforma-2089001',
          title: 'Governo aprova reforma das pensões & sindicatos reagem',
          published: '2024-05-04T10:20:00+01:00',
          modified: '2024-05-04T11:00:00+01:00',
          summary: 'Depois de meses de negociação.',
          authors: ['Ana Sá Lopes'],
          sections: ['Política', 'Pensões'],
          language: 'pt-PT',
          imageUrl: 'https://imagens.publico.pt/pensoes.jpg',
        },
        {
          url: 'https://www.publico.pt/2024/05/04/desporto/noticia/benfica-2089002',
          published: '2024-05-04T09:00:00Z',
          summary: 'Sem título.',
          authors: ['Público'],
          language: 'pt-PT',
        },
      ],
    },
  },
  {
    file: 'news-sitemap.xml',
    url: 'https://www.lavanguardia.com/sitemap-news.xml',
    want: {
      kind: 'news-sitemap',
      title: 'La Vanguardia',
      items: [
        {
          url: 'https://www.lavanguardia.com/politica/20240505/9650001/govern-aprova-pressupostos.html',
          // A news:title is plain text: escaped markup in it is literal, not HTML to strip.
          title: 'El Govern aprova els pressupostos & la <oposició> protesta',
          published: '2024-05-05T11:00:00+02:00',
          modified: '2024-05-05T12:30:00+02:00',
          language: 'ca',
          sections: ['pressupostos', 'Govern'],
          imageUrl: 'https://www.lavanguardia.com/files/pressupostos.jpg',
        },
        {
          url: 'https://www.lavanguardia.com/economia/20240505/9650002/ibex.html',
          title: 'El Ibex cierra en positivo',
          published: '2024-05-05',
          language: 'es',
        },
      ],
    },
  },
  {
    file: 'sitemap-index.xml',
    url: 'https://www.lemonde.fr/sitemap_index.xml',
    want: {
      kind: 'sitemap-index',
      items: [],
      children: [
        'https://www.lemonde.fr/sitemap_news.xml',
        'https://www.lemonde.fr/sitemaps/articles/2024-05-05.xml',
        'https://www.lemonde.fr/sitemaps/articles/2024-05-04.xml',
      ],
    },
  },
  {
    file: 'urlset.xml',
    url: 'https://www.lemonde.fr/sitemaps/articles/2024-05-05.xml',
    want: {
      kind: 'sitemap',
      items: [
        { url: 'https://www.lemonde.fr/international/article/2024/05/05/un-article_6231.html', modified: '2024-05-05' },
        {
          url: 'https://www.lemonde.fr/politique/article/2024/05/04/autre-article_6230.html',
          modified: '2024-05-04T23:59:00+02:00',
        },
      ],
    },
  },
  {
    file: 'malformed-tolerable.xml',
    url: 'https://www.dn.pt/rss',
    want: {
      kind: 'rss',
      title: 'Diário & Notícias',
      items: [
        {
          url: 'https://www.dn.pt/sociedade/greve-transportes.html',
          title: 'Lisboa & Porto: greve nos transportes',
          published: '2024-05-05T08:00:00+01:00',
        },
        { url: 'https://www.dn.pt/pais/sem-fecho.html', title: 'Item sem fecho de descrição', summary: 'texto sem fecho' },
      ],
    },
  },
  {
    file: 'rss-windows-1252.xml',
    url: 'https://www.lesoir.be/rss',
    want: {
      kind: 'rss',
      title: 'Le Soir – Belgique',
      items: [
        {
          url: 'https://www.lesoir.be/500001/article/2024-05-05/ete-chaud',
          title: 'L’été sera chaud — “canicule” à 10€ le ticket',
          published: '2024-05-05T10:00:00+02:00',
          sections: ['Société'],
        },
      ],
    },
  },
];

test('parseFeed reads every format into DiscoveredItems', () => {
  for (const { file, url, want } of cases) assert.deepEqual(parseFeed(fixture(file), url), want, file);
});

test('the kind comes from the content, not the URL', () => {
  assert.equal(parseFeed(fixture('atom-xmlbase.xml'), 'https://example.es/rss.xml').kind, 'atom');
  assert.equal(parseFeed(fixture('news-sitemap.xml'), 'https://example.es/feed').kind, 'news-sitemap');
  assert.equal(parseFeed(fixture('jsonfeed11.json'), 'https://example.es/atom.xml').kind, 'json');
});

test('unreadable feeds are errors naming the URL and the problem', () => {
  const cases: [string, string, RegExp][] = [
    [fixture('malformed-broken.xml'), 'https://www.dn.pt/broken.xml', /^https:\/\/www\.dn\.pt\/broken\.xml: malformed XML/],
    [fixture('error-page.html'), 'https://eldiario.es/rss/', /^https:\/\/eldiario\.es\/rss\/: got an HTML page, not a feed \("Página no encontrada \| El Diario"\)/],
    ['', 'https://a.es/feed', /empty response/],
    ['{"version": 1, "items": ', 'https://a.es/feed.json', /^https:\/\/a\.es\/feed\.json: invalid JSON/],
    ['{"items": []}', 'https://a.es/feed.json', /not a JSON Feed/],
    ['<opml version="2.0"><body/></opml>', 'https://a.es/list.opml', /<opml> is not a feed or sitemap root element/],
    ['Service Unavailable', 'https://a.es/feed', /not XML or JSON/],
  ];
  for (const [text, url, message] of cases) {
    assert.throws(
      () => parseFeed(text, url),
      (error: unknown) => error instanceof FeedParseError && error.url === url && message.test(error.message),
      url,
    );
  }
});
