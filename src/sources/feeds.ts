import { DOMParser } from 'linkedom';
import { parseFeed as parseAnyFeed, type AnyFeed } from 'feedsmith';
import { atomItems, jsonItems, rdfItems, rssItems } from './feed-items.ts';
import { plainText } from './feed-text.ts';
import { parseSitemap } from './sitemaps.ts';
import { FeedParseError, type ParsedFeed } from './types.ts';

/**
 * Any feed or sitemap a source lists, recognised by its content (never by its URL): RSS 0.9x/2.0,
 * RSS 1.0/RDF, Atom 1.0, JSON Feed 1.0/1.1, sitemap urlset (with or without <news:news>) and sitemap index.
 * `text` is the decoded body (fetch/charset.ts decodeText). Malformed XML is repaired once, tolerantly;
 * what still yields nothing is an error naming the URL.
 */
export function parseFeed(text: string, url: string): ParsedFeed {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body === '') throw new FeedParseError(url, 'empty response where a feed was expected');
  if (body.startsWith('{') || body.startsWith('[')) return fromJson(body, url);
  const root = rootElement(body);
  if (root === 'html' || (root === null && /<html[\s>]/i.test(body))) {
    const title = plainText(/<title[^>]*>([\s\S]*?)<\/title>/i.exec(body)?.[1]);
    throw new FeedParseError(url, `got an HTML page, not a feed${title ? ` ("${title}")` : ''}`);
  }
  if (root === 'urlset' || root === 'sitemapindex') return parseSitemap(body, url);
  if (root === null) throw new FeedParseError(url, `not XML or JSON (starts with ${JSON.stringify(body.slice(0, 40))})`);
  if (!['rss', 'feed', 'rdf', 'channel'].includes(root)) {
    throw new FeedParseError(url, `<${root}> is not a feed or sitemap root element`);
  }
  try {
    return fromParsed(parseAnyFeed(body), url);
  } catch (first) {
    const repaired = fromParsed(parseRepaired(body, url, first), url);
    if (repaired.items.length === 0) {
      throw new FeedParseError(url, `malformed XML with no usable item (${(first as Error).message})`);
    }
    return repaired;
  }
}

function fromParsed(parsed: AnyFeed, url: string): ParsedFeed {
  switch (parsed.format) {
    case 'rss':
      return { kind: 'rss', title: plainText(parsed.feed.title), items: rssItems(parsed.feed, url) };
    case 'rdf':
      return { kind: 'rdf', title: plainText(parsed.feed.title), items: rdfItems(parsed.feed, url) };
    case 'atom':
      return { kind: 'atom', title: plainText(parsed.feed.title?.value), items: atomItems(parsed.feed, url) };
    case 'json':
      return { kind: 'json', title: plainText(parsed.feed.title), items: jsonItems(parsed.feed, url) };
  }
}

function fromJson(body: string, url: string): ParsedFeed {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    throw new FeedParseError(url, `invalid JSON: ${(error as Error).message}`);
  }
  try {
    return fromParsed(parseAnyFeed(json), url);
  } catch {
    throw new FeedParseError(url, 'JSON, but not a JSON Feed (no "version": "https://jsonfeed.org/version/1.x")');
  }
}

/**
 * Bare ampersands and unclosed elements are the common faults; a lenient XML parse re-serialised as
 * well-formed XML gets feedsmith past them. A repair that recovers no item is not a feed.
 */
function parseRepaired(body: string, url: string, first: unknown): AnyFeed {
  const escaped = body.replace(/&(?!(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);)/gi, '&amp;');
  const reason = (first as Error).message;
  let parsed: AnyFeed;
  try {
    parsed = parseAnyFeed(new DOMParser().parseFromString(escaped, 'text/xml').toString());
  } catch {
    throw new FeedParseError(url, `malformed XML that could not be repaired (${reason})`);
  }
  const count = parsed.format === 'atom' ? (parsed.feed.entries?.length ?? 0) : (parsed.feed.items?.length ?? 0);
  if (count === 0) throw new FeedParseError(url, `malformed XML with no readable item (${reason})`);
  return parsed;
}

/** Lower-case local name of the first element, past the XML declaration, comments, doctype and PIs. */
export function rootElement(body: string): string | null {
  const withoutProlog = body.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/gi, '');
  const doctypeHtml = /<!DOCTYPE\s+html/i.test(body.slice(0, 512));
  const m = /<([A-Za-z_][\w.:-]*)/.exec(withoutProlog);
  if (!m) return doctypeHtml ? 'html' : null;
  return m[1]!.toLowerCase().replace(/^.*:/, '');
}
