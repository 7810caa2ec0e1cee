import { meta, type PageSignals } from './collect.ts';
import { attr, textOf, type DomElement } from './dom.ts';
import { parseHumanDate, parseMachineDate, plausible, urlDate } from './dates.ts';
import { ldString, type LdNode } from './jsonld.ts';
import { localise } from './local-time.ts';
import { scriptDate, statedDate } from './signed.ts';
import type { HeadlineLines } from './near-headline.ts';

const PUBLISHED_META = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'datepublished', 'published_time',
  'article.published', 'publishdate', 'publish-date', 'publish_date', 'pubdate', 'parsely-pub-date',
  'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'article_date_original', 'originalpublicationdate',
  'cxenseparse:recs:publishtime', 'citation_publication_date', 'publication_date', 'publicationdate',
  'article:published', 'datecreated',
];
/** Tags whose meaning varies between CMSs (creation, indexing, last change): below a date the page shows. */
const LOOSE_META = [
  'dc.date', 'dcterms.date', 'dc.date.created', 'dcterms.created', 'date', 'date.available', 'release_date',
  'created', 'citation_date', 'dc.date.available',
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

/** The first date on the lines just after (else just before) the headline. */
function headlineDate(near: HeadlineLines, monthFirst: boolean, now: number): string | null {
  // Some pages print the date inside the heading itself ("23.01.2022 - …", "<h1>…<small>02.02.2022</small>").
  for (const lines of [[near.heading, ...near.after], near.before.slice().reverse()]) {
    for (const line of lines) {
      if (line.length > 400) continue;
      const d = parseHumanDate(line, monthFirst);
      if (d && plausible(d, now)) return d;
    }
  }
  return null;
}

/**
 * The date by the headline beats the first <time> of the page (often a teaser's), but a <time> naming the same
 * day is kept for its time of day and offset.
 */
function shownNearHeadline(s: PageSignals, ctx: DateContext, now: number): string | null {
  const shown = headlineDate(ctx.near, ctx.monthFirst, now);
  const timed = firstValid(s.times.filter((t) => !isModifiedEl(t)).map(timeValue), now);
  if (shown && timed && !timed.startsWith(shown)) return shown;
  return timed ?? shown;
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
  /** Lines of text around the headline. */
  near: HeadlineLines;
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
  // A page that shows its last change's day by the headline, not its first publication's, is dated by the change.
  const shownDay = machine && modified && machine.slice(0, 10) < modified.slice(0, 10) ? headlineDate(ctx.near, monthFirst, now) : null;
  const dated = shownDay !== null && modified?.startsWith(shownDay) ? modified : machine;
  const timePublished = dated ?? shownNearHeadline(s, ctx, now) ?? firstValid(LOOSE_META.map((k) => meta(s, k)), now);
  if (timePublished && /(Z|\+00:00)$/.test(timePublished)) {
    // Only dates the article itself shows count as evidence: site headers often print today's date.
    const shown = [urlDate(url), headlineDate(ctx.near, monthFirst, now)];
    return { published: localise(timePublished, shown, url, ctx.language), modified };
  }
  const published =
    timePublished ??
    visibleDate(s.dateLines, monthFirst, now) ??
    visibleDate(s.bylines, monthFirst, now) ??
    urlDate(url) ??
    modified ??
    scriptDate(s.scripts, now) ??
    statedDate(s.signLines, monthFirst, now);
  return { published, modified };
}
