import { xml, xmlDocument } from '../xml.ts';
import { creditsOf, entryUrl, summaryHtml, type Feed } from './feed.ts';

/** RFC 822 as RSS 2.0 wants it ("Sat, 26 Mar 2021 19:26:00 GMT"). */
export function rfc822(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? new Date(0).toUTCString() : d.toUTCString();
}

/**
 * RSS 2.0. RSS's own <author> must be an e-mail address, so people are credited with dc:creator; the original is
 * linked from the description and as atom:link rel="via" (the source of the information).
 */
export function renderRss(feed: Feed): string {
  const items = feed.entries.map((e) => {
    const url = entryUrl(feed, e);
    return xml`
    <item>
      <title>${e.title}</title>
      <link>${url}</link>
      <guid isPermaLink="true">${url}</guid>
      <pubDate>${rfc822(e.publishedAt)}</pubDate>
      <description>${summaryHtml(e)}</description>
${creditsOf(e).map((name) => xml`      <dc:creator>${name}</dc:creator>\n`)}${e.category ? xml`      <category>${e.category}</category>\n` : null}      <atom:link rel="via" href="${e.url}" title="${e.sourceName}" hreflang="${e.language}"/>
    </item>`;
  });
  const newest = feed.entries[0];
  return xmlDocument(xml`<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${feed.title}</title>
    <link>${feed.home}</link>
    <description>${feed.description}</description>
    <language>en</language>
    <atom:link rel="self" type="application/rss+xml" href="${feed.links.rss}"/>
${newest ? xml`    <lastBuildDate>${rfc822(newest.publishedAt)}</lastBuildDate>\n` : null}${items}
  </channel>
</rss>`);
}
