import type { z } from 'zod';
import type { sourceSchema } from '../config/schema.ts';
import { decodeHtml, decodeText } from '../fetch/charset.ts';
import { FetchError, type FetchOptions, type FetchResult } from '../fetch/types.ts';
import { normalizeUrl } from './canonical-url.ts';
import { parseFeed } from './feeds.ts';
import { countryFromHost, readHomepage, slugFromHost } from './homepage-meta.ts';
import type { FeedKind } from './types.ts';

/** A source entry as written in the configuration file (before defaults). */
export type SourceInput = z.input<typeof sourceSchema>;

export type Get = (url: string, opts?: FetchOptions) => Promise<FetchResult>;

export interface FoundFeed {
  url: string;
  kind: FeedKind;
  how: 'link-alternate' | 'common-path' | 'robots-sitemap';
  /** Items in the feed; child sitemaps for a sitemap index. */
  items: number;
}

export interface Discovery {
  proposal: SourceInput;
  found: FoundFeed[];
  problems: string[];
}

/** Tried only when the homepage announces no working feed, to keep the request count polite. */
const FEED_PATHS = ['/feed', '/rss', '/rss.xml', '/atom.xml', '/feed.xml', '/index.xml', '/feeds/', '/rss/', '/feed.json'];
/** Tried only when robots.txt lists no sitemap. */
const SITEMAP_PATHS = ['/sitemap_news.xml', '/news-sitemap.xml', '/sitemap-news.xml', '/news_sitemap.xml'];

const FEED_ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

/**
 * Finds a site's feeds and news sitemaps (`<link rel="alternate">`, robots.txt Sitemap: lines, common paths),
 * keeps only those that fetch and parse, and proposes a source entry for the configuration file. Every
 * candidate that failed is listed in `problems` with the reason; nothing here throws for a bad candidate.
 */
export async function discoverSource(homepage: string, get: Get): Promise<Discovery> {
  const problems: string[] = [];
  const found: FoundFeed[] = [];
  const tried = new Set<string>();
  let pageUrl = homepage;
  let meta = readHomepage('', homepage);
  try {
    const page = await get(homepage, { accept: 'text/html,application/xhtml+xml' });
    pageUrl = page.url;
    meta = readHomepage(decodeHtml(page.body, page.headers['content-type']).text, page.url);
  } catch (error) {
    problems.push(`homepage ${homepage}: ${(error as Error).message}`);
  }
  const origin = new URL(pageUrl).origin;

  const check = async (url: string, how: FoundFeed['how']): Promise<void> => {
    const key = safeKey(url);
    if (tried.has(key)) return;
    tried.add(key);
    try {
      const res = await get(url, { accept: FEED_ACCEPT });
      const parsed = parseFeed(decodeText(res.body, res.headers['content-type']).text, res.url);
      if (found.some((f) => safeKey(f.url) === safeKey(res.url))) return;
      found.push({ url: res.url, kind: parsed.kind, how, items: parsed.kind === 'sitemap-index' ? (parsed.children?.length ?? 0) : parsed.items.length });
    } catch (error) {
      if (how !== 'common-path') problems.push(`${how} ${url}: ${(error as Error).message}`);
    }
  };

  for (const url of meta.feedLinks) await check(url, 'link-alternate');
  for (const url of await robotsSitemaps(origin, get, problems)) await check(url, 'robots-sitemap');
  if (!found.some((f) => isFeed(f.kind))) for (const path of FEED_PATHS) await check(origin + path, 'common-path');
  if (!found.some((f) => f.how === 'robots-sitemap')) for (const path of SITEMAP_PATHS) await check(origin + path, 'common-path');

  const proposal = propose(pageUrl, meta, found, problems);
  if (found.length === 0) problems.push(`no feed or sitemap found for ${pageUrl}; configure sectionPages with an articleUrlPattern`);
  return { proposal, found, problems };
}

function propose(pageUrl: string, meta: ReturnType<typeof readHomepage>, found: FoundFeed[], problems: string[]): SourceInput {
  const host = new URL(pageUrl).hostname;
  const country = countryFromHost(host, meta.language);
  if (!country) problems.push(`country: not evident from ${host}; fill in its ISO 3166-1 code`);
  if (!meta.name) problems.push(`name: the homepage gives none (og:site_name, application-name, <title>); write the outlet's own spelling`);
  const feeds = found.filter((f) => isFeed(f.kind)).map((f) => f.url);
  const news = found.filter((f) => f.kind === 'news-sitemap').map((f) => f.url);
  // A full-site sitemap index is a fallback: it lists every page the site has, not just the news.
  const sitemaps = news.length > 0 || feeds.length > 0 ? news : found.filter((f) => f.kind === 'sitemap-index').map((f) => f.url);
  return {
    id: slugFromHost(host),
    name: meta.name ?? host,
    homepage: pageUrl,
    country: country ?? '',
    ...(meta.language ? { language: meta.language } : {}),
    feeds,
    sitemaps,
  };
}

async function robotsSitemaps(origin: string, get: Get, problems: string[]): Promise<string[]> {
  try {
    const res = await get(`${origin}/robots.txt`, { ignoreRobots: true, accept: 'text/plain' });
    const text = decodeText(res.body, res.headers['content-type']).text;
    return [...text.matchAll(/^\s*sitemap\s*:\s*(\S+)/gim)].flatMap(([, url]) => {
      try {
        return [new URL(url!, origin).href];
      } catch {
        problems.push(`robots.txt ${origin}/robots.txt: bad Sitemap URL "${url}"`);
        return [];
      }
    });
  } catch (error) {
    // No robots.txt is common and says nothing against the site.
    if (!(error instanceof FetchError && error.status === 404)) problems.push(`robots.txt ${origin}/robots.txt: ${(error as Error).message}`);
    return [];
  }
}

function isFeed(kind: FeedKind): boolean {
  return kind === 'rss' || kind === 'atom' || kind === 'rdf' || kind === 'json';
}

function safeKey(url: string): string {
  try {
    return normalizeUrl(url);
  } catch {
    return url;
  }
}
