import { parseHTML } from 'linkedom';
import { normalizeUrl } from './canonical-url.ts';
import type { DiscoveredItem } from './types.ts';

/**
 * For sites with neither feed nor sitemap: the article links on a section page. A link counts when its
 * absolute URL is on the page's own site (same host, ignoring "www.") and, once normalised (tracking tags
 * gone), matches the source's article URL pattern; the same article linked twice (photo and headline, with tracking tags) is kept once, titled
 * by its longest anchor text.
 */
export function linksFromSectionPage(html: string, pageUrl: string, articleUrlPattern: RegExp): DiscoveredItem[] {
  const { document } = parseHTML(html);
  const base = document.querySelector('base[href]')?.getAttribute('href');
  const baseUrl = resolve(base, pageUrl) ?? pageUrl;
  const site = siteOf(pageUrl);
  const found = new Map<string, DiscoveredItem>();
  for (const anchor of document.querySelectorAll('a[href]')) {
    const url = resolve(anchor.getAttribute('href'), baseUrl);
    if (!url || siteOf(url) !== site) continue;
    const key = normalizeUrl(url);
    if (!articleUrlPattern.test(key)) continue;
    const title = (anchor.textContent ?? '').replace(/\s+/g, ' ').trim() || anchor.getAttribute('title')?.trim();
    const seen = found.get(key);
    if (!seen) found.set(key, title ? { url, title } : { url });
    else if (title && title.length > (seen.title?.length ?? 0)) seen.title = title;
  }
  return [...found.values()];
}

function resolve(href: string | null | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href.trim(), base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

function siteOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}
