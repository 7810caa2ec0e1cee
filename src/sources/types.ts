/** What a feed, news sitemap or section page tells us about articles, before any article page is fetched. */
export interface DiscoveredItem {
  /** Absolute article URL as the feed gives it (not yet canonicalised). */
  url: string;
  title?: string;
  /** ISO 8601, as stated. */
  published?: string;
  modified?: string;
  summary?: string;
  authors?: string[];
  /** Section/category names the feed attaches to the item. */
  sections?: string[];
  language?: string;
  imageUrl?: string;
}

export type FeedKind = 'rss' | 'atom' | 'rdf' | 'json' | 'news-sitemap' | 'sitemap' | 'sitemap-index' | 'section-page';

export interface ParsedFeed {
  kind: FeedKind;
  title?: string;
  items: DiscoveredItem[];
  /** Child sitemaps of a sitemap index, to be fetched in turn. */
  children?: string[];
}

/** Thrown when a feed or sitemap cannot be read at all; names the URL and what was wrong. */
export class FeedParseError extends Error {
  constructor(
    readonly url: string,
    message: string,
  ) {
    super(`${url}: ${message}`);
    this.name = 'FeedParseError';
  }
}
