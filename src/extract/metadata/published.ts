import { meta, type PageSignals } from './collect.ts';
import { attr, textOf, type DomElement } from './dom.ts';
import { parseHumanDate, parseMachineDate, plausible, urlDate } from './dates.ts';
import { ldString, type LdNode } from './jsonld.ts';

const PUBLISHED_META = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'datepublished', 'published_time',
  'article.published', 'publishdate', 'publish-date', 'publish_date', 'pubdate', 'parsely-pub-date',
  'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dc.date.created',
  'dcterms.created', 'date', 'article_date_original', 'originalpublicationdate', 'cxenseparse:recs:publishtime',
  'date.available', 'release_date', 'created', 'citation_publication_date', 'citation_date',
];
const MODIFIED_META = [
  'article:modified_time', 'og:updated_time', 'og:article:modified_time', 'datemodified', 'last-modified',
  'dc.date.modified', 'dcterms.modified', 'lastmod', 'article.updated', 'sailthru.lastmodified', 'updated_time',
];

function firstValid(values: (string | null | undefined)[], now: number): string | null {
  for (const v of values) {
    const d = parseMachineDate(v);
    if (d && plausible(d, now)) return d;
  }
  return null;
}

function timeValue(el: DomElement): string {
  return attr(el, 'datetime') || attr(el, 'content') || textOf(el);
}

function isModifiedEl(el: DomElement): boolean {
  const hint = `${el.getAttribute('class') ?? ''} ${el.getAttribute('itemprop') ?? ''} ${el.parentElement?.getAttribute('class') ?? ''}`;
  return /modif|update|aktualisiert|actualiz|mis-a-jour/i.test(hint);
}

function visibleDate(els: DomElement[], monthFirst: boolean, now: number): string | null {
  for (const el of els) {
    if (isModifiedEl(el)) continue;
    const text = textOf(el);
    if (text.length > 300) continue;
    const d = parseMachineDate(attr(el, 'datetime')) ?? parseHumanDate(text, monthFirst);
    if (d && plausible(d, now)) return d;
  }
  return null;
}

export interface PageDates {
  published: string | null;
  modified: string | null;
}

/** Publication and modification dates, most reliable source first: JSON-LD, meta tags, <time>, visible text, URL. */
export function chooseDates(s: PageSignals, article: LdNode | null, url: string, monthFirst: boolean, now = Date.now()): PageDates {
  const modified = firstValid([ldString(article?.['dateModified']), ...MODIFIED_META.map((k) => meta(s, k))], now);
  const itempropPublished = (s.itemprops.get('datepublished') ?? []).map(timeValue);
  const timePublished = s.times.filter((t) => !isModifiedEl(t)).map(timeValue);
  const published =
    firstValid(
      [
        ldString(article?.['datePublished']),
        ldString(article?.['dateCreated']),
        ...PUBLISHED_META.map((k) => meta(s, k)),
        ...itempropPublished,
      ],
      now,
    ) ??
    firstValid(timePublished, now) ??
    visibleDate(s.dateLines, monthFirst, now) ??
    visibleDate(s.bylines, monthFirst, now) ??
    urlDate(url) ??
    modified;
  return { published, modified };
}
