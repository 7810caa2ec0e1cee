import { createHash } from 'node:crypto';
import type { SourceConfig } from '../config/schema.ts';
import { sectionMapCategory } from '../organize/assign.ts';
import type { Block, ExtractedArticle } from '../extract/types.ts';
import type { DiscoveredItem } from '../sources/types.ts';
import type { ExtractedFields } from '../store/articles.ts';

export interface LanguageGuess {
  language: string;
  confidence: number;
}

/** The plain text a block contributes, for language identification, word counts and hashes. */
export function blockText(b: Block): string {
  switch (b.type) {
    case 'list':
      return b.items.map((i) => i.text).join('\n');
    case 'related':
      return b.items.map((i) => i.title).join('\n');
    case 'image':
      return [b.caption, b.credit].filter(Boolean).join(' ');
    default:
      return b.text;
  }
}

export function articleText(a: { title: string | null; standfirst: string | null; blocks: Block[] }): string {
  return [a.title, a.standfirst, ...a.blocks.filter((b) => b.type !== 'related' && b.type !== 'image').map(blockText)]
    .filter(Boolean)
    .join('\n');
}

export function contentHash(a: { title: string | null; standfirst: string | null; blocks: Block[] }): string {
  return createHash('sha256').update(JSON.stringify([a.title, a.standfirst, a.blocks])).digest('hex');
}

/** UTC instant of an ISO 8601 time as stated by a page or feed; null when unreadable or implausible. */
export function toUtc(stated: string | null | undefined, now = new Date()): string | null {
  if (!stated) return null;
  const ms = Date.parse(stated);
  if (Number.isNaN(ms) || ms > now.getTime() + 2 * 86_400_000 || ms < Date.UTC(1990, 0, 1)) return null;
  return new Date(ms).toISOString();
}

/** Our category for an article from the source's section map (see organize/assign.ts). */
export function categoryFor(source: SourceConfig, candidates: (string | null | undefined)[], url: string): string | null {
  return sectionMapCategory(source.sections, candidates, url);
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}

export interface RecordInput {
  source: SourceConfig;
  extracted: ExtractedArticle;
  feedItem: DiscoveredItem | null;
  language: LanguageGuess | null;
  canonical: { url: string; hash: string };
  aliases: { url: string; hash: string }[];
  pageEtag: string | null;
  pageLastModified: string | null;
}

/** What the store keeps of one extracted page: the page's own facts first, the feed's as fallback. */
export function articleRecord(i: RecordInput): ExtractedFields {
  const { extracted: e, feedItem: f } = i;
  const title = e.title ?? f?.title ?? null;
  const publishedLocal = e.published ?? f?.published ?? null;
  const modifiedLocal = e.modified ?? f?.modified ?? null;
  const text = articleText({ title, standfirst: e.standfirst, blocks: e.blocks });
  return {
    finalUrl: e.url,
    canonicalUrl: i.canonical.url,
    canonicalHash: i.canonical.hash,
    aliasHashes: i.aliases,
    language: i.language?.language ?? null,
    languageConfidence: i.language?.confidence ?? null,
    declaredLanguage: e.declaredLanguage,
    title,
    standfirst: e.standfirst,
    authors: e.authors.length > 0 ? e.authors : (f?.authors ?? []),
    publishedLocal,
    publishedAt: toUtc(publishedLocal),
    modifiedAt: toUtc(modifiedLocal),
    section: e.section ?? f?.sections?.[0] ?? null,
    category: categoryFor(i.source, [e.section, ...(f?.sections ?? [])], i.canonical.url),
    siteName: i.source.name,
    image: e.image,
    isAccessibleForFree: e.isAccessibleForFree,
    blocks: e.blocks,
    wordCount: countWords(text),
    contentHash: contentHash({ title, standfirst: e.standfirst, blocks: e.blocks }),
    pageEtag: i.pageEtag,
    pageLastModified: i.pageLastModified,
  };
}
