import type { ArticleCard, SitemapEntry } from '../store/published.ts';
import { isoTime } from './format.ts';
import type { SiteInfo } from './site.ts';
import { xml, xmlDocument } from './xml.ts';

/** Sitemaps (sitemaps.org 0.9): an index of monthly urlsets plus a Google News sitemap of the last two days. */

export const SITEMAP_TYPE = 'application/xml; charset=utf-8';
/** Google News reads only articles of the last two days, and at most 1000 of them. */
export const NEWS_WINDOW_MS = 2 * 86_400_000;
export const NEWS_LIMIT = 1000;

const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';

export const monthSitemapPath = (month: string) => `/sitemaps/articles-${month}.xml`;
export const NEWS_SITEMAP_PATH = '/sitemaps/news.xml';

/** "2021-03" when `text` is a real month, else null. */
export function parseMonth(text: string): string | null {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(text) ? text : null;
}

export function renderRobots(site: SiteInfo): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${site.baseUrl}/sitemap.xml\n`;
}

export function renderSitemapIndex(site: SiteInfo, months: { month: string; lastmod: string }[]): string {
  const children = [
    xml`
  <sitemap><loc>${site.baseUrl}${NEWS_SITEMAP_PATH}</loc></sitemap>`,
    ...months.map(
      (m) => xml`
  <sitemap><loc>${site.baseUrl}${monthSitemapPath(m.month)}</loc><lastmod>${isoTime(m.lastmod)}</lastmod></sitemap>`,
    ),
  ];
  return xmlDocument(xml`<sitemapindex xmlns="${NS}">${children}
</sitemapindex>`);
}

export function renderMonthSitemap(site: SiteInfo, entries: SitemapEntry[]): string {
  const urls = entries.map(
    (e) => xml`
  <url><loc>${site.baseUrl}${e.path}</loc><lastmod>${isoTime(e.lastmod)}</lastmod></url>`,
  );
  return xmlDocument(xml`<urlset xmlns="${NS}">${urls}
</urlset>`);
}

export function renderNewsSitemap(site: SiteInfo, cards: ArticleCard[]): string {
  const urls = cards.map(
    (c) => xml`
  <url>
    <loc>${site.baseUrl}${c.path}</loc>
    <news:news>
      <news:publication><news:name>${site.name}</news:name><news:language>en</news:language></news:publication>
      <news:publication_date>${isoTime(c.publishedAt)}</news:publication_date>
      <news:title>${c.title}</news:title>
    </news:news>
  </url>`,
  );
  return xmlDocument(xml`<urlset xmlns="${NS}" xmlns:news="${NEWS_NS}">${urls}
</urlset>`);
}
