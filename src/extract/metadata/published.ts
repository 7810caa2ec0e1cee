import { meta, type PageSignals } from './collect.ts';
import { attr, textOf, type DomElement } from './dom.ts';
import { parseHumanDate, parseMachineDate, plausible, urlDate } from './dates.ts';
import { ldString, type LdNode } from './jsonld.ts';
import { localise } from './local-time.ts';

const PUBLISHED_META = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'datepublished', 'published_time',
  'article.published', 'publishdate', 'publish-date', 'publish_date', 'pubdate', 'parsely-pub-date',
  'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dc.date.created',
  'dcterms.created', 'date', 'article_date_original', 'originalpublicationdate', 'cxenseparse:recs:publishtime',
  'date.available', 'release_date', 'created', 'citation_publication_date', 'citation_date', 'publication_date',
  'publicationdate', 'article:published', 'dc.date.available', 'datecreated',
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
  const own = `${el.getAttribute('class') ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
  const hint = `${own} ${el.parentElement?.getAttribute('class') ?? ''}`;
  if (/modif|last-?update|aktualisiert|actualiz|mis-a-jour|edited|editiert/i.test(hint)) return true;
  // WordPress themes mark the published date "updated" too; only a bare "updated" means the modification date.
  return /(^|\s)updated(\s|$)/i.test(own) && !/publish|date|time|entry|datum/i.test(own.replace(/(^|\s)updated(\s|$)/i, ' '));
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

/** The first date written just after (else just before) the headline, within its enclosing blocks. */
function headlineDate(h1: DomElement | undefined, monthFirst: boolean, now: number): string | null {
  if (!h1) return null;
  const heading = h1.textContent ?? '';
  let box: DomElement | null = h1;
  for (let level = 0; level < 4 && box; level++) {
    box = box.parentElement;
    if (!box) break;
    const text = box.textContent ?? '';
    const at = text.indexOf(heading);
    if (at < 0) continue;
    const end = at + heading.length;
    for (const window of [text.slice(end, end + 600), text.slice(Math.max(0, at - 300), at)]) {
      const d = parseHumanDate(window.replace(/\s+/g, ' '), monthFirst);
      if (d && plausible(d, now)) return d;
    }
  }
  return null;
}

export interface PageDates {
  published: string | null;
  modified: string | null;
}

export interface DateContext {
  article: LdNode | null;
  page: LdNode | null;
  url: string;
  language: string | null;
  monthFirst: boolean;
}

/** Publication and modification dates, most reliable source first: JSON-LD, meta tags, <time>, visible text, URL. */
export function chooseDates(s: PageSignals, ctx: DateContext, now = Date.now()): PageDates {
  const { article, page, url, monthFirst } = ctx;
  const modified = firstValid(
    [ldString(article?.['dateModified']), ...MODIFIED_META.map((k) => meta(s, k)), ldString(page?.['dateModified'])],
    now,
  );
  const itempropPublished = (s.itemprops.get('datepublished') ?? []).map(timeValue);
  const machine = firstValid(
    [
      ldString(article?.['datePublished']),
      ldString(article?.['dateCreated']),
      ...PUBLISHED_META.map((k) => meta(s, k)),
      ...itempropPublished,
      ldString(page?.['datePublished']),
    ],
    now,
  );
  const timePublished = machine ?? firstValid(s.times.filter((t) => !isModifiedEl(t)).map(timeValue), now);
  let shown: string | null | undefined;
  const shownDay = (): string | null => {
    if (shown === undefined) shown = visibleDate(s.dateLines, monthFirst, now) ?? headlineDate(s.h1s[0], monthFirst, now);
    return shown;
  };
  const published = timePublished ?? shownDay() ?? visibleDate(s.bylines, monthFirst, now) ?? urlDate(url) ?? modified;
  if (published && published.length > 10 && /(Z|\+00:00)$/.test(published)) {
    return { published: localise(published, [shownDay(), urlDate(url)], url, ctx.language), modified };
  }
  return { published, modified };
}
