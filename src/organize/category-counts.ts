import { CATEGORY_SOURCES } from './assign.ts';
import { categoryNode, TAXONOMY } from './taxonomy.ts';

export interface CountRow {
  category: string | null;
  source: string | null;
  articles: number;
}

export interface NodeCount {
  path: string;
  name: string;
  iptc: string | null;
  parent: string | null;
  /** Published articles filed under exactly this node. */
  articles: number;
  /** The node and everything under it. */
  total: number;
  /** Of `total`, how many each provenance gave ("section-map", "feed", "classifier", "unknown"). */
  bySource: Record<string, number>;
}

export interface CategoryCounts {
  nodes: NodeCount[];
  /** Published articles per provenance, over all categories. */
  bySource: Record<string, number>;
  uncategorised: number;
  /** Categories stored on articles that the taxonomy no longer has (older data), with their counts. */
  outside: { category: string; articles: number }[];
  published: number;
}

const emptySources = (): Record<string, number> => Object.fromEntries(CATEGORY_SOURCES.map((s) => [s, 0]));

/** The taxonomy in reading order with the published articles of each node, from rows grouped by category and provenance. */
export function categoryCounts(rows: CountRow[]): CategoryCounts {
  const nodes = new Map<string, NodeCount>(TAXONOMY.map((n) => [n.path, { path: n.path, name: n.name, iptc: n.iptc, parent: n.parent, articles: 0, total: 0, bySource: emptySources() }]));
  const bySource = emptySources();
  const outside = new Map<string, number>();
  let uncategorised = 0;
  let published = 0;
  for (const r of rows) {
    published += r.articles;
    if (r.category === null) {
      uncategorised += r.articles;
      continue;
    }
    const source = r.source ?? 'unknown';
    bySource[source] = (bySource[source] ?? 0) + r.articles;
    const node = categoryNode(r.category);
    if (!node) {
      outside.set(r.category, (outside.get(r.category) ?? 0) + r.articles);
      continue;
    }
    nodes.get(node.path)!.articles += r.articles;
    for (const path of node.parent ? [node.path, node.parent] : [node.path]) {
      const n = nodes.get(path)!;
      n.total += r.articles;
      n.bySource[source] = (n.bySource[source] ?? 0) + r.articles;
    }
  }
  return { nodes: [...nodes.values()], bySource, uncategorised, outside: [...outside].map(([category, articles]) => ({ category, articles })), published };
}
