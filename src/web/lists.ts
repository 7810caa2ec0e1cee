import type { Counted, ListScope, SourceProfile } from '../store/listings.ts';
import { countryName, languageName } from './format.ts';
import type { WebContext } from './render.ts';

/**
 * The site's lists of articles and their stable URLs: /category/news/politics, /source/<id>, /language/<bcp47>,
 * /country/<alpha-2>, all lower case. Pages and feeds resolve a URL here, so both agree on what exists.
 */

/** "Business & Economy" → "business-economy": the letters and digits of a name, lower case, accents dropped. */
export function slugOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

const SLUG = /^[\p{L}\p{N}]+(-[\p{L}\p{N}]+)*$/u;

export const categoryHref = (category: string) => `/category/${category.split('/').map((part) => encodeURIComponent(slugOf(part))).join('/')}`;
export const sourceHref = (id: string) => `/source/${encodeURIComponent(id)}`;
export const languageHref = (code: string) => `/language/${code.toLowerCase()}`;
export const countryHref = (code: string) => `/country/${code.toLowerCase()}`;

/** "Translated from Spanish"; "Originally in English" for articles that needed no translation. */
export function translatedFromText(code: string): string {
  return code === 'en' ? 'Originally in English' : `Translated from ${languageName(code)}`;
}

/** A category or a parent of one: its full name ("News/Politics"), its own label ("Politics") and its articles with its children's. */
export interface CategoryNode {
  name: string;
  label: string;
  href: string;
  published: number;
  children: CategoryNode[];
}

/** The category tree from the flat list of categories: parents that no article is filed under directly are made too. */
export function categoryTree(categories: Counted[]): CategoryNode[] {
  const nodes = new Map<string, CategoryNode>();
  const roots: CategoryNode[] = [];
  const nodeOf = (name: string): CategoryNode => {
    const found = nodes.get(name);
    if (found) return found;
    const cut = name.lastIndexOf('/');
    const node: CategoryNode = { name, label: name.slice(cut + 1), href: categoryHref(name), published: 0, children: [] };
    nodes.set(name, node);
    (cut < 0 ? roots : nodeOf(name.slice(0, cut)).children).push(node);
    return node;
  };
  for (const c of categories) {
    for (let name = c.value; ; name = name.slice(0, name.lastIndexOf('/'))) {
      nodeOf(name).published += c.published;
      if (!name.includes('/')) break;
    }
  }
  const byLabel = (list: CategoryNode[]) => list.sort((a, b) => a.label.localeCompare(b.label)).forEach((n) => byLabel(n.children));
  byLabel(roots);
  return roots;
}

/** The path from a top-level category down to the one named by URL segments, or null when none has that URL. */
export function findCategory(roots: CategoryNode[], slugs: string[]): CategoryNode[] | null {
  const trail: CategoryNode[] = [];
  let level = roots;
  for (const slug of slugs) {
    const next = level.find((n) => slugOf(n.label) === slug);
    if (!next) return null;
    trail.push(next);
    level = next.children;
  }
  return trail.length > 0 ? trail : null;
}

interface Common {
  scope: ListScope;
  /** The page's site path; its feeds live under it. */
  path: string;
  /** What the list is, as page and feed titles name it. */
  title: string;
}

export type ResolvedList =
  | (Common & { kind: 'category'; trail: CategoryNode[] })
  | (Common & { kind: 'source'; source: SourceProfile })
  | (Common & { kind: 'language'; code: string })
  | (Common & { kind: 'country'; code: string; sources: SourceProfile[] });

export type ListKind = ResolvedList['kind'];

/** The list a URL names, or null when it names none (malformed, or nothing by that name). */
export async function resolveList(web: WebContext, kind: ListKind, key: string): Promise<ResolvedList | null> {
  switch (kind) {
    case 'category': {
      const slugs = key.split('/').filter(Boolean);
      if (slugs.length === 0 || slugs.some((s) => !SLUG.test(s))) return null;
      const trail = findCategory(categoryTree(await web.listings.categories()), slugs);
      const node = trail?.at(-1);
      if (!trail || !node) return null;
      return { kind, trail, scope: { kind, category: node.name }, path: node.href, title: node.name };
    }
    case 'source': {
      const source = await web.listings.source(key);
      if (!source) return null;
      return { kind, source, scope: { kind, sourceId: source.id }, path: sourceHref(source.id), title: source.name };
    }
    case 'language': {
      if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(key)) return null;
      const code = (await web.listings.languages()).find((l) => l.value.toLowerCase() === key)?.value;
      if (code === undefined) return null;
      return { kind, code, scope: { kind, language: code }, path: languageHref(code), title: translatedFromText(code) };
    }
    case 'country': {
      if (!/^[a-z]{2}$/.test(key)) return null;
      const code = key.toUpperCase();
      const sources = await web.listings.sourcesIn(code);
      if (sources.length === 0) return null;
      return { kind, code, sources, scope: { kind, country: code }, path: countryHref(code), title: countryName(code) };
    }
  }
}

/** One sentence saying what a list holds, for the page's description and the feed's. */
export function listDescription(list: ResolvedList): string {
  switch (list.kind) {
    case 'category':
      return `The latest ${list.title} articles from the world's non-English press, in English.`;
    case 'source':
      return `The latest articles from ${list.title}, in English.`;
    case 'language':
      return `The latest articles ${list.code === 'en' ? 'originally in English' : `translated from ${languageName(list.code)}`}.`;
    case 'country':
      return `The latest articles from outlets in ${list.title}, in English.`;
  }
}

/** "Foreign Desk — News/Politics": how feed readers list a list's feed. */
export const listFeedTitle = (siteName: string, list: ResolvedList) => `${siteName} — ${list.title}`;
