import type { FeedEntry } from '../../store/published.ts';
import { languageName } from '../format.ts';
import { escapeXml } from '../xml.ts';

/** One feed, whatever its format: the site-wide one now, per category, source or language ones alike. */
export interface Feed {
  title: string;
  description: string;
  /** The site's public origin without a trailing slash; article paths are joined to it. */
  baseUrl: string;
  /** Absolute URL of the page this feed follows. */
  home: string;
  /** Absolute URLs of this feed in each format, so each can name itself (rel=self) and its siblings. */
  links: { rss: string; atom: string; json: string };
  entries: FeedEntry[];
}

export const FEED_TYPES = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
} as const;

export function entryUrl(feed: Feed, e: FeedEntry): string {
  return feed.baseUrl + e.path;
}

/** The journalists when the source names them, else the outlet: every entry has someone to credit. */
export function creditsOf(e: FeedEntry): string[] {
  return e.authors.length > 0 ? e.authors : [e.sourceName];
}

function translatedFrom(e: FeedEntry): string {
  return e.language === 'en' ? 'Originally in English' : `Translated from ${languageName(e.language)}`;
}

/** The standfirst and "Translated from Spanish. Source: El País" (the outlet as it writes itself) as an HTML fragment (RSS description, JSON Feed content_html), linked to the original. */
export function summaryHtml(e: FeedEntry): string {
  const standfirst = e.standfirst ? `<p>${escapeXml(e.standfirst)}</p>` : '';
  return `${standfirst}<p>${escapeXml(translatedFrom(e))}. Source: <a href="${escapeXml(e.url)}">${escapeXml(e.sourceName)}</a></p>`;
}

/** The newest change among the entries; the Unix epoch for an empty feed (feeds must carry a date). */
export function feedUpdated(feed: Feed): string {
  const times = feed.entries.map((e) => Date.parse(e.updatedAt)).filter((t) => !Number.isNaN(t));
  return new Date(times.length > 0 ? Math.max(...times) : 0).toISOString();
}
