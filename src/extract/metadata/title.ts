/** Picking the headline and cutting the site or section name that pages glue onto it. */

/** Chinese and Japanese titles glue the site on without spaces: "…城！-新华网". */
const SEPARATORS = /\s+[|\-–—·•»«›‹:~/]\s+|\s*[|»«›‹•·]\s*|\s+::\s+|:\s+|(?<=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}！？。」）])[-_](?=\p{Script=Han})/gu;
const STRONG = /[|»«›‹•·]/;
const GENERIC_HEAD = /^(?:blog|blog archiv[e]?|archiv[e]?|news|home|startseite|aktuell(?:es)?|nachrichten|neuigkeiten|headline|artikel|article|noticias|actualités|notizie)$/iu;
const LEADING_DATE = /^(?:\d{1,2}\.\s?\d{1,2}\.(?:\d{2,4})?|\d{1,2}\.?\s+\p{L}+\.?\s+\d{4}|\d{4}-\d{2}-\d{2})\s*[-–|•:]?\s*/u;

export function normTitle(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

export interface TitleInput {
  /** Per h1: its best reading (without kicker), its full visible text, then the texts of its parts. */
  h1s: string[][];
  /** The same for h2s and other elements marked as the headline: they win only where the metadata confirms them. */
  secondary: string[][];
  og: string | null;
  twitter: string | null;
  ld: string | null;
  itemprop: string | null;
  title: string | null;
  /** The breadcrumb's last item names the page: it confirms a heading but never stands in for one. */
  crumb: string | null;
  /** Site names the page confirms: og:site_name, JSON-LD publisher, application-name, the host's labels. */
  siteNames: string[];
  /** Texts of the page's logo headings: they name the site too, but only as they stand. */
  siteLabels: string[];
  /** The page's description: CMSs without a headline field fill it with the headline. */
  description: string | null;
  /** On a page without h1 text, the h2 its content opens with. */
  opening?: string | null;
}

function isSiteLike(part: string, siteNames: string[]): boolean {
  const p = normTitle(part);
  if (!p) return true;
  return siteNames.some((s) => {
    const n = normTitle(s);
    return n.length >= 2 && (p === n || (n.length >= 4 && p.includes(n) && p.length <= n.length + 25));
  });
}

function isSiteName(text: string, siteNames: string[]): boolean {
  const t = normTitle(text);
  return siteNames.some((s) => normTitle(s) === t);
}

function words(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

/** A separator: a hyphen only with spaces around it, so "GdP-Vize" keeps its "GdP". */
const SEP_BEFORE = /(?:\s*[|·•»«›‹:]|\s+[-–—~/])\s*$/u;
const SEP_AFTER = /^\s*[|·•»«›‹:]\s*|^\s+[-–—~/]\s+/u;

/** The candidate without the site's name at its end, when a separator sets it off. */
function cutTrailingSiteName(text: string, siteNames: string[]): string {
  for (const site of siteNames) {
    if (site.length < 3 || site.length >= text.length || !text.endsWith(site)) continue;
    const head = text.slice(0, -site.length);
    const m = SEP_BEFORE.exec(head);
    if (m && m.index > 0) return head.slice(0, m.index).trim();
  }
  return text;
}

/** The candidate with site-name pieces at its ends removed, when a separator sets them off. */
function cutWholeSiteName(text: string, siteNames: string[]): string {
  const cut = cutTrailingSiteName(text, siteNames);
  if (cut !== text) return cut;
  for (const site of siteNames) {
    if (site.length < 3 || site.length >= text.length) continue;
    if (text.startsWith(site)) {
      const m = SEP_AFTER.exec(text.slice(site.length));
      if (m) return text.slice(site.length + m[0].length).trim();
    }
  }
  return text;
}

export function stripSite(text: string, siteNames: string[]): string {
  let t = cutWholeSiteName(text.trim(), siteNames);
  // Blogs glue a motto of several pieces after the name ("… : Blog | Motto | Gegründet 2005 | 6. Jahrgang").
  for (let i = 0; i < 5; i++) {
    const seps = [...t.matchAll(SEPARATORS)];
    if (seps.length === 0) break;
    const first = seps[0]!;
    const last = seps[seps.length - 1]!;
    const tail = t.slice(last.index + last[0].length).trim();
    const head = t.slice(0, first.index).trim();
    const gluedCjk = /^[-_]$/.test(last[0]) && tail.length <= 10;
    const strongTail = ((STRONG.test(last[0]) && words(tail) <= 6) || gluedCjk) && tail.length < last.index;
    const strongHead = STRONG.test(first[0]) && (GENERIC_HEAD.test(head) || (words(head) <= 3 && head.length * 3 <= t.length && isSiteLike(head, siteNames)));
    // A head naming the site goes first: "Site » Blog Archiv » Headline" must not lose its short headline.
    const siteHead = isSiteLike(head, siteNames) || GENERIC_HEAD.test(head);
    if (isSiteLike(tail, siteNames) || (strongTail && !siteHead)) t = t.slice(0, last.index).trim();
    else if (siteHead || strongHead) t = t.slice(first.index + first[0].length).trim();
    else break;
  }
  return t;
}

/** Pieces of a title split at separators, so "Headline - Section - Site" offers "Headline" and "Headline - Section". */
function pieces(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of text.matchAll(SEPARATORS)) {
    out.push(text.slice(0, m.index).trim());
    out.push(text.slice(m.index + m[0].length).trim());
    out.push(text.slice(from, m.index).trim());
    from = m.index + m[0].length;
  }
  return out.filter((p) => p.length > 0);
}

/** A heading that is one of the later pieces of the <title> ("Headline : Blog Name | Motto") labels the site. */
function isTitleLabel(heading: string, title: string | null): boolean {
  if (!title) return false;
  const n = normTitle(heading);
  const segments = title.split(SEPARATORS).map(normTitle).filter(Boolean);
  return segments.length > 1 && segments.slice(1).includes(n);
}

/**
 * A blog's logo heading ("Time 4 talks") that is the piece its <title> loses to the site-name cut
 * ("Time 4 talks » Blog Archiv » Weitere Digitalisierung der Schweizer Kinos") names the blog, not the post.
 */
function isCutLabel(heading: string, title: string | null, siteNames: string[]): boolean {
  if (!title) return false;
  const n = normTitle(heading);
  const kept = normTitle(stripSite(title, siteNames));
  if (!n || kept.includes(n) || kept.length <= n.length) return false;
  return title.split(SEPARATORS).some((piece) => normTitle(piece) === n);
}

function withoutLeadingDate(s: string): string {
  const t = s.replace(LEADING_DATE, '');
  return t.length >= 10 ? t : s;
}

const DATELINE = /\d{1,2}[./]\s?\d{1,2}[./]|\d{4}-\d{2}|\b(?:19|20)\d{2}\s*$/u;

/** "Headline: a subtitle of two words or more": no dateline in the heading, no site name as the subtitle. */
function continuesWithClause(heading: string, siteNames: string[]): boolean {
  const first = [...heading.matchAll(SEPARATORS)][0];
  if (!first || DATELINE.test(heading)) return false;
  const rest = heading.slice(first.index + first[0].length).trim();
  return words(rest) >= 2 && /\p{L}{3}/u.test(rest) && !isSiteLike(rest, siteNames);
}


/** A heading as the title rules read it. */
interface Heading {
  /** The headline reading: without kicker and trailing site name. */
  best: string;
  full: string;
  /** A kicker precedes the headline: the heading's full text ends with its best reading. */
  kicked: boolean;
  /** Every reading the metadata may confirm. */
  readings: string[];
  /** Texts of the heading's elements. */
  parts: string[];
}

const LEADING_MARKS = /^[^\p{L}\p{N}"'„“”‚‘’«»‹›¿¡¶#]+(?=\p{L}|\p{N})/u;
const CLOSERS: Record<string, string> = { '[': ']', '{': '}', '(': ')', '*': '*', '<': '>' };

/** Marks before a heading's first word ("[> Jens Weber", "» Headline") are decoration, a bracket closed later is not. */
function withoutLeadingMarks(text: string): string {
  const m = LEADING_MARKS.exec(text);
  if (!m) return text;
  const rest = text.slice(m[0].length);
  return [...m[0]].some((c) => CLOSERS[c] !== undefined && rest.includes(CLOSERS[c]!)) ? text : rest;
}

function readHeading(raw: string[], sites: string[]): Heading | null {
  const variants = raw.map(withoutLeadingMarks);
  const readings = variants.flatMap((v) => [cutTrailingSiteName(v, sites), v, withoutLeadingDate(v)]).filter((v) => v.length >= 3 && !isSiteName(v, sites));
  if (readings.length === 0) return null;
  const full = variants[1] ?? variants[0]!;
  const best = readings[0]!;
  return { best, full, kicked: best !== full && full.endsWith(variants[0]!), readings, parts: variants.slice(2) };
}

/** The text after the words whose normalised form is `k`, or null when the text does not start with them. */
function restAfter(text: string, k: string): string | null {
  const chars = Array.from(text);
  let acc = '';
  let i = 0;
  while (i < chars.length && acc.length < k.length) acc += normTitle(chars[i++]!);
  return acc === k ? chars.slice(i).join('') : null;
}

/** The text before the words whose normalised form is `k`, or null when the text does not end with them. */
function restBefore(text: string, k: string): string | null {
  const chars = Array.from(text);
  let acc = '';
  let i = chars.length;
  while (i > 0 && acc.length < k.length) acc = normTitle(chars[--i]!) + acc;
  return acc === k ? chars.slice(0, i).join('') : null;
}

const SET_OFF = /^[\s|·•»«›‹:~/,–—-]+|[\s|·•»«›‹:~/,–—-]+$/gu;

/**
 * What a heading says beyond the metadata's title is its own words ("… in Tennessee", "\"Pure Leere\": …", a
 * subtitle of two words or more after a separator), not a dateline, the site's name or a section label.
 */
function ownWords(extra: string, sites: string[]): boolean {
  const body = extra.replace(SET_OFF, '');
  if (!/\p{L}{3}/u.test(body) || DATELINE.test(extra) || LEADING_DATE.test(body)) return false;
  if (isSiteLike(body, sites) || GENERIC_HEAD.test(body)) return false;
  const setOff = /^\s*[|·•»«›‹:~/]|^\s+[-–—]\s/u.test(extra) || /[|·•»«›‹:~/]\s*$|\s[-–—]\s*$/u.test(extra);
  return !setOff || words(body) >= 2;
}

/**
 * Words before the metadata's title belong to the headline when they lead into it in the heading's own text
 * ("\"Pure Leere\": …", "Wie pflege ich meine …"); a kicker in an element of its own does not.
 */
function ownLead(extra: string, h: Heading, sites: string[]): boolean {
  const lead = extra.replace(SET_OFF, '');
  if (h.parts.some((p) => p.replace(SET_OFF, '') === lead)) return false;
  return /^[^|·•»«›‹~/–—]*$/u.test(extra) && !/\s-\s/.test(extra) && ownWords(extra.replace(/:\s*$/, ' '), sites);
}

/** What the metadata says, by normalised text: which titles, which of them whole or first pieces, from where. */
interface Known {
  texts: Map<string, string>;
  /** The whole title, the title without the site's name, its first piece, the breadcrumb's name. */
  strong: Set<string>;
  /** The whole title and the title without the site's name. */
  whole: Set<string>;
  /** Texts that metadata other than JSON-LD and the page's own itemprop say: a secondary heading needs them. */
  independent: Set<string>;
}

function knownTitles(input: TitleInput, sites: string[]): Known {
  const known: Known = { texts: new Map(), strong: new Set(), whole: new Set(), independent: new Set() };
  const sources: [string | null, boolean][] = [
    [input.ld, false], [input.og, true], [input.twitter, true], [input.title, true], [input.crumb, true],
  ];
  for (const [m, independent] of sources) {
    if (!m) continue;
    const ps = pieces(m);
    const strong = [m, stripSite(m, sites), ...ps.slice(0, 1)];
    for (const t of [...strong, ...ps]) {
      const n = normTitle(t);
      if (n.length < 3) continue;
      if (!known.texts.has(n)) known.texts.set(n, t);
      if (strong.includes(t)) known.strong.add(n);
      if (t === m || t === strong[1]) known.whole.add(n);
      if (independent) known.independent.add(n);
    }
  }
  return known;
}

/** The heading's reading that the metadata confirms; a kicker before the confirmed headline goes. */
function confirmedReading(h: Heading, accept: (n: string) => boolean): string | null {
  const hit = h.readings.find((r) => accept(normTitle(r)));
  if (!hit) return null;
  if (h.kicked && (hit === h.full || hit === h.best)) return h.best;
  // An element that opens the heading, followed by its bare text, is the kicker of that text.
  const rest = h.parts.includes(hit) ? restAfter(h.full, normTitle(hit))?.replace(SET_OFF, '') : null;
  return rest && words(rest) >= 2 && !h.parts.some((p) => p.includes(rest)) ? rest : hit;
}

/** The longest confirmed reading among the headings, and the heading it comes from. */
function longestConfirmed(headings: Heading[], accept: (n: string) => boolean): [string, Heading] | null {
  let best: [string, Heading] | null = null;
  for (const h of headings) {
    const hit = confirmedReading(h, accept);
    if (hit && (best === null || normTitle(hit).length > normTitle(best[0]).length)) best = [hit, h];
  }
  return best;
}

export function chooseTitle(input: TitleInput): string | null {
  const chosen = chooseHeadline(input);
  const metas = [input.ld, input.og, input.twitter, input.itemprop, input.title];
  // Soft hyphens stay only where the page's metadata writes them too, as the headline's own spelling.
  return chosen && !metas.some((m) => m?.includes('\u00ad')) ? chosen.replace(/\u00ad/g, '') : chosen;
}

function chooseHeadline(input: TitleInput): string | null {
  const sites = [...input.siteNames, ...input.siteLabels].filter((s) => s.trim());
  const looseSites = input.siteNames.filter((s) => s.trim());
  const labels = new Set(input.siteLabels.map(normTitle));
  const metas = [input.ld, input.og, input.twitter, input.itemprop, input.title].filter((x): x is string => !!x);
  const known = knownTitles(input, sites);
  const read = (list: string[][]): Heading[] => list.map((v) => readHeading(v, sites)).filter((h): h is Heading => h !== null);
  const h1s = read(input.h1s.filter((variants) => !isCutLabel(variants[0]!, input.title, sites)));
  const secondary = read(input.secondary);
  const all = [...h1s, ...secondary];
  const extended = ([hit, from]: [string, Heading]): string => longerHeading(hit, all.filter((h) => h !== from), sites) ?? hit;
  // The h1 that the metadata's whole title (or its first piece) names is the headline.
  const named = longestConfirmed(h1s, (n) => known.strong.has(n));
  if (named) return extended(named);
  const substantial = new Set(h1s.filter((h) => h.readings[0]!.length >= 12 && !isSiteName(h.readings[0]!, sites) && !isTitleLabel(h.readings[0]!, input.title)).map((h) => h.best));
  // Several headings may echo pieces of the <title> ("Zoll", "Fachmeldungen", the headline): the longest wins;
  // an h2 ("Politik", "Suche") must be the whole title, or its first or a long piece where no lone h1 competes.
  const echoed = longestConfirmed(h1s, (n) => known.texts.has(n));
  const piece = (n: string): boolean => substantial.size !== 1 && (known.strong.has(n) || n.length >= 15);
  const second = longestConfirmed(secondary, (n) => known.independent.has(n) && (known.whole.has(n) || piece(n)));
  const confirmed = echoed && (!second || normTitle(echoed[0]).length >= normTitle(second[0]).length) ? echoed : second;
  if (confirmed) return extended(confirmed);
  // An h1 with a kicker before or a dateline after the headline still starts or ends with what the metadata says.
  for (const h of h1s) {
    const n = normTitle(h.full);
    for (const [k, original] of known.texts) {
      if (k.length < 15 || n === k || !(n.startsWith(k) || n.endsWith(k))) continue;
      const after = restAfter(h.full, k);
      const before = after === null ? restBefore(h.full, k) : null;
      if (after === null && before === null) continue;
      if (h.kicked) return h.best;
      // The page's one headline that the SEO title shortened ("Ultium Cells erhöht Gigafactory-Kapazität [in Tennessee]").
      const own = (after !== null && ownWords(after, sites)) || (before !== null && ownLead(before, h, sites));
      if (own && substantial.size === 1) return h.full;
      if (after !== null && continuesWithClause(h.full, sites)) return h.full;
      return stripSite(original, sites);
    }
  }
  const stripped = metas.map((m) => withoutLeadingDate(stripSite(m, sites))).filter((m) => m && !isSiteLike(m, looseSites) && !labels.has(normTitle(m)));
  // A heading the metadata's title extends with a qualifier ("Der historische Purzelbaum (2021/5)").
  for (const h of all) {
    const n = normTitle(h.best);
    if (n.length < 15) continue;
    for (const m of stripped) {
      if (!normTitle(m).startsWith(n)) continue;
      const extra = restAfter(m, n);
      if (extra && /^\s*[,(|·•»«›‹:~/–—-]/u.test(extra) && words(extra) <= 3) return h.best;
    }
  }
  // A single substantial heading is the page's own headline even when its SEO title says something else.
  if (substantial.size === 1) return [...substantial][0]!;
  // A short lone heading ("Design") is the page's headline where the SEO title only describes it.
  const short = new Set(h1s.filter((h) => h.best.length >= 5 && !GENERIC_HEAD.test(h.best) && !isSiteName(h.best, sites) && !isTitleLabel(h.best, input.title)).map((h) => h.best));
  if (substantial.size === 0 && short.size === 1) return [...short][0]!;
  const counts = new Map<string, number>();
  for (const s of stripped) counts.set(normTitle(s), (counts.get(normTitle(s)) ?? 0) + 1);
  const agreed = stripped.find((s) => (counts.get(normTitle(s)) ?? 0) >= 2);
  if (agreed) return agreed;
  // Metadata from one source only is weaker than the heading a page without h1 opens its content with.
  if (input.opening) return input.opening;
  const shared = sharedPiece(stripped) ?? describedPiece(stripped[0], input.description);
  if (shared) return shared;
  return stripped[0] ?? (h1s.length > 1 ? input.title?.trim() : undefined) ?? h1s[0]?.best ?? input.title?.trim() ?? null;
}

/** The piece two differing metadata titles share ("Kicker?: Anno 1800 Beta", "Vorschauen: Anno 1800 Beta"). */
function sharedPiece(titles: string[]): string | null {
  let best: string | null = null;
  for (let i = 0; i < titles.length; i++) {
    const mine = pieces(titles[i]!);
    for (const other of titles.slice(i + 1)) {
      const theirs = new Set(pieces(other).map(normTitle));
      if (normTitle(other) === normTitle(titles[i]!)) continue;
      for (const p of mine) if (theirs.has(normTitle(p)) && normTitle(p).length >= 8 && (!best || p.length > best.length)) best = p;
    }
  }
  return best;
}

/** The piece of the title that the page's description repeats word for word. */
function describedPiece(title: string | undefined, description: string | null): string | null {
  if (!title || !description) return null;
  const d = normTitle(description);
  return pieces(title).find((p) => normTitle(p) === d && d.length >= 8) ?? null;
}

/** A heading that continues the confirmed headline in its own words: the SEO title or the h1 shortened it. */
function longerHeading(confirmed: string, headings: Heading[], sites: string[]): string | null {
  const k = normTitle(confirmed);
  // Short headlines ("Baumgutachten") begin the section headings below them too.
  if (k.length < 20) return null;
  for (const h of headings) {
    for (const text of [h.best, h.full]) {
      if (!normTitle(text).startsWith(k)) continue;
      const extra = restAfter(text, k);
      if (extra && ownWords(extra, sites)) return h.kicked ? h.best : text;
    }
  }
  return null;
}
