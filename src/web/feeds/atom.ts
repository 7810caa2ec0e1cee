import { isoTime } from '../format.ts';
import { xml, xmlDocument } from '../xml.ts';
import { creditsOf, entryUrl, feedUpdated, type Feed } from './feed.ts';

/**
 * Atom 1.0 (RFC 4287). An entry's id is its URL on the site, which never changes across revisions. The original is
 * credited twice: link rel="via" to the article and atom:source naming the outlet as it writes itself.
 */
export function renderAtom(feed: Feed): string {
  const entries = feed.entries.map((e) => {
    const url = entryUrl(feed, e);
    return xml`
  <entry>
    <id>${url}</id>
    <title type="text">${e.title}</title>
    <link rel="alternate" type="text/html" href="${url}"/>
    <link rel="via" type="text/html" href="${e.url}" hreflang="${e.language}" title="${e.sourceName}"/>
    <published>${isoTime(e.publishedAt)}</published>
    <updated>${isoTime(e.updatedAt)}</updated>
${creditsOf(e).map((name) => xml`    <author><name>${name}</name></author>\n`)}${e.category ? xml`    <category term="${e.category}"/>\n` : null}${e.standfirst ? xml`    <summary type="text">${e.standfirst}</summary>\n` : null}    <source>
      <title>${e.sourceName}</title>
      <link rel="alternate" href="${e.url}"/>
    </source>
  </entry>`;
  });
  return xmlDocument(xml`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <id>${feed.home}</id>
  <title type="text">${feed.title}</title>
  <subtitle type="text">${feed.description}</subtitle>
  <link rel="self" type="application/atom+xml" href="${feed.links.atom}"/>
  <link rel="alternate" type="text/html" href="${feed.home}"/>
  <updated>${feedUpdated(feed)}</updated>${entries}
</feed>`);
}
