/** JSON-LD as pages actually ship it: @graph, arrays, nested mainEntity, and often not quite valid JSON. */

export type LdNode = Record<string, unknown>;

const ARTICLE_TYPES = new Set([
  'newsarticle', 'article', 'blogposting', 'reportagenews', 'analysisnewsarticle', 'opinionnewsarticle',
  'reviewnewsarticle', 'backgroundnewsarticle', 'askpublicnewsarticle', 'liveblogposting',
  'socialmediaposting', 'techarticle', 'scholarlyarticle', 'report', 'satiricalarticle', 'posting', 'review',
  'recipe', 'howto', 'creativework', 'videoobject', 'medicalwebpage',
]);
const PAGE_TYPES = new Set(['webpage', 'itempage', 'collectionpage', 'aboutpage', 'profilepage', 'qapage']);
const CONTROL = /[\u0000-\u001f]+/g;

function parseLoose(raw: string): unknown {
  const text = raw.replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '').replace(/(-->|\/\/\s*\]\]>|\]\]>)\s*$/, '').trim();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    // Raw line breaks and tabs inside strings and trailing commas are the usual defects; JSON needs neither.
    const repaired = text.replace(CONTROL, ' ').replace(/,\s*([}\]])/g, '$1');
    try {
      return JSON.parse(repaired);
    } catch {
      try {
        return JSON.parse(`[${repaired.replace(/}\s*{/g, '},{')}]`);
      } catch {
        return null;
      }
    }
  }
}

function isNode(v: unknown): v is LdNode {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function types(node: LdNode): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/#:]/, '').toLowerCase());
}

/** Every node of every JSON-LD script, @graph and nested mainEntity/itemListElement flattened, in page order. */
export function parseJsonLd(scripts: string[]): LdNode[] {
  const out: LdNode[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 6) return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x, depth + 1);
      return;
    }
    if (!isNode(v)) return;
    out.push(v);
    for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'hasPart', 'itemListElement']) {
      const child = v[key];
      if (child !== undefined && typeof child !== 'string') visit(child, depth + 1);
    }
  };
  for (const s of scripts) visit(parseLoose(s), 0);
  return out;
}

export interface LdPicture {
  /** Nodes by @id, to follow references such as "author": {"@id": "…#person"}. */
  byId: Map<string, LdNode>;
  article: LdNode | null;
  page: LdNode | null;
  breadcrumb: LdNode | null;
  organization: LdNode | null;
  persons: LdNode[];
}

export function pickNodes(nodes: LdNode[]): LdPicture {
  let article: LdNode | null = null;
  let articleRank = Infinity;
  let page: LdNode | null = null;
  let breadcrumb: LdNode | null = null;
  let organization: LdNode | null = null;
  const byId = new Map<string, LdNode>();
  const persons: LdNode[] = [];
  for (const n of nodes) {
    const id = n['@id'];
    if (typeof id === 'string' && Object.keys(n).length > 2 && !byId.has(id)) byId.set(id, n);
    const ts = types(n);
    for (const t of ts) {
      if (ARTICLE_TYPES.has(t)) {
        // News types beat generic ones; among equals the first with a headline wins.
        const rank = (t.endsWith('article') || t === 'blogposting' || t === 'reportagenews' ? 0 : 2) + (n['headline'] ? 0 : 1);
        if (rank < articleRank) {
          article = n;
          articleRank = rank;
        }
      } else if (PAGE_TYPES.has(t)) page ??= n;
      else if (t === 'breadcrumblist') breadcrumb ??= n;
      else if (t === 'organization' || t === 'newsmediaorganization' || t === 'corporation') organization ??= n;
      else if (t === 'person') persons.push(n);
    }
  }
  return { byId, article, page, breadcrumb, organization, persons };
}

/** The plain-text values of a JSON-LD property: strings, numbers, or the `name` / `@value` of objects. */
export function ldStrings(v: unknown, key = 'name'): string[] {
  if (v == null) return [];
  if (typeof v === 'string') return [v];
  if (typeof v === 'number') return [String(v)];
  if (Array.isArray(v)) return v.flatMap((x) => ldStrings(x, key));
  if (isNode(v)) {
    const inner = v[key] ?? v['@value'];
    return typeof inner === 'string' ? [inner] : Array.isArray(inner) ? ldStrings(inner, key) : [];
  }
  return [];
}

export function ldString(v: unknown, key = 'name'): string | null {
  for (const s of ldStrings(v, key)) if (s.trim()) return s.trim();
  return null;
}

export function ldObject(v: unknown): LdNode | null {
  if (Array.isArray(v)) return v.map(ldObject).find((x) => x !== null) ?? null;
  return isNode(v) ? v : null;
}

/** The value with bare {"@id": …} references replaced by the nodes they name. */
export function resolveRefs(v: unknown, byId: Map<string, LdNode>): unknown {
  if (Array.isArray(v)) return v.map((x) => resolveRefs(x, byId));
  if (isNode(v) && typeof v['@id'] === 'string' && v['name'] === undefined) return byId.get(v['@id']) ?? v;
  return v;
}
