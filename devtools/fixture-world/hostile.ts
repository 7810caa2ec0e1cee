import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { esc } from './text.ts';

/**
 * A host that misbehaves in every way a fetcher must survive. Each endpoint is listed in `HostileEndpoints`; the
 * hostile source's feed links to the page-like ones and its feed list holds the broken feeds, so an ingest run
 * meets all of them.
 */

export interface HostileEndpoints {
  origin: string;
  /** A well-formed RSS 2.0 feed whose items are the hostile pages below plus one healthy article. */
  feed: string;
  /** 1 GiB of zeros inflated, about 1 MB on the wire (concatenated gzip members), Content-Encoding: gzip. */
  gzipBomb: string;
  /** A 200 response that never ends; it stops only when the client hangs up. */
  endlessBody: string;
  /** One byte every `dripIntervalMs`, forever. */
  slowDrip: string;
  /** A → B → A. */
  redirectLoop: string;
  /** Six redirects before a 200 page: one more than a client may follow. */
  redirectChain: string;
  /** 302 to http://10.0.0.1/… (nothing listens; the client must refuse before connecting). */
  redirectToPrivate: string;
  /** 302 to the cloud metadata address http://169.254.169.254/latest/meta-data/. */
  redirectToMetadata: string;
  malformedFeed: string;
  /** A 200 text/html error page where a feed should be. */
  htmlFeed: string;
  /** 500 with an HTML body. */
  errorFeed: string;
  /** 429 with Retry-After: 120, on a second hostile host so the backoff it earns does not hide the other endpoints. */
  rateLimitedFeed: string;
  /** Header says charset=utf-8; the bytes are windows-1252. */
  lyingCharset: string;
  /** What the lying page says, correctly decoded: a decoder that trusts the header loses the € and the quotes. */
  lyingCharsetText: string;
  healthyArticle: string;
  dripIntervalMs: number;
}

const BOMB_MEMBER_BYTES = 16 * 1024 * 1024;
const BOMB_MEMBERS = 64;
const DRIP_MS = 300;
const LYING_TEXT = 'El Gobierno aprobó ayer una subida de 12 € en la pensión mínima, “un paso histórico” según la ministra — pero la oposición lo critica.';

/** A bare ampersand, an undefined entity, a misspelt closing tag, and the document cut off mid-element. */
const MALFORMED_FEED = '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Roto & mal</title>\n<item><title>Sin cerrar</tittle><link>/loop/a</link></item>\n<item><title>Truncado &nbsp; <desc';

let bombMember: Buffer | null = null;

/** One gzip member of 16 MiB of zeros, built once; the bomb repeats it (gunzip reads concatenated members as one). */
function bombChunk(): Buffer {
  bombMember ??= gzipSync(Buffer.alloc(BOMB_MEMBER_BYTES), { level: 9 });
  return bombMember;
}

export function hostileEndpoints(origin: string, rateLimitedOrigin: string): HostileEndpoints {
  const u = (p: string) => `${origin}${p}`;
  return {
    origin,
    feed: u('/feed.xml'),
    gzipBomb: u('/bomb.html'),
    endlessBody: u('/endless.html'),
    slowDrip: u('/drip.html'),
    redirectLoop: u('/loop/a'),
    redirectChain: u('/chain/1'),
    redirectToPrivate: u('/to-private'),
    redirectToMetadata: u('/to-metadata'),
    malformedFeed: u('/feeds/malformed.xml'),
    htmlFeed: u('/feeds/html.xml'),
    errorFeed: u('/feeds/500.xml'),
    rateLimitedFeed: `${rateLimitedOrigin}/feeds/429.xml`,
    lyingCharset: u('/lying-charset.html'),
    lyingCharsetText: LYING_TEXT,
    healthyArticle: u('/ok/article.html'),
    dripIntervalMs: DRIP_MS,
  };
}

function articleHtml(title: string, paragraph: string): string {
  return `<!DOCTYPE html><html lang="es"><head><title>${esc(title)}</title></head><body><article><h1>${esc(title)}</h1><time datetime="2024-05-12T10:00:00+02:00">12/05/2024</time><p>${esc(paragraph)}</p><p>${esc(paragraph)}</p></article></body></html>`;
}

