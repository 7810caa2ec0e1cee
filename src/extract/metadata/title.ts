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
  og: string | null;
  twitter: string | null;
  ld: string | null;
  itemprop: string | null;
  title: string | null;
  /** Site names the page confirms: og:site_name, JSON-LD publisher, application-name, the host's labels. */
  siteNames: string[];
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

export function chooseTitle(input: TitleInput): string | null {
  const sites = input.siteNames.filter((s) => s.trim());
  const metas = [input.ld, input.og, input.twitter, input.itemprop, input.title].filter((x): x is string => !!x);
  const known = new Map<string, string>();
  const remember = (s: string): void => {
    const n = normTitle(s);
    if (n.length >= 3 && !known.has(n)) known.set(n, s);
  };
  for (const m of metas) {
    remember(m);
    remember(stripSite(m, sites));
    for (const p of pieces(m)) remember(p);
  }
  const h1s = input.h1s
    .filter((variants) => !isCutLabel(variants[0]!, input.title, sites))
    .map((variants) => variants.flatMap((v) => [cutTrailingSiteName(v, sites), v, withoutLeadingDate(v)]).filter((v) => v.length >= 3 && !isSiteName(v, sites)))
    .filter((v) => v.length > 0);
  // Several headings may echo pieces of the <title> ("Zoll", "Fachmeldungen", the headline): the longest wins.
  let confirmed: string | null = null;
  for (const variants of h1s) {
    const hit = variants.find((v) => known.has(normTitle(v)));
    if (hit && (confirmed === null || normTitle(hit).length > normTitle(confirmed).length)) confirmed = hit;
  }
  if (confirmed) return confirmed;
  // An h1 with a kicker before or a dateline after the headline still starts or ends with what the metadata says.
  for (const variants of h1s) {
    const full = variants[1] ?? variants[0]!;
    const n = normTitle(full);
    const structured = variants.length > 1 && variants[0] !== variants[1];
    for (const [k, original] of known) {
      if (k.length < 15 || !(n.startsWith(k) || n.endsWith(k))) continue;
      if (structured) return variants[0]!;
      // The SEO title is the heading's first clause; the heading's own subtitle ("…: einfach köstlich!") belongs to it.
      if (n.startsWith(k) && continuesWithClause(full, sites)) return full;
      return stripSite(original, sites);
    }
  }
  // A single substantial heading is the page's own headline even when its SEO title says something else.
  const substantial = h1s.filter((v) => v[0]!.length >= 12 && !isSiteLike(v[0]!, sites) && !isTitleLabel(v[0]!, input.title));
  if (substantial.length === 1) return substantial[0]![0]!;
  const stripped = metas.map((m) => withoutLeadingDate(stripSite(m, sites))).filter((m) => m && !isSiteLike(m, sites));
  const counts = new Map<string, number>();
  for (const s of stripped) counts.set(normTitle(s), (counts.get(normTitle(s)) ?? 0) + 1);
  const agreed = stripped.find((s) => (counts.get(normTitle(s)) ?? 0) >= 2);
  if (agreed) return agreed;
  return stripped[0] ?? h1s[0]?.[0] ?? input.title?.trim() ?? null;
}
