import type { AtomFeed, JsonFeed, MediaNs, RdfFeed, RssFeed } from 'feedsmith';
import { isoDate } from './feed-dates.ts';
import { absoluteUrl, distinctText, plainText } from './feed-text.ts';
import type { DiscoveredItem } from './types.ts';

/** feedsmith's parsed feeds → our DiscoveredItem, one mapper per format. Items without a usable URL are dropped. */

type Media = MediaNs.ItemOrFeed | undefined;
type Draft = Omit<DiscoveredItem, 'url'> & { url?: string };

export function rssItems(feed: RssFeed.Feed<string>, url: string): DiscoveredItem[] {
  const language = feed.language ?? feed.dc?.languages?.[0];
  const feedBase = absoluteUrl(feed.xml?.base, url) ?? url;
  return finish(
    (feed.items ?? []).map((item) => {
      const base = absoluteUrl(item.xml?.base, feedBase) ?? feedBase;
      return {
      url: absoluteUrl(item.link ?? (item.guid?.isPermaLink !== false ? item.guid?.value : undefined), base),
      title: plainText(item.title),
      published: isoDate(item.pubDate ?? item.dc?.dates?.[0]),
      modified: isoDate(item.atom?.updated ?? item.dcterms?.modified?.[0]),
      summary: plainText(item.description),
      authors: distinctText([...(item.authors ?? []).map((a) => a.name ?? a.email), ...(item.dc?.creators ?? [])]),
      sections: distinctText([...(item.categories ?? []).map((c) => c.name), ...(item.dc?.subjects ?? [])]),
      language: item.dc?.languages?.[0] ?? language,
      imageUrl: imageOf(item.media, base, (item.enclosures ?? []).map((e) => ({ url: e.url, type: e.type }))),
      };
    }),
  );
}

export function rdfItems(feed: RdfFeed.Feed<string>, base: string): DiscoveredItem[] {
  const language = feed.dc?.languages?.[0];
  return finish(
    (feed.items ?? []).map((item) => ({
      url: absoluteUrl(item.link ?? item.rdf?.about, base),
      title: plainText(item.title),
      published: isoDate(item.dc?.dates?.[0]),
      modified: isoDate(item.dcterms?.modified?.[0]),
      summary: plainText(item.description),
      authors: distinctText(item.dc?.creators ?? []),
      sections: distinctText(item.dc?.subjects ?? []),
      language: item.dc?.languages?.[0] ?? language,
      imageUrl: imageOf(item.media, base, []),
    })),
  );
}

/** Atom: xml:base on the feed, then on the entry, then the link itself (RFC 4287 §2 via XML Base). */
export function atomItems(feed: AtomFeed.Feed<string>, url: string): DiscoveredItem[] {
  const feedBase = absoluteUrl(feed.xml?.base, url) ?? url;
  const feedLanguage = feed.xml?.lang;
  return finish(
    (feed.entries ?? []).map((entry) => {
      const base = absoluteUrl(entry.xml?.base, feedBase) ?? feedBase;
      const links = entry.links ?? [];
      const page = links.find((l) => (l.rel ?? 'alternate') === 'alternate' && (!l.type || /html/.test(l.type)));
      return {
        url: absoluteUrl(page?.href ?? (isHttp(entry.id) ? entry.id : undefined), base),
        title: plainText(entry.title?.value),
        published: isoDate(entry.published ?? entry.dc?.dates?.[0]),
        modified: isoDate(entry.updated),
        summary: plainText(entry.summary?.value),
        authors: distinctText([...(entry.authors ?? []).map((a) => a.name), ...(entry.dc?.creators ?? [])]),
        sections: distinctText((entry.categories ?? []).map((c) => c.label ?? c.term)),
        language: entry.xml?.lang ?? feedLanguage,
        imageUrl: imageOf(
          entry.media,
          base,
          links.filter((l) => l.rel === 'enclosure').map((l) => ({ url: l.href, type: l.type })),
        ),
      };
    }),
  );
}

export function jsonItems(feed: JsonFeed.Feed<string>, url: string): DiscoveredItem[] {
  const base = absoluteUrl(feed.feed_url, url) ?? url;
  return finish(
    (feed.items ?? []).map((item) => ({
      url: absoluteUrl(item.url ?? (isHttp(item.id) ? item.id : undefined), base),
      title: plainText(item.title),
      published: isoDate(item.date_published),
      modified: isoDate(item.date_modified),
      summary: plainText(item.summary ?? item.content_text),
      authors: distinctText((item.authors ?? feed.authors ?? []).map((a) => a.name)),
      sections: distinctText(item.tags ?? []),
      language: item.language ?? feed.language,
      imageUrl:
        absoluteUrl(item.image ?? item.banner_image, base) ??
        imageOf(undefined, base, (item.attachments ?? []).map((a) => ({ url: a.url, type: a.mime_type }))),
    })),
  );
}

/** media:content / media:group images first, then media:thumbnail, then an image enclosure. */
function imageOf(media: Media, base: string, enclosures: { url?: string; type?: string }[]): string | undefined {
  const contents = [...(media?.contents ?? []), ...(media?.groups ?? []).flatMap((g) => g.contents ?? [])];
  const picture = contents.find((c) => c.medium === 'image' || c.type?.startsWith('image/') || (!c.medium && !c.type && looksLikeImage(c.url)));
  const thumbnail = media?.thumbnails?.[0] ?? contents.flatMap((c) => c.thumbnails ?? [])[0];
  const enclosure = enclosures.find((e) => e.type?.startsWith('image/') || (!e.type && looksLikeImage(e.url)));
  return absoluteUrl(picture?.url ?? thumbnail?.url ?? enclosure?.url, base);
}

function looksLikeImage(url: string | undefined): boolean {
  return !!url && /\.(jpe?g|png|webp|gif|avif)(\?|$)/i.test(url);
}

function isHttp(value: string | undefined): value is string {
  return !!value && /^https?:\/\//i.test(value);
}

/** Drop items without a URL and the fields left undefined, so results compare cleanly. */
function finish(drafts: Draft[]): DiscoveredItem[] {
  return drafts
    .filter((d): d is DiscoveredItem => d.url !== undefined)
    .map((d) => Object.fromEntries(Object.entries(d).filter(([, v]) => v !== undefined)) as unknown as DiscoveredItem);
}
