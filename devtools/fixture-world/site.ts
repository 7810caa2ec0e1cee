import type { IncomingMessage, ServerResponse } from 'node:http';
import { linkRelated, makeArticle, storyFor, type FixtureArticle, type FixtureSource } from './model.ts';
import { LOCALES, type Locale } from './outlets.ts';
import { renderArticle } from './render-article.ts';
import * as feeds from './render-feeds.ts';
import { encodeMarkup, send, type Payload } from './respond.ts';
import { storiesByLanguage } from './stories.ts';
import { esc, isoInOffset, seededRandom } from './text.ts';

/** A change to an article's body; by default one sentence is added to the end of its last paragraph. */
export interface Revision {
  title?: string;
  paragraphs?: string[];
}

export interface NewArticle {
  title?: string;
  standfirst?: string;
  paragraphs?: string[];
  section?: string;
}

/** 1×1 grey JPEG, enough for an image URL that answers. */
const PIXEL = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
  'base64',
);

const FEED_MAX_AGE = 300;
const PAGE_MAX_AGE = 60;

/** One outlet's website: its articles (newest first) and the HTTP answers for its paths. */
export class SourceSite {
  private live: FixtureArticle[];
  private readonly byPath = new Map<string, FixtureArticle>();
  /** Rendered feeds, dropped whenever an article changes; article pages are rendered per request. */
  private readonly feedCache = new Map<string, Payload>();
  private nextNum: number;
  private readonly rand: () => number;
  private readonly priv: feeds.PrivateItem;

  constructor(
    readonly source: FixtureSource,
    articles: FixtureArticle[],
    private readonly sourceIndex: number,
    seed: number,
  ) {
    this.live = articles;
    for (const a of articles) this.byPath.set(new URL(a.url).pathname, a);
    this.nextNum = 100_000 + articles.length;
    this.rand = seededRandom(seed ^ 0x5eed);
    const locale = this.locale();
    const title = storiesByLanguage().get(source.storyLanguage)?.at(-1)?.title ?? source.name;
    this.priv = { url: source.privateUrl, title: `${locale.ui.subscribe}: ${title}`, published: isoInOffset(Date.now() - 3_600_000, locale.offset) };
  }

  private locale(): Locale {
    return LOCALES[this.source.storyLanguage] as Locale;
  }

  articles(): FixtureArticle[] {
    return [...this.byPath.values()];
  }

  owns(url: string): FixtureArticle | undefined {
    return this.byPath.get(new URL(url).pathname);
  }

  revise(a: FixtureArticle, change: Revision | undefined): void {
    if (a.removed) throw new Error(`fixture world: cannot revise removed article ${a.url}`);
    const now = Date.now();
    a.revision += 1;
    if (change?.title) a.title = change.title;
    if (change?.paragraphs) a.paragraphs = [...change.paragraphs];
    else {
      const last = a.paragraphs.length - 1;
      a.paragraphs = a.paragraphs.map((p, i) => (i === last ? `${p} (${isoInOffset(now, this.locale().offset).slice(11, 16)} — rev. ${a.revision})` : p));
    }
    // Last-Modified has one-second resolution: make sure the new time is visibly later than the old one.
    a.modified = isoInOffset(Math.max(now, Date.parse(a.modified) + 1000), this.locale().offset);
    this.feedCache.clear();
  }

  remove(a: FixtureArticle): void {
    a.removed = true;
    this.live = this.live.filter((x) => x !== a);
    this.feedCache.clear();
  }

  add(input: NewArticle): FixtureArticle {
    const now = Date.now();
    const num = this.nextNum++;
    const a = makeArticle(this.source, { ...storyFor(this.source, num - 100_000, this.sourceIndex), publishedMs: now, num, rand: this.rand });
    if (input.title) a.title = input.title;
    if (input.standfirst !== undefined) a.standfirst = input.standfirst;
    if (input.paragraphs) a.paragraphs = [...input.paragraphs];
    if (input.section) {
      const s = this.locale().sections.find((x) => x.slug === input.section);
      if (!s) throw new Error(`fixture world: source ${this.source.id} has no section "${input.section}"`);
      a.section = s.slug;
      a.category = s.category;
    }
    if (a.blockquote !== null && a.blockquote >= a.paragraphs.length) a.blockquote = null;
    if (a.subheading && a.subheading.before >= a.paragraphs.length) a.subheading = null;
    const path = new URL(a.url).pathname;
    if (this.byPath.has(path)) throw new Error(`fixture world: duplicate article path ${path} on ${this.source.id}`);
    this.live = [a, ...this.live];
    linkRelated(this.live);
    this.byPath.set(path, a);
    this.feedCache.clear();
    return a;
  }

