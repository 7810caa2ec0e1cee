import { classify, type ClassifierInput } from './classify.ts';
import { categoryByLabel, categoryNode } from './taxonomy.ts';

/** Where an article's category came from, strongest signal first. */
export const CATEGORY_SOURCES = ['section-map', 'feed', 'classifier'] as const;
export type CategorySource = (typeof CATEGORY_SOURCES)[number];

export interface CategoryAssignment {
  category: string;
  source: CategorySource;
  /** 1 for the operator's section map; 0.9 for the outlet's own English label; the classifier's share otherwise. */
  confidence: number;
  /** "medtop:11000000", or null for "News". */
  iptc: string | null;
}

export interface AssignmentInput {
  /** The source's section map (config `sections`). */
  sections: Record<string, string>;
  /** The section the page names, then the feed's categories for the item. */
  labels: (string | null | undefined)[];
  url: string;
  /** The category the article holds now: set at ingest by the section map in force then (source null), or by an earlier assignment. */
  stored?: { category: string | null; source: string | null };
  /** The English translation. */
  text: ClassifierInput;
}

const FEED_CONFIDENCE = 0.9;

const key = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/**
 * The section map's category for the page's section, the feed's categories or a segment of the URL's path, tried
 * in that order, case- and accent-insensitively.
 */
export function sectionMapCategory(sections: Record<string, string>, labels: (string | null | undefined)[], url: string): string | null {
  const map = new Map(Object.entries(sections).map(([k, v]) => [key(k), v]));
  if (map.size === 0) return null;
  let path: string[] = [];
  try {
    path = new URL(url).pathname.split('/').filter(Boolean);
  } catch {
    path = [];
  }
  for (const c of [...labels, ...path]) {
    if (!c) continue;
    const hit = map.get(key(c));
    if (hit) return hit;
  }
  return null;
}

const withCode = (category: string, source: CategorySource, confidence: number): CategoryAssignment => ({
  category,
  source,
  confidence: Math.round(confidence * 1000) / 1000,
  iptc: categoryNode(category)?.iptc ?? null,
});

/**
 * The category of one article: the section map (now, or as it stood when the article was taken in), else an
 * English section label the taxonomy knows, else the classifier.
 */
export function assignCategory(i: AssignmentInput): CategoryAssignment {
  const mapped = sectionMapCategory(i.sections, i.labels, i.url);
  if (mapped) return withCode(mapped, 'section-map', 1);
  const stored = i.stored;
  if (stored?.category && (stored.source === null || stored.source === 'section-map')) return withCode(stored.category, 'section-map', 1);
  for (const label of i.labels) {
    const named = label ? categoryByLabel(label) : undefined;
    if (named) return withCode(named, 'feed', FEED_CONFIDENCE);
  }
  const c = classify(i.text);
  return withCode(c.category, 'classifier', c.confidence);
}
