import type { PageSignals } from './collect.ts';
import { absoluteUrl, clean, visibleText, type DomElement } from './dom.ts';
import { ldObject, ldString, type LdNode } from './jsonld.ts';

/** What a page's own headings say about its headline, sorted by how much they can be trusted. */
export interface HeadlineCandidates {
  /** Per h1: its best reading (without kicker), its full visible text, then the texts of its parts. */
  h1s: string[][];
  /** The same for h2s and other elements marked as the headline: they count only where the metadata agrees. */
  secondary: string[][];
  /** Texts of logo headings, which name the site. */
  siteLabels: string[];
  /** On a page without any h1 text, its first h2: the heading such pages open their content with. */
  opening: string | null;
}

const KICKER = /kicker|dachzeile|topline|toptitle|overline|roofline|strapline|eyebrow|supertitle|subtitle|subline|spitzmarke|rubrik|label|category|antetitulo|surtitre|occhiello|volanta/i;
const HEADLINE_PART = /(^|[\s_-])(headline|title)([\s_-]|$)/i;
const LOGO = /logo|brand|site-?title|site-?name|tag-?line|slogan|site-?description/i;
const NAVIGATION = /breadcrumb|(^|[\s_-])nav([\s_-]|$)|menu/i;
/** Headings for screen readers only ("Hauptmenü", the <title> again). */
const HIDDEN = /screen-reader|sr-only|visually-hidden|aural/i;

function classOf(el: DomElement): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
}

/**
 * The heading's texts: first its best reading (the headline span, or the text after a kicker such as
 * "Klimaschutz" or a <small> overline), then the full text, then its parts. Soft hyphens stay: the headline is
 * kept as the page wrote it.
 */
export function headingVariants(h: DomElement): string[] {
  const full = visibleText(h, true);
  if (!full) return [];
  const parts: string[] = [];
  let best: string | null = null;
  let withoutKicker: string | null = null;
  for (const child of Array.from(h.querySelectorAll('*'))) {
    const t = visibleText(child, true);
    if (!t || t === full) continue;
    const cls = classOf(child);
    if (withoutKicker === null && (KICKER.test(cls) || child.tagName.toUpperCase() === 'SMALL') && full.startsWith(t)) {
      withoutKicker = full.slice(t.length).replace(/^[\s:|\-–—]+/, '');
      continue;
    }
    if (best === null && HEADLINE_PART.test(cls) && t.length >= 8) best = t;
    if (t.length >= 8) parts.push(t);
  }
  return [best ?? withoutKicker ?? full, full, ...parts];
}

/** A heading with a link to another page in part of its text ("… <a>T-Shirt</a>") is an advert, not a headline. */
function linksElsewhere(h: DomElement, pageUrl: string): boolean {
  const same = (u: string): string => u.replace(/[?#].*$/, '').replace(/\/+$/, '');
  const text = clean(h.textContent);
  return Array.from(h.querySelectorAll('a[href]')).some((a) => {
    const abs = absoluteUrl(a.getAttribute('href'), pageUrl);
    const t = clean(a.textContent);
    return abs !== null && same(abs) !== same(pageUrl) && t.length > 0 && t !== text;
  });
}

/** Where a link points relative to the page: its site's home page, a section above the page, or elsewhere. */
function linkLevel(href: string | null, pageUrl: string): 'home' | 'section' | null {
  const abs = absoluteUrl(href, pageUrl);
  if (!abs) return null;
  try {
    const link = new URL(abs);
    const page = new URL(pageUrl);
    const host = (u: URL): string => u.hostname.replace(/^www\d?\./, '');
    if (host(link) !== host(page)) return null;
    const lp = link.pathname.replace(/\/+$/, '');
    const pp = page.pathname.replace(/\/+$/, '');
    if (lp.length >= pp.length || !pp.startsWith(`${lp}/`)) return null;
    return lp === '' ? 'home' : 'section';
  } catch {
    return null;
  }
}

/**
 * A heading that is the site's logo ("<h1><a href="/">Blatt</a></h1>", class "site-title"), a link up to a
 * section, a breadcrumb or a kicker styled as a heading of its own labels the page, it is not its headline.
 */
function labelKind(h: DomElement, text: string, pageUrl: string): 'logo' | 'label' | null {
  const cls = classOf(h);
  if (LOGO.test(cls)) return 'logo';
  if (NAVIGATION.test(cls) || HIDDEN.test(cls) || KICKER.test(h.getAttribute('class') ?? '')) return 'label';
  const link = h.querySelector('a[href]');
  if (!link) return null;
  if (LOGO.test(classOf(link)) || /(^|\s)home(\s|$)/i.test(link.getAttribute('rel') ?? '')) return 'logo';
  if (clean(link.textContent) !== clean(text)) return null;
  const level = linkLevel(link.getAttribute('href'), pageUrl);
  return level === 'home' ? 'logo' : level === 'section' ? 'label' : null;
}

export function headlineCandidates(s: PageSignals, pageUrl: string): HeadlineCandidates {
  const out: HeadlineCandidates = { h1s: [], secondary: [], siteLabels: [], opening: null };
  const read = (h: DomElement, into: string[][]): void => {
    const variants = headingVariants(h);
    if (variants.length === 0) return;
    const kind = labelKind(h, variants[1]!, pageUrl);
    if (kind === 'logo') out.siteLabels.push(variants[1]!);
    else if (kind === null) into.push(variants);
  };
  for (const h of s.h1s) read(h, linksElsewhere(h, pageUrl) ? out.secondary : out.h1s);
  for (const h of s.h2s) read(h, out.secondary);
  // Blog engines mark a post's title as a lower heading named by microdata (<h3 itemprop="name">).
  const named = (s.itemprops.get('name') ?? []).filter((el) => /^H[3-6]$/i.test(el.tagName));
  for (const el of [...(s.itemprops.get('headline') ?? []), ...named]) {
    if (!s.h1s.some((h) => h.contains(el)) && !s.h2s.includes(el)) read(el, out.secondary);
  }
  if (!s.h1s.some((h) => visibleText(h))) {
    const shown = (h: DomElement): boolean => !/(^|[\s_-])(hide|hidden)([\s_-]|$)/i.test(classOf(h));
    const first = s.h2s.find((h) => visibleText(h) && shown(h) && labelKind(h, visibleText(h), pageUrl) === null);
    const text = first ? visibleText(first, true) : '';
    if (/\S+\s+\S+/.test(text) && !/[:»›…]$|\d{4}$/.test(text)) out.opening = text;
  }
  return out;
}

/** The name of the breadcrumb's last item: the page itself. */
export function lastCrumb(breadcrumb: LdNode | null): string | null {
  const items = breadcrumb?.['itemListElement'];
  if (!Array.isArray(items) || items.length < 2) return null;
  const last = ldObject(items[items.length - 1]);
  return ldString(last) ?? ldString(last?.['item']);
}