  handle(req: IncomingMessage, res: ServerResponse): void {
    const path = new URL(req.url ?? '/', this.source.homepage).pathname;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(req, res, this.html(405, '<h1>405</h1>'), null);
      return;
    }
    const article = this.byPath.get(path);
    if (article) {
      if (article.removed) send(req, res, this.html(410, '<!DOCTYPE html><html><body><h1>410 Gone</h1></body></html>'), null);
      else send(req, res, { ...this.page(renderArticle(article, this.source)), lastModified: Date.parse(article.modified), maxAge: PAGE_MAX_AGE }, this.source.compression);
      return;
    }
    if (path.startsWith('/img/')) {
      send(req, res, { status: 200, contentType: 'image/jpeg', body: PIXEL, maxAge: 86_400 }, null);
      return;
    }
    const cached = this.feedCache.get(path) ?? this.feed(path);
    if (cached) {
      this.feedCache.set(path, cached);
      send(req, res, cached, this.source.compression);
      return;
    }
    send(req, res, this.html(404, '<!DOCTYPE html><html><body><h1>404 Not Found</h1></body></html>'), null);
  }

  private html(status: number, text: string): Payload {
    return { status, contentType: 'text/html; charset=utf-8', body: Buffer.from(text) };
  }

  /** The Russian outlet states its charset only in the page; the Polish one says it in the header too. */
  private page(text: string): Payload {
    const { charset } = this.source;
    const contentType = charset === 'windows-1251' ? 'text/html' : `text/html; charset=${charset}`;
    return { status: 200, contentType, body: encodeMarkup(text, charset) };
  }

  private xml(type: string, text: string, items: FixtureArticle[]): Payload {
    const { charset } = this.source;
    const contentType = charset === 'windows-1251' ? type : `${type}; charset=${charset}`;
    const lastModified = items.reduce((m, a) => Math.max(m, Date.parse(a.modified), Date.parse(a.published)), 0);
    return { status: 200, contentType, body: encodeMarkup(text, charset), lastModified: lastModified || undefined, maxAge: FEED_MAX_AGE };
  }

  private feed(path: string): Payload | null {
    const src = this.source;
    const items = this.live;
    const has = (d: FixtureSource['discovery'][number]) => src.discovery.includes(d);
    // The index splits the articles between a news sitemap (newest half) and a plain archive sitemap.
    const recent = items.slice(0, Math.ceil(items.length / 2));
    const older = items.slice(recent.length);
    switch (path) {
      case '/robots.txt':
        return { status: 200, contentType: 'text/plain; charset=utf-8', body: Buffer.from(feeds.robotsTxt(src)), maxAge: 3600 };
      case '/':
        return { ...this.page(feeds.listingPage(src, src.name, items.slice(0, 30), null)), maxAge: PAGE_MAX_AGE };
      case '/rss.xml':
        return has('rss2') ? this.xml('application/rss+xml', feeds.rss2(src, items, this.priv), items) : null;
      case '/rss091.xml':
        return has('rss091') ? this.xml('application/rss+xml', feeds.rss091(src, items), items) : null;
      case '/index.rdf':
        return has('rdf') ? this.xml('application/rdf+xml', feeds.rdf(src, items), items) : null;
      case '/atom.xml':
        return has('atom') ? this.xml('application/atom+xml', feeds.atom(src, items), items) : null;
      case '/feed.json':
        return has('json') ? { ...this.xml('application/feed+json', '', items), contentType: 'application/feed+json; charset=utf-8', body: Buffer.from(feeds.jsonFeed(src, items)) } : null;
      case '/sitemap-news.xml':
        return has('news-sitemap') ? this.xml('application/xml', feeds.newsSitemap(src, items), items) : null;
      case '/sitemap-index.xml': {
        if (!has('sitemap-index')) return null;
        const children = [
          { url: `${src.homepage}sitemaps/news.xml`, lastmod: recent[0]?.modified ?? isoInOffset(Date.now(), this.locale().offset) },
          { url: `${src.homepage}sitemaps/archive.xml`, lastmod: older[0]?.modified ?? isoInOffset(Date.now(), this.locale().offset) },
        ];
        return this.xml('application/xml', feeds.sitemapIndex(src, children), items);
      }
      case '/sitemaps/news.xml':
        return has('sitemap-index') ? this.xml('application/xml', feeds.newsSitemap(src, recent), recent) : null;
      case '/sitemaps/archive.xml':
        return has('sitemap-index') ? this.xml('application/xml', feeds.plainSitemap(src, older), older) : null;
    }
    if (path.startsWith('/private/')) {
      return this.page(`<!DOCTYPE html><html lang="${src.language}"><head><meta charset="${src.charset}"><title>${esc(this.priv.title)}</title></head><body><h1>${esc(this.priv.title)}</h1></body></html>`);
    }
    const section = this.locale().sections.find((s) => path === `/${s.slug}/`);
    if (section) {
      const inSection = items.filter((a) => a.section === section.slug);
      const priv = has('section-pages') && section === this.locale().sections[0] ? this.priv : null;
      return { ...this.page(feeds.listingPage(src, section.label, inSection, priv)), maxAge: PAGE_MAX_AGE };
    }
    return null;
  }
}
