import { isoTime } from '../format.ts';
import { creditsOf, entryUrl, summaryHtml, type Feed } from './feed.ts';

/**
 * JSON Feed 1.1. external_url is the spec's own place for "the page this item is about, elsewhere": the original.
 * `_source` (an extension, underscore-prefixed as the spec asks) names the outlet and the original's language.
 * "<" is written as \u003c: the same JSON, but a reader that pastes a title into HTML unescaped gets no markup.
 */
export function renderJsonFeed(feed: Feed): string {
  const json = JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    description: feed.description,
    home_page_url: feed.home,
    feed_url: feed.links.json,
    language: 'en',
    items: feed.entries.map((e) => ({
      id: entryUrl(feed, e),
      url: entryUrl(feed, e),
      external_url: e.url,
      title: e.title,
      ...(e.standfirst ? { summary: e.standfirst } : {}),
      content_html: summaryHtml(e),
      date_published: isoTime(e.publishedAt),
      date_modified: isoTime(e.updatedAt),
      authors: creditsOf(e).map((name) => ({ name })),
      ...(e.category ? { tags: [e.category] } : {}),
      language: 'en',
      _source: { name: e.sourceName, url: e.url, language: e.language },
    })),
  });
  return json.replaceAll('<', '\\u003c');
}
