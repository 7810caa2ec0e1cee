import { parseHTML } from 'linkedom';

/** What an outlet's homepage says about itself, for proposing a source entry. */
export interface HomepageMeta {
  /** The outlet's own spelling, accents and capitals kept ("El País"). */
  name: string | null;
  /** From <html lang>, e.g. "es" or "pt-BR". */
  language: string | null;
  /** Feeds announced with <link rel="alternate">, absolute. */
  feedLinks: string[];
}

const FEED_TYPES = /^application\/(rss\+xml|atom\+xml|rdf\+xml|feed\+json|json)$/i;

export function readHomepage(html: string, pageUrl: string): HomepageMeta {
  const { document } = parseHTML(html);
  const meta = (selector: string) => document.querySelector(selector)?.getAttribute('content')?.trim() || null;
  const title = document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  const name = meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]') ?? siteNameFromTitle(title, pageUrl);
  const lang = document.documentElement?.getAttribute('lang')?.trim() ?? '';
  const feedLinks = new Set<string>();
  for (const link of document.querySelectorAll('link[rel][href]')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (!rel.includes('alternate') || !FEED_TYPES.test(link.getAttribute('type') ?? '')) continue;
    try {
      feedLinks.add(new URL(link.getAttribute('href')!, pageUrl).href);
    } catch {
      continue;
    }
  }
  return { name, language: normaliseLang(lang), feedLinks: [...feedLinks] };
}

/**
 * "El País: el periódico global" → "El País"; "Noticias de hoy | El Mundo" → "El Mundo": of the parts of a
 * title, the one closest to the host name, else the shortest.
 */
function siteNameFromTitle(title: string | null, pageUrl: string): string | null {
  if (!title) return null;
  const parts = title.split(/\s+[|–—·-]\s+|:\s+/).map((p) => p.trim()).filter(Boolean);
  if (parts.length <= 1) return title;
  const host = fold(new URL(pageUrl).hostname.replace(/^www\./, '').split('.')[0]!);
  const named = parts.find((p) => fold(p) === host) ?? parts.find((p) => host.includes(fold(p)) || fold(p).includes(host));
  return named ?? parts.reduce((a, b) => (b.length < a.length ? b : a));
}

/** Lower-case letters and digits only, accents removed: for comparing "El País" with "elpais". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/[^\p{L}\p{N}]/gu, '').toLowerCase().replace(/[\u0300-\u036f]/g, '');
}

function normaliseLang(lang: string): string | null {
  const m = /^([a-z]{2,3})(?:[-_]([a-z]{2}))?\b/i.exec(lang);
  if (!m) return null;
  return m[2] ? `${m[1]!.toLowerCase()}-${m[2].toUpperCase()}` : m[1]!.toLowerCase();
}

/** Second-level domains under which the registrable name is one label further in ("bbc.co.uk"). */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'gob', 'edu', 'ac', 'or', 'ne', 'go']);

/** "www.elpais.com" → "elpais"; "news.bbc.co.uk" → "news-bbc"; "ara.cat" → "ara". */
export function slugFromHost(host: string): string {
  const labels = host.toLowerCase().replace(/^www\d?\./, '').replace(/\.$/, '').split('.');
  labels.pop();
  if (labels.length > 1 && SECOND_LEVEL.has(labels[labels.length - 1]!)) labels.pop();
  const slug = labels.join('-').replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '');
  return slug || 'source';
}

/** ccTLDs whose country is not the plain upper-case code, or that are used as generic names. */
const TLD_COUNTRY: Record<string, string | null> = {
  uk: 'GB', cat: 'ES', eus: 'ES', gal: 'ES', bzh: 'FR', corsica: 'FR', scot: 'GB', wales: 'GB',
  co: null, io: null, tv: null, fm: null, me: null, ai: null, ly: null, to: null, cc: null, eu: null, su: 'RU',
};

/** The country a host's TLD names, where that is obvious; else the region of the page language ("pt-BR"). */
export function countryFromHost(host: string, language: string | null): string | null {
  const tld = host.toLowerCase().replace(/\.$/, '').split('.').pop() ?? '';
  if (tld in TLD_COUNTRY) return TLD_COUNTRY[tld] ?? regionOf(language);
  if (/^[a-z]{2}$/.test(tld)) return tld.toUpperCase();
  return regionOf(language);
}

function regionOf(language: string | null): string | null {
  return language?.split('-')[1] ?? null;
}
