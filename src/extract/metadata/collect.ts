import { attr, type DomDocument, type DomElement } from './dom.ts';

/**
 * Everything metadata extraction looks at, gathered in one pass over the document's elements so the page is
 * scanned once, not once per field.
 */
export interface PageSignals {
  /** `<meta>` content by lower-cased name, property, itemprop and http-equiv, in document order. */
  metas: Map<string, string[]>;
  /** `<link>` hrefs by lower-cased rel token. */
  links: Map<string, string[]>;
  jsonLd: string[];
  htmlLang: string;
  title: string | null;
  h1s: DomElement[];
  /** The first few h2s: pages without an h1 put the headline there. */
  h2s: DomElement[];
  times: DomElement[];
  /** Non-meta elements carrying an itemprop, by lower-cased itemprop. */
  itemprops: Map<string, DomElement[]>;
  bylines: DomElement[];
  dateLines: DomElement[];
  deks: DomElement[];
  breadcrumbs: DomElement[];
  /**
   * Paragraphs and post-meta lines ("Gespeichert von … am …"): read only when no marked-up byline or date exists,
   * for the signature at the end of an article and the date in a page's footer.
   */
  signLines: DomElement[];
  /** Elements other than paragraphs whose text `<br>` breaks into lines: an article set in a div signs off there. */
  brBlocks: DomElement[];
  /** Inline scripts other than JSON-LD: some CMSs state the publication date only in their page data. */
  scripts: DomElement[];
  /** Document position of each element collected above, to judge what sits near the headline. */
  order: Map<DomElement, number>;
}

const BYLINE = /author|byline|autor|verfasser|journalist|writer|signature|creator|redakteur|posted-?by|contributor|credits/i;
const DATELINE = /(^|[\s_-])(date|datum|dateline|fecha|published|pubdate|publish|timestamp|time|zeit|entry-date|post-date|article-date|meta-date|data)([\s_-]|$)|date(time)?[\s_-]|[\s_-]date/i;
const DEK = /(^|[\s_-])(dek|subtitle|sub-title|subheadline|subhead|sub-headline|standfirst|lead|leadtext|lead-text|teaser|teaser-text|intro|introduction|summary|excerpt|description|abstract|deck|article-lead|article__lead|entradilla|chapo|chapeau|sottotitolo|summary-text|vorspann)([\s_-]|$)/i;
const BREADCRUMB = /breadcrumb/i;
const POST_META = /submitted|post-?meta|entry-?meta|meta-?info|article-?meta|(^|[\s_-])info([\s_-]|$)/i;
/** Profile links ("/author/anna-mueller/", "/autoren/…") name the author in their text. */
const AUTHOR_HREF = /\/(?:author|authors|autor|autoren|autorin|auteur|auteurs|autore|autori|redakteur|redaktion\/[^/]+|journalist|journalisten|staff|profil|profile|mitarbeiter)\/[^/?#]+/i;
/** One cheap test first: most elements' classes match none of the patterns above. */
const ANY_HINT = /submitted|meta|info|auth|autor|byline|verfasser|journalist|writer|signature|creator|redakteur|posted|contributor|credits|dat|time|zeit|fecha|publi|dek|sub|standfirst|lead|teaser|intro|summary|excerpt|descr|abstract|deck|entradilla|chapo|chapeau|sottotitolo|vorspann|breadcrumb/i;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'SVG', 'PATH', 'IFRAME', 'TEMPLATE']);

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function collectSignals(doc: DomDocument): PageSignals {
  const s: PageSignals = {
    metas: new Map(),
    links: new Map(),
    jsonLd: [],
    htmlLang: doc.documentElement ? attr(doc.documentElement, 'lang') || attr(doc.documentElement, 'xml:lang') : '',
    title: null,
    h1s: [],
    h2s: [],
    times: [],
    itemprops: new Map(),
    bylines: [],
    dateLines: [],
    deks: [],
    breadcrumbs: [],
    signLines: [],
    brBlocks: [],
    scripts: [],
    order: new Map(),
  };
  const all = doc.querySelectorAll('*');
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    const tag = el.tagName.toUpperCase();
    if (tag === 'META') {
      const content = el.getAttribute('content');
      if (content == null) continue;
      for (const key of ['name', 'property', 'itemprop', 'http-equiv']) {
        const k = el.getAttribute(key);
        if (k) for (const part of k.toLowerCase().split(/\s+/)) if (part) push(s.metas, part, content);
      }
      continue;
    }
    if (tag === 'LINK') {
      const href = el.getAttribute('href');
      const rel = el.getAttribute('rel');
      if (href && rel) for (const part of rel.toLowerCase().split(/\s+/)) if (part) push(s.links, part, href);
      continue;
    }
    if (tag === 'SCRIPT') {
      if (/ld\+json/i.test(el.getAttribute('type') ?? '')) s.jsonLd.push(el.textContent ?? '');
      else if (!el.hasAttribute('src')) s.scripts.push(el);
      continue;
    }
    if (SKIP.has(tag)) continue;
    if (tag === 'TITLE') {
      if (s.title === null && el.parentElement?.tagName.toUpperCase() !== 'SVG') s.title = el.textContent ?? '';
      continue;
    }
    if (tag === 'BR') {
      const block = el.parentElement;
      if (block && block.tagName.toUpperCase() !== 'P' && s.brBlocks[s.brBlocks.length - 1] !== block) s.brBlocks.push(block);
      continue;
    }
    let keep = false;
    if (tag === 'H1') {
      s.h1s.push(el);
      keep = true;
    } else if (tag === 'H2' && s.h2s.length < 8) {
      s.h2s.push(el);
      keep = true;
    } else if (tag === 'P') {
      s.signLines.push(el);
    } else if (tag === 'TIME') {
      s.times.push(el);
      keep = true;
    }
    const itemprop = el.getAttribute('itemprop');
    if (itemprop) {
      for (const part of itemprop.toLowerCase().split(/\s+/)) if (part) push(s.itemprops, part, el);
      keep = true;
    }
    const cls = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (cls.length > 1 && ANY_HINT.test(cls)) {
      const before = s.bylines.length + s.dateLines.length + s.deks.length + s.breadcrumbs.length;
      if (BYLINE.test(cls)) s.bylines.push(el);
      if (DATELINE.test(cls)) s.dateLines.push(el);
      if (DEK.test(cls)) s.deks.push(el);
      if (BREADCRUMB.test(cls)) s.breadcrumbs.push(el);
      if (tag !== 'P' && POST_META.test(cls)) s.signLines.push(el);
      if (s.bylines.length + s.dateLines.length + s.deks.length + s.breadcrumbs.length > before) keep = true;
    }
    if (tag === 'A' && (/\bauthor\b/i.test(el.getAttribute('rel') ?? '') || AUTHOR_HREF.test(el.getAttribute('href') ?? ''))) {
      s.bylines.push(el);
      keep = true;
    }
    if (keep) s.order.set(el, i);
  }
  return s;
}

export function meta(s: PageSignals, ...keys: string[]): string | null {
  for (const k of keys) {
    for (const v of s.metas.get(k) ?? []) {
      const t = v.trim();
      if (t) return t;
    }
  }
  return null;
}
