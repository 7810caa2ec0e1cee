import { namesFrom, ROLE_WORD, sameName } from './authors.ts';
import { meta, type PageSignals } from './collect.ts';
import { spacedText, textOf, type DomElement } from './dom.ts';
import { ldStrings, resolveRefs, types, type LdNode, type LdPicture } from './jsonld.ts';
import type { HeadlineLines } from './near-headline.ts';
import { parseHumanDate } from './dates.ts';
import { completeGivenName } from './full-name.ts';
import { creditedSource } from './credit.ts';
import { postAuthorReply } from './post-author.ts';
import { blockSignedAuthors, signedAuthors } from './signed.ts';

function ldAuthors(article: LdNode | null, byId: Map<string, LdNode>, siteName: string | null): { people: string[]; orgs: string[] } {
  const people: string[] = [];
  const orgs: string[] = [];
  if (!article) return { people, orgs };
  const raw = resolveRefs(article['author'] ?? article['creator'], byId);
  const list = Array.isArray(raw) ? raw : raw == null ? [] : [raw];
  for (const a of list) {
    const isOrg = typeof a === 'object' && a !== null && types(a as LdNode).some((t) => t.includes('organization'));
    for (const s of ldStrings(a)) {
      const names = /^https?:/i.test(s) ? [] : namesFrom(s, isOrg ? null : siteName);
      (isOrg ? orgs : people).push(...names);
    }
  }
  return { people, orgs };
}

const LABELLED = /(?:^|\s)(?:autor(?:in|en)?|author|authors|verfasser(?:in)?|text|texto|texte|von|by|por|par|auteur|autore|door|tekst)\s*:\s*(.+?)(?=\s+[\p{L}-]+\s*:|$)/iu;

/** `handles`: the elements are byline markup, so a user handle ("Bo2man") there is the writer's name. */
function fromElements(els: DomElement[], siteName: string | null, handles: boolean): string[] {
  for (const el of els) {
    const inner = el.querySelectorAll('[itemprop="name"]');
    const text = spacedText(inner.length > 0 ? inner[0]! : el);
    if (text.length > 200) continue;
    // "Datum: 19.11.2021 Autor: Fritz Imhof Quelle: Livenet": only the author's field.
    const names = namesFrom(LABELLED.exec(text)?.[1] ?? text, siteName, handles);
    if (names.length > 0) return names;
  }
  return [];
}

const BYLINE_LINE = new RegExp(
  '^(?:(?:ein\\s+)?(?:beitrag|artikel|text|kommentar|gastbeitrag|interview)\\s+von|veröffentlicht\\s+von|erstellt\\s+von|' +
    'eingestellt\\s+von|geschrieben\\s+von|verfasst\\s+von|written\\s+by|posted\\s+by|escrito\\s+por|publicado\\s+por|' +
    'écrit\\s+par|publié\\s+par|scritto\\s+da|napisał[a]?|von|by|por|par|di|door|av|af|od|' +
    'autor(?:in|en)?|autore|auteur|author|authors|verfasser(?:in)?|herausgeber(?:in)?|redaktion(?=\\s*:)|thread\\s+starter|themenstarter|' +
    '(?:text|texto|texte|testo|tekst)(?:\\s*(?:&|\\+|/|und|and|y|et)\\s*(?:fotos?|bilder|photos?|fotografie|interview))?|redacción|reporter)' +
    '(\\s*:\\s*|\\s+|)',
  'iu',
);
const DATE_LEAD = /^(\S+(?:\s\S+){0,3}?)\s+[-–—|•·]\s+(\S.*)$/u;
/** "Filed under: Alltag — jancak @ 00:11": WordPress's classic post line, the writer's user name before the time. */
const AUTHOR_AT_TIME = /\s[—–]\s+([\p{L}\p{N}._-]{2,30})\s+@\s+\d{1,2}:\d{2}\b/u;
/** A forum thread's first poster, named by the user name they post under ("Thread starter Tiberius"). */
const THREAD_STARTER = /thread\s+starter|themenstarter/i;
const UPPER_START = /^\p{Lu}/u;
const GLUED_NAME = /^\p{Lu}\p{Ll}/u;
/** "11.12.2019 - Amelie Loevenich", "04.02.2022 | 13:10 Uhr | Uta Helkenberg". */
const DATED_NAME = /^(\S+(?:\s\S+){0,3}?)\s*[-–|•·]\s*(?:\d{1,2}[:.]\d{2}\s*(?:Uhr|h)?\s*[-–|•·]\s*)?(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})$/u;
/** "Posted on September 21, 2020 by Adi Tzlil": a byline inside a dated line. */
const MID_BYLINE = /\s(?:by|von|por|par|di|door|od)\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3})\s*$/u;
/** "Posted in News by anna_m on August 3, 2019": a writer, person or username, between "by" and a dated "on" (lower-case: "Par Loïc Le Clerc" is a name). */
const BY_ON_DATE = /(?:^|\s)(?:[Bb]y|BY|[Vv]on|[Pp]or|[Pp]ar|[Dd]oor)\s*:?\s+(\S+(?:\s+\S+){0,3}?)\s+(?:on|am|le|el|il|op)\s+(\S.{0,40})$/u;
/** "Ein Albtraum": a line opening with an article is a heading, not a name. */
const ARTICLE_WORD = /^(?:ein|eine|der|die|das|the|a|an)\s/i;
const USERNAME = /^\p{L}[\p{L}\p{N}._-]{2,30}$/u;
const NAME_LINE = /^\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]+|von|van|de|der|den|da|di|del|la|le|zu)){1,3}$/u;