function feedXml(e: HostileEndpoints): string {
  const now = new Date().toUTCString();
  const links = [e.gzipBomb, e.endlessBody, e.slowDrip, e.redirectLoop, e.redirectChain, e.redirectToPrivate, e.redirectToMetadata, e.lyingCharset, e.healthyArticle];
  const items = links.map((l, i) => `<item><title>Artículo ${i + 1}</title><link>${esc(l)}</link><guid>${esc(l)}</guid><pubDate>${now}</pubDate></item>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>La Trampa Digital</title><link>${e.origin}/</link><description>Hostile</description>\n${items.join('\n')}\n</channel></rss>\n`;
}

function streamForever(res: ServerResponse, chunk: Buffer): void {
  let open = true;
  res.on('close', () => {
    open = false;
  });
  const pump = () => {
    while (open && res.write(chunk));
    if (open) res.once('drain', pump);
  };
  pump();
}

function streamBomb(res: ServerResponse): void {
  const member = bombChunk();
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip', 'content-length': String(member.length * BOMB_MEMBERS) });
  let sent = 0;
  let open = true;
  res.on('close', () => {
    open = false;
  });
  const pump = () => {
    while (open && sent < BOMB_MEMBERS) {
      sent++;
      if (!res.write(member)) {
        res.once('drain', pump);
        return;
      }
    }
    if (open) res.end();
  };
  pump();
}

function drip(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.write('<');
  const timer = setInterval(() => res.write('p'), DRIP_MS);
  res.on('close', () => clearInterval(timer));
}

export function handleHostile(e: HostileEndpoints, req: IncomingMessage, res: ServerResponse): void {
  const path = new URL(req.url ?? '/', e.origin).pathname;
  const redirect = (to: string): void => {
    res.writeHead(302, { location: to, 'content-length': '0' }).end();
  };
  const text = (status: number, type: string, body: string | Buffer, headers: Record<string, string> = {}) => {
    const bytes = typeof body === 'string' ? Buffer.from(body) : body;
    res.writeHead(status, { 'content-type': type, 'content-length': String(bytes.length), ...headers }).end(bytes);
  };
  const chain = /^\/chain\/(\d)$/.exec(path);
  if (chain) {
    const n = Number(chain[1]);
    redirect(n < 6 ? `/chain/${n + 1}` : '/chain/end');
    return;
  }
  switch (path) {
    case '/robots.txt':
      return text(200, 'text/plain', 'User-agent: *\nAllow: /\n');
    case '/feed.xml':
      return text(200, 'application/rss+xml; charset=utf-8', feedXml(e), { 'cache-control': 'max-age=300' });
    case '/bomb.html':
      return streamBomb(res);
    case '/endless.html':
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return streamForever(res, Buffer.from('<p>'.padEnd(64 * 1024, 'a')));
    case '/drip.html':
      return drip(res);
    case '/loop/a':
      return redirect('/loop/b');
    case '/loop/b':
      return redirect(`${e.origin}/loop/a`);
    case '/chain/end':
      return text(200, 'text/html; charset=utf-8', articleHtml('Fin de la cadena', 'Seis redirecciones después.'));
    case '/to-private':
      return redirect('http://10.0.0.1/internal/article.html');
    case '/to-metadata':
      return redirect('http://169.254.169.254/latest/meta-data/');
    case '/feeds/malformed.xml':
      return text(200, 'application/rss+xml', MALFORMED_FEED);
    case '/feeds/html.xml':
      return text(200, 'text/html; charset=utf-8', '<!DOCTYPE html><html><head><title>Error</title></head><body><h1>Service temporarily unavailable</h1><p>Please try again later.</p></body></html>');
    case '/feeds/500.xml':
      return text(500, 'text/html; charset=utf-8', '<html><body><h1>500 Internal Server Error</h1></body></html>');
    case '/feeds/429.xml':
      return text(429, 'text/plain', 'Too Many Requests', { 'retry-after': '120' });
    case '/lying-charset.html':
      return text(200, 'text/html; charset=utf-8', iconv.encode(articleHtml('Subida de las pensiones', LYING_TEXT), 'windows-1252'));
    case '/ok/article.html':
      return text(200, 'text/html; charset=utf-8', articleHtml('Un artículo sano', 'Este artículo se sirve con normalidad junto a los puntos hostiles.'));
    default:
      return text(404, 'text/html', '<h1>404</h1>');
  }
}
