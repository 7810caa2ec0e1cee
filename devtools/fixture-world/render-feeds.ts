import type { FixtureArticle, FixtureSource } from './model.ts';
import { LOCALES, type Locale } from './outlets.ts';
import { esc, rfc822InOffset } from './text.ts';

/** Feeds, sitemaps, section pages, the home page and robots.txt of one source, from its live articles. */

/** The item a feed lists that sits under /private/: feeds link to it, robots.txt forbids it. */
export interface PrivateItem {
  url: string;
  title: string;
  published: string;
}

function locale(src: FixtureSource): Locale {
  return LOCALES[src.storyLanguage] as Locale;
}

function xmlDecl(src: FixtureSource): string {
  return `<?xml version="1.0" encoding="${src.charset === 'utf-8' ? 'UTF-8' : src.charset.toUpperCase()}"?>`;
}

function ms(iso: string): number {
  return Date.parse(iso);
}

function sectionLabel(src: FixtureSource, slug: string): string {
  return locale(src).sections.find((s) => s.slug === slug)?.label ?? slug;
}

/** Text in a CDATA section only where the bytes are UTF-8; legacy-charset feeds need character references instead. */
function richText(src: FixtureSource, text: string): string {
  return src.charset === 'utf-8' ? `<![CDATA[<p>${text.replace(/]]>/g, ']]&gt;')}</p>]]>` : esc(text);
}

/** The media type a `<link rel="alternate">` announces for one of the feed paths. */
export function feedType(url: string): string {
  if (url.endsWith('.json')) return 'application/feed+json';
  if (url.endsWith('atom.xml')) return 'application/atom+xml';
  if (url.endsWith('.rdf')) return 'application/rdf+xml';
  return 'application/rss+xml';
}

export function rss2(src: FixtureSource, items: FixtureArticle[], priv: PrivateItem): string {
  const off = locale(src).offset;
  const entries = items.map((a) => `<item>
<title>${esc(a.title)}</title>
<link>${esc(a.url)}</link>
<guid isPermaLink="true">${esc(a.url)}</guid>
<pubDate>${rfc822InOffset(ms(a.published), off)}</pubDate>
${a.authors.map((n) => `<dc:creator>${esc(n)}</dc:creator>`).join('\n')}
<category>${esc(sectionLabel(src, a.section))}</category>
<description>${richText(src, a.standfirst ?? '')}</description>
<media:content url="${esc(a.image.src)}" medium="image" width="1200" height="675"/>
</item>`);
  const privItem = `<item><title>${esc(priv.title)}</title><link>${esc(priv.url)}</link><guid>${esc(priv.url)}</guid><pubDate>${rfc822InOffset(ms(priv.published), off)}</pubDate></item>`;
  return `${xmlDecl(src)}
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${esc(src.name)}</title>
<link>${src.homepage}</link>
<description>${esc(src.name)}</description>
<language>${src.language}-${src.country.toLowerCase()}</language>
<atom:link href="${src.homepage}rss.xml" rel="self" type="application/rss+xml"/>
<lastBuildDate>${rfc822InOffset(Date.now(), off)}</lastBuildDate>
<ttl>15</ttl>
${entries.join('\n')}
${privItem}
</channel>
</rss>
`;
}

export function rss091(src: FixtureSource, items: FixtureArticle[]): string {
  const entries = items.map((a) => `<item><title>${esc(a.title)}</title><link>${esc(a.url)}</link><description>${esc(a.standfirst ?? '')}</description></item>`);
  return `${xmlDecl(src)}
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="0.91">
<channel>
<title>${esc(src.name)}</title>
<link>${src.homepage}</link>
<description>${esc(src.name)}</description>
<language>${src.language}</language>
${entries.join('\n')}
</channel>
</rss>
`;
}

export function rdf(src: FixtureSource, items: FixtureArticle[]): string {
  const seq = items.map((a) => `<rdf:li rdf:resource="${esc(a.url)}"/>`).join('');
  const entries = items.map((a) => `<item rdf:about="${esc(a.url)}">
<title>${esc(a.title)}</title>
<link>${esc(a.url)}</link>
<description>${esc(a.standfirst ?? '')}</description>
<dc:date>${a.published}</dc:date>
${a.authors.map((n) => `<dc:creator>${esc(n)}</dc:creator>`).join('')}
<dc:subject>${esc(sectionLabel(src, a.section))}</dc:subject>
<dc:language>${src.language}</dc:language>
</item>`);
  return `${xmlDecl(src)}
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="${src.homepage}index.rdf">
<title>${esc(src.name)}</title>
<link>${src.homepage}</link>
<description>${esc(src.name)}</description>
<items><rdf:Seq>${seq}</rdf:Seq></items>
</channel>
${entries.join('\n')}
</rdf:RDF>
`;
}