/** A cue that stands alone on its line ("By", "Por") with the name on the next one. */
const BARE_CUE = /^(?:von|by|por|par|di|door|av|af|od|autor(?:in|en)?|autore|auteur|author|authors|verfasser(?:in)?)\s*:?$/iu;

/**
 * "Von Anna Müller | 06.11.2022" on a line of its own near the headline; a label line ("Autor:") followed by the
 * name; or a bare name right next to a date line. `groups` are runs of neighbouring lines (after the headline,
 * before it): a line's neighbours are looked for in its own run only.
 */
function fromLines(groups: string[][], siteName: string | null): string[] {
  const cued = fromCueLines(groups.flat(), siteName);
  if (cued.length > 0) return cued;
  for (const [i, group] of groups.entries()) {
    const found = fromDatedLines(group, siteName, i > 0);
    if (found.length > 0) return found;
  }
  return [];
}

/** "Von Anna Müller", "By" + "Anna Müller", "Auteur : Anna Müller": a line that opens with a byline cue. */
/** "---- by Kenneth Surin", "05.02.2020 - Redaktion: Eberhard Fuhr": the cue after leading dashes or a date. */
function withoutLead(line: string): string {
  const t = line.replace(/^[-–—―_*•·>|\s]+/, '');
  const dated = DATE_LEAD.exec(t);
  return dated && parseHumanDate(dated[1]!) !== null ? dated[2]! : t;
}

function fromCueLines(lines: string[], siteName: string | null): string[] {
  for (let i = 0; i < lines.length; i++) {
    const line = withoutLead(lines[i]!);
    if (line.length > 160) continue;
    const m = BYLINE_LINE.exec(line);
    if (!m) continue;
    const rest = line.slice(m[0].length);
    if (rest === '' && (m[1] !== '' || BARE_CUE.test(line)) && i + 1 < lines.length) {
      const names = namesFrom(lines[i + 1]!, siteName);
      if (names.length > 0) return names;
      continue;
    }
    // A cue glued to the name ("ByAlex") counts before a capitalised word only, so "AVOCAT" is no "Av" byline.
    if (!(m[1] === '' ? GLUED_NAME.test(rest) : UPPER_START.test(rest))) continue;
    // "Ein Interview von Eugen Zentner mit Sonja Silberhorn": the interviewer wrote it.
    const byline = /interview/i.test(m[0]) ? rest.replace(/\s+(?:mit|with|avec|con)\s+\p{Lu}.*$/u, '') : rest;
    const names = namesFrom(byline, siteName, THREAD_STARTER.test(m[0]));
    if (names.length > 0) return names;
  }
  return [];
}

/**
 * A byline inside a dated line, or a bare name next to a date line, among the first lines of a run. `above`: the
 * run above the headline, where a date sits by breadcrumbs and kickers ("21.01.2022" / "Aktuelle Meldung"), so
 * only a name on the date's own line counts there ("04.02.2022 | 13:10 Uhr | Uta Helkenberg").
 */
function fromDatedLines(lines: string[], siteName: string | null, above: boolean): string[] {
  for (let i = 0; i < Math.min(lines.length, 6); i++) {
    const line = lines[i]!;
    const atTime = AUTHOR_AT_TIME.exec(line);
    if (atTime) return [atTime[1]!];
    if (line.length > 100) continue;
    const dated = DATED_NAME.exec(line);
    // One word after a date is a section ("Mittwoch, 01. November 2023 - Handel"); a name has two.
    if (dated && parseHumanDate(dated[1]!) !== null && dated[2]!.includes(' ')) {
      const names = namesFrom(dated[2]!, siteName);
      if (names.length > 0) return names;
    }
    const byOn = BY_ON_DATE.exec(line);
    if (byOn && parseHumanDate(byOn[2]!) !== null) {
      const names = namesFrom(byOn[1]!, siteName);
      if (names.length > 0) return names;
      if (USERNAME.test(byOn[1]!)) return [byOn[1]!];
    }
    const mid = MID_BYLINE.exec(line);
    if (mid && parseHumanDate(line) !== null) {
      const names = namesFrom(mid[1]!, siteName);
      if (names.length > 0) return names;
    }
    if (above || !NAME_LINE.test(line) || ARTICLE_WORD.test(line)) continue;
    const neighbours = [lines[i - 1], lines[i + 1]].filter((x): x is string => x !== undefined && x.length < 80);
    if (neighbours.some((n) => parseHumanDate(n) !== null)) {
      const names = namesFrom(line, siteName);
      if (names.length > 0) return names;
    }
  }
  return [];
}

