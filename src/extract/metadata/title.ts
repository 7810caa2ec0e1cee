/** Picking the headline and cutting the site or section name that pages glue onto it. */

const SEPARATORS = /\s+[|\-–—·•»«:~/]\s+|\s*[|»«•·]\s*|\s+::\s+|:\s+/gu;

export function normTitle(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

export interface TitleInput {
  h1s: string[];
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
    return n.length >= 2 && (p === n || (n.length >= 4 && p.includes(n) && p.length <= n.length + 25) || (p.length >= 4 && n.includes(p)));
  });
}

/** The candidate with site-name pieces at its ends removed, when a separator sets them off. */
export function stripSite(text: string, siteNames: string[]): string {
  let t = text;
  for (let i = 0; i < 3; i++) {
    const seps = [...t.matchAll(SEPARATORS)];
    if (seps.length === 0) break;
    const first = seps[0]!;
    const last = seps[seps.length - 1]!;
    const tail = t.slice(last.index + last[0].length);
    const head = t.slice(0, first.index);
    if (isSiteLike(tail, siteNames)) t = t.slice(0, last.index).trim();
    else if (isSiteLike(head, siteNames)) t = t.slice(first.index + first[0].length).trim();
    else break;
  }
  return t;
}

/** Pieces of a "<title>" split at separators, so "Headline - Section - Site" offers "Headline" and "Headline - Section". */
function prefixes(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(SEPARATORS)) {
    out.push(text.slice(0, m.index).trim());
    out.push(text.slice(m.index + m[0].length).trim());
  }
  return out.filter((p) => p.length > 0);
}

export function chooseTitle(input: TitleInput): string | null {
  const sites = input.siteNames.filter((s) => s.trim());
  const metas = [input.ld, input.og, input.twitter, input.itemprop, input.title].filter((x): x is string => !!x);
  const metaNorms = new Set<string>();
  for (const m of metas) {
    metaNorms.add(normTitle(m));
    metaNorms.add(normTitle(stripSite(m, sites)));
    for (const p of prefixes(m)) metaNorms.add(normTitle(p));
  }
  const h1s = input.h1s.filter((h) => h.length >= 3 && !isSiteLike(h, sites));
  for (const h of h1s) if (metaNorms.has(normTitle(h))) return h;
  // A headline the metadata confirms by prefix: an h1 with a kicker or a trailing date still matches its start.
  for (const h of h1s) {
    const n = normTitle(h);
    for (const m of metaNorms) if (m.length >= 15 && (n.startsWith(m) || n.endsWith(m))) return stripSite(h, sites);
  }
  const stripped = metas.map((m) => stripSite(m, sites)).filter((m) => m && !isSiteLike(m, sites));
  const counts = new Map<string, number>();
  for (const s of stripped) counts.set(normTitle(s), (counts.get(normTitle(s)) ?? 0) + 1);
  const agreed = stripped.find((s) => (counts.get(normTitle(s)) ?? 0) >= 2);
  if (agreed) return agreed;
  return stripped[0] ?? h1s[0] ?? input.title?.trim() ?? null;
}
