import { namesFrom, sameName } from './authors.ts';
import { meta, type PageSignals } from './collect.ts';
import { textOf, type DomElement } from './dom.ts';
import { ldStrings, types, type LdNode } from './jsonld.ts';
import type { HeadlineLines } from './near-headline.ts';

function ldAuthors(article: LdNode | null, siteName: string | null): { people: string[]; orgs: string[] } {
  const people: string[] = [];
  const orgs: string[] = [];
  if (!article) return { people, orgs };
  const raw = article['author'] ?? article['creator'];
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

function fromElements(els: DomElement[], siteName: string | null): string[] {
  for (const el of els) {
    const inner = el.querySelectorAll('[itemprop="name"]');
    const text = inner.length > 0 ? textOf(inner[0]!) : textOf(el);
    if (text.length > 200) continue;
    const names = namesFrom(text, siteName);
    if (names.length > 0) return names;
  }
  return [];
}

const BYLINE_LINE = new RegExp(
  '^(?:(?:ein\\s+)?(?:beitrag|artikel|text|kommentar|gastbeitrag|interview)\\s+von|veröffentlicht\\s+von|erstellt\\s+von|' +
    'eingestellt\\s+von|geschrieben\\s+von|verfasst\\s+von|written\\s+by|posted\\s+by|escrito\\s+por|publicado\\s+por|' +
    'écrit\\s+par|publié\\s+par|scritto\\s+da|napisał[a]?|von|by|por|par|di|door|av|af|od|' +
    'autor(?:in|en)?|autore|auteur|author|authors|verfasser(?:in)?|text|texto|texte|testo|tekst|redacción|reporter)' +
    '(?:\\s*:\\s*|\\s+)(?=\\p{Lu})',
  'iu',
);

/** "Von Anna Müller | 06.11.2022" on a line of its own near the headline. */
function fromLines(lines: string[], siteName: string | null): string[] {
  for (const line of lines) {
    if (line.length > 160) continue;
    const m = BYLINE_LINE.exec(line);
    if (!m) continue;
    const names = namesFrom(line.slice(m[0].length), siteName);
    if (names.length > 0) return names;
  }
  return [];
}

function merge(lists: string[][]): string[] {
  const out: string[] = [];
  for (const list of lists) for (const n of list) if (!out.some((o) => sameName(o, n))) out.push(n);
  return out;
}

/** Authors from JSON-LD, meta tags, microdata, rel=author and byline elements, most reliable first. */
export function chooseAuthors(s: PageSignals, article: LdNode | null, siteName: string | null, near: HeadlineLines): string[] {
  const ld = ldAuthors(article, siteName);
  if (ld.people.length > 0) return merge([ld.people]);
  const metaValue = meta(s, 'author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl', 'twitter:creator:name');
  if (metaValue && !/^https?:/i.test(metaValue)) {
    const names = namesFrom(metaValue, siteName);
    if (names.length > 0) return names;
  }
  const micro = fromElements(s.itemprops.get('author') ?? [], siteName);
  if (micro.length > 0) return micro;
  const lines = fromLines([...near.after, ...near.before], siteName);
  if (lines.length > 0) return lines;
  const byline = fromElements(s.bylines, siteName);
  if (byline.length > 0) return byline;
  return ld.orgs;
}