const loose = (n: string): string => n.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The metadata's authors as the byline by the headline prints them: all of them when metadata names only the
 * first ("Rudolf Fischer" of "von Rudolf Fischer, Simon Kohler"), and spelled out when metadata gives a login
 * ("arianschlichenmayer" for "von Arian Schlichenmayer").
 */
function printedSpelling(fromMeta: string[], near: HeadlineLines, siteName: string | null): string[] {
  if (fromMeta.length === 0) return fromMeta;
  const lines = [...near.after, ...near.before];
  const cued = fromCueLines(lines, siteName);
  // "Von Matthias Lauerer" printed as the byline, while the metadata names someone the page never shows by the headline.
  if (cued.length > 0 && !fromMeta.some((n) => lines.some((l) => loose(l).includes(loose(n))))) return cued;
  const printed = cued.length > 0 ? cued : fromLines([near.after, near.before], siteName);
  if (printed.length === 0) return fromMeta;
  if (printed.length > fromMeta.length && fromMeta.every((n) => printed.some((p) => sameName(p, n)))) return printed;
  if (fromMeta.length === 1 && !/\s/.test(fromMeta[0]!)) {
    const spelled = printed.find((p) => /\s/.test(p) && loose(p) === loose(fromMeta[0]!));
    if (spelled) return [spelled];
  }
  return fromMeta;
}

/** Sources after the chosen one that may list its co-authors: the lines by the headline, the meta tag, byline markup. */
const CO_AUTHOR_SOURCES = 6;

/**
 * The longest later list that names every chosen author and more co-authors ("Michael L. Anderson" of three in
 * the byline markup); a list carrying job titles or units is no list of co-authors.
 */
function withCoAuthors(names: string[], later: (() => string[])[]): string[] {
  let best = names;
  for (const source of later) {
    const other = source();
    if (other.length > best.length && names.every((n) => other.some((o) => sameName(o, n))) && !other.some((o) => ROLE_WORD.test(o))) best = other;
  }
  return best;
}

function merge(lists: string[][]): string[] {
  const out: string[] = [];
  for (const list of lists) for (const n of list) if (!out.some((o) => sameName(o, n))) out.push(n);
  return out;
}

const DOMAIN_LIKE = /^[\w-]+(\.[\w-]+)*\.[a-z]{2,6}$|^(?:die\s+)?(?:redaktion|redacción|rédaction|redazione|redakcja|redactie|newsroom|staff|staff\s+(?:writer|reporter)s?)$/i;
/** A company's or an association's legal form: the author meta tag names the publisher, not a writer. */
const LEGAL_FORM = /(?:^|\s)(?:e\.\s?V\.?|gGmbH|GmbH|AG|KG|Inc\.?|Ltd\.?|LLC|S\.A\.|S\.L\.)(?=$|[\s,.)])/u;
/** "By Staff Writer": the newsroom credited by its role, the English "Redaktion"; a stand-in when no one is named. */
const STAFF_BYLINE = /^(?:by\s+)?(staff\s+(?:writer|reporter)s?)$/i;

function staffCredit(els: DomElement[]): string[] {
  for (const el of els) {
    const m = STAFF_BYLINE.exec(spacedText(el));
    if (m) return [m[1]!];
  }
  return [];
}
const COMMENT_AREA = /comment|kommentar|respond|reply|antwort|review/i;
/**
 * Containers of readers' comments, by a class or id token; WordPress's "comments-open" page state and its
 * "category-…"/"tag-…" tokens ("category-der-kommentar") name no container.
 */
const COMMENTS_AROUND = /^(?!category-|tag-)(?:.*(?:comment(?!s?-open)|kommentar|respond))/i;

/** A byline in the comments names a commenter; one inside a link belongs to a teaser for another article. */
function elsewhere(el: DomElement): boolean {
  let cur = el.parentElement;
  for (let i = 0; i < 8 && cur; i++, cur = cur.parentElement) {
    if (cur.tagName.toUpperCase() === 'A') return true;
    if (`${cur.getAttribute('class') ?? ''} ${cur.getAttribute('id') ?? ''}`.split(/\s+/).some((t) => COMMENTS_AROUND.test(t))) return true;
  }
  return false;
}

