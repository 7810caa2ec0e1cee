import { DOMParser } from 'linkedom';
import { isoDate } from './feed-dates.ts';
import { absoluteUrl } from './feed-text.ts';
import { FeedParseError, type DiscoveredItem, type ParsedFeed } from './types.ts';

/**
 * Sitemaps (sitemaps.org 0.9): a urlset, with Google News `<news:news>` entries or plain `<lastmod>`, or a
 * sitemapindex whose children are fetched in turn. Namespace prefixes vary between sites, so elements are
 * matched by local name. The XML parser is lenient: an unclosed tag costs the entry, not the sitemap.
 */

/** The slice of linkedom's Element used here (the project compiles without the DOM lib). */
interface El {
  tagName: string;
  children: ArrayLike<El>;
  textContent: string | null;
}

export function parseSitemap(text: string, url: string): ParsedFeed {
  const doc = new DOMParser().parseFromString(text.replace(/^\uFEFF/, ''), 'text/xml');
  const root = doc.documentElement as El | null;
  const rootName = root ? localName(root) : null;
  if (rootName === 'sitemapindex') {
    const children = childrenNamed(root!, 'sitemap')
      .map((s) => absoluteUrl(textOf(s, 'loc'), url))
      .filter((u): u is string => u !== undefined);
    return { kind: 'sitemap-index', items: [], children: [...new Set(children)] };
  }
  if (rootName !== 'urlset') {
    throw new FeedParseError(url, `not a sitemap: root element is ${rootName ? `<${rootName}>` : 'missing'}`);
  }
  const items: DiscoveredItem[] = [];
  let news = false;
  let publicationName: string | undefined;
  for (const entry of childrenNamed(root!, 'url')) {
    const loc = absoluteUrl(textOf(entry, 'loc'), url);
    if (!loc) continue;
    const item: DiscoveredItem = { url: loc };
    const lastmod = isoDate(textOf(entry, 'lastmod'));
    const newsEl = childrenNamed(entry, 'news')[0];
    if (newsEl) {
      news = true;
      const publication = childrenNamed(newsEl, 'publication')[0];
      assign(item, 'title', collapse(textOf(newsEl, 'title')));
      assign(item, 'published', isoDate(textOf(newsEl, 'publication_date')));
      assign(item, 'language', publication ? collapse(textOf(publication, 'language')) : undefined);
      publicationName ??= publication ? collapse(textOf(publication, 'name')) : undefined;
      const keywords = textOf(newsEl, 'keywords')
        ?.split(',')
        .map((k) => k.trim())
        .filter(Boolean);
      if (keywords?.length) item.sections = keywords;
    }
    assign(item, 'modified', lastmod);
    const image = childrenNamed(entry, 'image')[0];
    assign(item, 'imageUrl', image ? absoluteUrl(textOf(image, 'loc'), url) : undefined);
    items.push(item);
  }
  if (!news) return { kind: 'sitemap', items };
  return { kind: 'news-sitemap', ...(publicationName ? { title: publicationName } : {}), items };
}

function localName(el: El): string {
  return el.tagName.toLowerCase().replace(/^.*:/, '');
}

function childrenNamed(el: El, name: string): El[] {
  return Array.from(el.children).filter((c) => localName(c) === name);
}

function textOf(el: El, name: string): string | undefined {
  return childrenNamed(el, name)[0]?.textContent?.trim() || undefined;
}

function collapse(text: string | undefined): string | undefined {
  return text?.replace(/\s+/g, ' ').trim() || undefined;
}

function assign<K extends keyof DiscoveredItem>(item: DiscoveredItem, key: K, value: DiscoveredItem[K] | undefined): void {
  if (value !== undefined) item[key] = value;
}
