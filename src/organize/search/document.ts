import type { Block } from '../../extract/types.ts';

/**
 * What the search index holds for one published article: the English text the site shows and the original it
 * was translated from (two column groups, so a query in the original language finds it too), plus facet tokens
 * that let filters run inside the index instead of row by row.
 */
export interface SearchDocument {
  title: string;
  standfirst: string;
  body: string;
  originalTitle: string;
  /** The original standfirst and body. */
  originalBody: string;
  /** Space-separated facet tokens (see facetTokens); never matched by reader text. */
  facets: string;
}

/** Snippet highlight markers: private-use characters, removed from indexed text so only the index places them. */
export const MARK_OPEN = '\uE000';
export const MARK_CLOSE = '\uE001';
const MARKERS = /[\uE000\uE001]/g;

/**
 * Plain text of the blocks readers read: paragraphs, headings, quotes and list items (not related links or images).
 * Blocks come from stored JSON: one of an unexpected shape is skipped rather than failing the publish it is part of.
 */
export function blocksText(blocks: Block[]): string {
  const parts: string[] = [];
  for (const b of blocks) {
    if (typeof b !== 'object' || b === null) continue;
    if (b.type === 'paragraph' || b.type === 'heading' || b.type === 'blockquote') parts.push(b.text);
    else if (b.type === 'list' && Array.isArray(b.items)) for (const item of b.items) parts.push(item.text);
  }
  return clean(parts.filter((t) => typeof t === 'string').join('\n'));
}

const clean = (text: string | null | undefined) => (text ?? '').replace(MARKERS, '');

/**
 * FTS5's unicode61 tokenizer keeps only letters and digits, so each facet value is hex-encoded behind a
 * one-letter kind: any language, source id or category survives tokenizing intact and two values never collide.
 */
const token = (kind: string, value: string) => `${kind}${Buffer.from(value, 'utf8').toString('hex')}`;

export const facet = {
  language: (code: string) => token('l', code.toLowerCase()),
  country: (code: string) => token('c', code.toUpperCase()),
  source: (id: string) => token('s', id),
  /** A category path; an article carries one for each ancestor too, so "News" finds "News/Politics". */
  category: (path: string) => token('k', path),
  /** "2021-03" → the token of that UTC month. */
  month: (yyyyMm: string) => `m${yyyyMm.replace('-', '')}`,
};

export interface FacetValues {
  language: string;
  country: string;
  sourceId: string;
  category: string | null;
  /** ISO 8601 UTC. */
  publishedAt: string;
}

export function facetTokens(f: FacetValues): string[] {
  const tokens = [facet.language(f.language), facet.country(f.country), facet.source(f.sourceId)];
  if (f.category) {
    const parts = f.category.split('/');
    for (let i = 1; i <= parts.length; i++) tokens.push(facet.category(parts.slice(0, i).join('/')));
  }
  const month = /^\d{4}-\d{2}/.exec(f.publishedAt)?.[0];
  if (month) tokens.push(facet.month(month));
  return tokens;
}

export interface IndexableArticle extends FacetValues {
  title: string | null;
  standfirst: string | null;
  blocks: Block[];
  original: { title: string | null; standfirst: string | null; blocks: Block[] };
}

export function searchDocument(a: IndexableArticle): SearchDocument {
  return {
    title: clean(a.title),
    standfirst: clean(a.standfirst),
    body: blocksText(a.blocks),
    originalTitle: clean(a.original.title),
    originalBody: [clean(a.original.standfirst), blocksText(a.original.blocks)].filter(Boolean).join('\n'),
    facets: facetTokens(a).join(' '),
  };
}