function isWeak(names: string[]): boolean {
  return names.every((n) => DOMAIN_LIKE.test(n));
}

/**
 * Authors from JSON-LD, meta tags, microdata, the lines by the headline and byline elements, most reliable
 * first. A site's own domain or an organisation stands in only when no person is named anywhere.
 */
/** Byline elements nearest the headline first (those after it before those above), teasers elsewhere last. */
function byDistance(s: PageSignals, els: DomElement[], headline: DomElement | undefined): DomElement[] {
  const at = headline ? s.order.get(headline) : undefined;
  if (at === undefined) return els;
  const distance = (el: DomElement): number => {
    const pos = s.order.get(el) ?? 0;
    return pos >= at ? pos - at : (at - pos) * 3;
  };
  return els.slice().sort((a, b) => distance(a) - distance(b));
}

/** Where a page spells out the author's full name: the author's JSON-LD profile, the byline elements, the lines by the headline. */
function fullNameTexts(s: PageSignals, ld: LdPicture, near: HeadlineLines, headline: DomElement | undefined): string[] {
  const profiles = ld.persons.flatMap((p) => ldStrings(p, 'description'));
  const bylines = byDistance(s, s.bylines, headline).slice(0, 8).map(textOf);
  return [...profiles, ...bylines, ...near.before, ...near.after];
}

export function chooseAuthors(s: PageSignals, ld: LdPicture, siteName: string | null, near: HeadlineLines, headline: DomElement | undefined): string[] {
  let fromLd = ldAuthors(ld.article, ld.byId, siteName);
  // No author on the article node: the page node's author, or the one person the graph describes.
  if (fromLd.people.length === 0 && ld.page?.['author']) fromLd = ldAuthors(ld.page, ld.byId, siteName);
  if (fromLd.people.length === 0 && ld.persons.length === 1) fromLd = { ...fromLd, people: namesFrom(ldStrings(ld.persons[0]).join(', '), siteName) };
  const fallbacks: string[][] = [];
  const metaOrgs: string[] = [];
  const sources: (() => string[])[] = [
    () => printedSpelling(fromLd.people, near, siteName),
    () => {
      // Yoast writes "Written by" / "Verfasst von" as twitter:label1 with the name in twitter:data1.
      const label = meta(s, 'twitter:label1');
      const v = label && /verfasst|written|geschrieben|autor|author|escrito|écrit|auteur/i.test(label) ? meta(s, 'twitter:data1') : null;
      return v ? namesFrom(v, siteName) : [];
    },
    // Comment schemas mark their posters with itemprop="author" too: no handles from there.
    () => fromElements(s.itemprops.get('author') ?? [], siteName, false),
    () => fromLines([near.after, near.before], siteName),
    // After the printed byline: many CMSs fill the author meta tag with the site's owner, agency or web designer.
    () => {
      const v = meta(s, 'author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl', 'twitter:creator:name');
      if (!v || /^https?:/i.test(v)) return [];
      // "DITIB - Türkisch-Islamische Union … e.V.": the publisher, a stand-in only when the page signs no one.
      if (LEGAL_FORM.test(v)) {
        metaOrgs.push(...namesFrom(v, siteName));
        return [];
      }
      return namesFrom(v, siteName);
    },
    () => {
      const els = s.bylines.filter((el) => !COMMENT_AREA.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`) && !elsewhere(el));
      return fromElements(byDistance(s, els, headline), siteName, true);
    },
    () => signedAuthors(s.signLines, siteName),
    () => blockSignedAuthors(s.brBlocks, siteName),
    () => creditedSource(s.signLines),
    () => postAuthorReply(s.bylines),
    // "Written by Miami Today on …": a byline that names the outlet itself, when no one else is named.
    () => fromLines([near.after, near.before], null),
    () => fromElements(byDistance(s, s.bylines.filter((el) => !elsewhere(el)), headline), null, true),
    () => staffCredit(byDistance(s, s.bylines.filter((el) => !elsewhere(el)), headline)),
  ];
  for (const [i, source] of sources.entries()) {
    const names = source();
    if (names.length === 0) continue;
    if (isWeak(names)) fallbacks.push(names);
    else return completeGivenName(withCoAuthors(merge([names]), sources.slice(i + 1, CO_AUTHOR_SOURCES)), fullNameTexts(s, ld, near, headline));
  }
  return merge([...fallbacks.slice(0, 1), fromLd.orgs, metaOrgs]).slice(0, 3);
}
