import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SourceConfigInput } from '../../../devtools/fixture-world/world.ts';

/**
 * A Spanish outlet on 127.0.0.1 whose name, headline, standfirst and body carry script payloads, for the browser
 * tests: the desk takes it in through the real pipeline (fetch, extract, sanitise, translate, publish). Every payload
 * calls `__xss(where)`, so a test that defines that function learns exactly which one ran.
 */

export const HOSTILE_NAME = `Diario "><svg onload=__xss('name-svg')><img src=x onerror=__xss('name-img')>`;
export const HOSTILE_TITLE = `El ministro <script>__xss('title')</script> habló "><svg onload=__xss('title-svg')> en Madrid`;
const HOSTILE_STANDFIRST = `La ley <img src=x onerror=__xss('standfirst')> llega al parlamento</script><script>__xss('standfirst-close')</script> esta semana.`;

/** Raw markup in the page body: the sanitiser has to take every one of these apart. */
const BODY = [
  `<p>El gobierno anunció hoy <img src=x onerror="__xss('body-img')"> una nueva ley sobre la vivienda en la capital del país, que afectará a miles de familias.</p>`,
  `<p>Según el ministro, <a href="javascript:__xss('body-js-link')">la medida</a> entrará en vigor el próximo mes de enero y tendrá un coste de cien millones.</p>`,
  `<p>Los vecinos <script>__xss('body-script')</script> celebraron la decisión en la plaza mayor de la ciudad durante toda la tarde del domingo.</p>`,
  `<p>La oposición criticó "><svg onload=__xss('body-svg')></svg> el plan y pidió más debate en el parlamento nacional antes de la votación final.</p>`,
  `<p>Un lector escribió &lt;img src=x onerror=__xss('body-text')&gt; en la carta que envió al periódico local <a href=" jav&#x09;ascript:__xss('body-obfuscated')">ayer</a> por la mañana.</p>`,
  `<p>El debate continuará la próxima semana <iframe src="javascript:__xss('body-iframe')"></iframe> con la comparecencia de los expertos en vivienda y urbanismo.</p>`,
];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function page(url: string, published: string): string {
  return `<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8">
<title>${esc(HOSTILE_TITLE)}</title>
<meta property="og:title" content="${esc(HOSTILE_TITLE)}">
<meta name="description" content="${esc(HOSTILE_STANDFIRST)}">
<meta property="og:site_name" content="${esc(HOSTILE_NAME)}">
<link rel="canonical" href="${url}">
<meta property="article:published_time" content="${published}">
</head><body>
<article>
<h1>${esc(HOSTILE_TITLE)}</h1>
<p class="standfirst">${esc(HOSTILE_STANDFIRST)}</p>
<time datetime="${published}">${published}</time>
<div class="article-body">
${BODY.join('\n')}
</div>
</article>
</body></html>`;
}

function feed(origin: string, articleUrl: string, published: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>${esc(HOSTILE_NAME)}</title><link>${origin}/</link><language>es</language>
<item><title>${esc(HOSTILE_TITLE)}</title><link>${articleUrl}</link><guid>${articleUrl}</guid><pubDate>${new Date(published).toUTCString()}</pubDate></item>
</channel></rss>`;
}

export interface HostileOutlet {
  source: SourceConfigInput;
  articleUrl: string;
  close(): Promise<void>;
}

export async function startHostileOutlet(): Promise<HostileOutlet> {
  const published = new Date(Math.floor(Date.now() / 60_000) * 60_000 - 3_600_000).toISOString();
  const server: Server = createServer((req, res) => {
    const send = (status: number, type: string, body: string) => res.writeHead(status, { 'content-type': `${type}; charset=utf-8` }).end(body);
    if (req.url === '/feed.xml') return send(200, 'application/rss+xml', feed(origin, articleUrl, published));
    if (req.url === '/2026/ley-vivienda.html') return send(200, 'text/html', page(articleUrl, published));
    if (req.url === '/robots.txt') return send(200, 'text/plain', 'User-agent: *\nAllow: /\n');
    return send(404, 'text/plain', 'not found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const articleUrl = `${origin}/2026/ley-vivienda.html`;
  return {
    articleUrl,
    source: {
      id: 'diario-hostil',
      name: HOSTILE_NAME,
      homepage: `${origin}/`,
      country: 'ES',
      language: 'es',
      feeds: [`${origin}/feed.xml`],
      sitemaps: [],
      sectionPages: [],
      sections: {},
      mode: 'full',
      pollInterval: '5m',
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