export function atom(src: FixtureSource, items: FixtureArticle[]): string {
  const updated = items.reduce((m, a) => (ms(a.modified) > ms(m) ? a.modified : m), items[0]?.modified ?? new Date(0).toISOString());
  const entries = items.map((a) => `<entry>
<title type="text">${esc(a.title)}</title>
<link rel="alternate" type="text/html" href="${esc(a.url)}"/>
<id>${esc(a.url)}</id>
<published>${a.published}</published>
<updated>${a.modified}</updated>
${a.authors.map((n) => `<author><name>${esc(n)}</name></author>`).join('\n')}
<category term="${esc(a.section)}" label="${esc(sectionLabel(src, a.section))}"/>
<summary type="html">${esc(`<p>${esc(a.standfirst ?? '')}</p>`)}</summary>
<link rel="enclosure" type="image/jpeg" href="${esc(a.image.src)}"/>
</entry>`);
  return `${xmlDecl(src)}
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${src.language}">
<title>${esc(src.name)}</title>
<id>${src.homepage}</id>
<link rel="self" href="${src.homepage}atom.xml"/>
<link rel="alternate" href="${src.homepage}"/>
<updated>${updated}</updated>
${entries.join('\n')}
</feed>
`;
}

export function jsonFeed(src: FixtureSource, items: FixtureArticle[]): string {
  return JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: src.name,
      home_page_url: src.homepage,
      feed_url: `${src.homepage}feed.json`,
      language: src.language,
      items: items.map((a) => ({
        id: a.url,
        url: a.url,
        title: a.title,
        summary: a.standfirst ?? undefined,
        content_html: `<p>${esc(a.standfirst ?? '')}</p>`,
        image: a.image.src,
        date_published: a.published,
        date_modified: a.modified,
        authors: a.authors.map((name) => ({ name })),
        tags: [sectionLabel(src, a.section)],
        language: a.language,
      })),
    },
    null,
    1,
  );
}

export function newsSitemap(src: FixtureSource, items: FixtureArticle[]): string {
  const entries = items.map((a) => `<url>
<loc>${esc(a.url)}</loc>
<lastmod>${a.modified}</lastmod>
<news:news>
<news:publication><news:name>${esc(src.name)}</news:name><news:language>${src.language}</news:language></news:publication>
<news:publication_date>${a.published}</news:publication_date>
<news:title>${esc(a.title)}</news:title>
</news:news>
<image:image><image:loc>${esc(a.image.src)}</image:loc></image:image>
</url>`);
  return `${xmlDecl(src)}
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">
${entries.join('\n')}
</urlset>
`;
}

export function plainSitemap(src: FixtureSource, items: FixtureArticle[]): string {
  const entries = items.map((a) => `<url><loc>${esc(a.url)}</loc><lastmod>${a.modified}</lastmod><changefreq>daily</changefreq></url>`);
  return `${xmlDecl(src)}
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${entries.join('\n')}
</urlset>
`;
}

export function sitemapIndex(src: FixtureSource, children: { url: string; lastmod: string }[]): string {
  const entries = children.map((c) => `<sitemap><loc>${esc(c.url)}</loc><lastmod>${c.lastmod}</lastmod></sitemap>`);
  return `${xmlDecl(src)}
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${entries.join('\n')}
</sitemapindex>
`;
}

/** A listing page: the section's articles among navigation and non-article links, as section fronts are. */
export function listingPage(src: FixtureSource, heading: string, items: FixtureArticle[], priv: PrivateItem | null): string {
  const l = locale(src);
  const charsetMeta = src.charset === 'utf-8' ? '<meta charset="utf-8">' : `<meta http-equiv="Content-Type" content="text/html; charset=${src.charset}">`;
  const nav = [`<a href="${src.homepage}">${esc(l.ui.home)}</a>`, ...l.sections.map((s) => `<a href="${src.homepage}${s.slug}/">${esc(s.label)}</a>`)].join(' ');
  const alternates = [
    ...src.feeds.map((f) => `<link rel="alternate" type="${feedType(f)}" title="${esc(src.name)}" href="${f}">`),
  ].join('\n');
  const teasers = items.map((a) => `<div class="teaser"><h2><a href="${esc(a.url)}">${esc(a.title)}</a></h2><p>${esc(a.standfirst ?? '')}</p><a class="more" href="${esc(a.url)}#comments">${esc(l.ui.comments)}</a></div>`);
  const privTeaser = priv ? `<div class="teaser premium"><h2><a href="${esc(priv.url)}">${esc(priv.title)}</a></h2></div>` : '';
  return `<!DOCTYPE html>
<html lang="${src.language}">
<head>${charsetMeta}<title>${esc(heading)} | ${esc(src.name)}</title>
${alternates}
</head>
<body>
<header><a class="logo" href="${src.homepage}">${esc(src.name)}</a><nav>${nav}</nav></header>
<main><h1>${esc(heading)}</h1>
${teasers.join('\n')}
${privTeaser}
</main>
<footer><a href="${src.homepage}impressum">Impressum</a> <a href="${src.homepage}abo/">${esc(l.ui.subscribe)}</a></footer>
</body>
</html>
`;
}

export function robotsTxt(src: FixtureSource): string {
  const lines = ['User-agent: BadBot', 'Disallow: /', '', 'User-agent: *', 'Disallow: /private/', 'Disallow: /search'];
  if (src.crawlDelay) lines.push(`Crawl-delay: ${src.crawlDelay}`);
  lines.push('');
  for (const s of src.sitemaps) lines.push(`Sitemap: ${s}`);
  return `${lines.join('\n')}\n`;
}
