import type { Block } from '../extract/types.ts';
import { urlHash } from '../sources/canonical-url.ts';
import type { Store } from '../store/index.ts';
import type { QualityDecision } from '../translate/quality.ts';

/**
 * Articles put straight into a real store through the same repository calls the pipeline makes, for tests of
 * publishing and the site that need exact titles, decisions and revisions without running engines.
 */

export interface SeedArticle {
  sourceId: string;
  url: string;
  language: string;
  title: string;
  standfirst?: string;
  blocks: Block[];
  publishedAt: string;
  category?: string;
}

export interface SeedTranslation {
  title: string;
  standfirst?: string;
  blocks: Block[];
  decision: QualityDecision;
  engine?: string;
  route?: string[];
  translatedAt?: string;
}

export async function seedSource(store: Store, s: { id: string; name: string; country: string; language: string; homepage: string }): Promise<void> {
  await store.sources.syncFromConfig([
    { ...s, feeds: [`${s.homepage}feed.xml`], sitemaps: [], sectionPages: [], sections: {}, mode: 'full', pollInterval: 900_000, enabled: true },
  ]);
}

/** Discovers and extracts (revision 1), or saves a new revision of an article already seeded at the same URL. */
export async function seedExtracted(store: Store, a: SeedArticle): Promise<number> {
  const hash = urlHash(a.url);
  const found = await store.articles.discover({ sourceId: a.sourceId, url: a.url, urlHash: hash });
  if (found.status === 'tombstoned') throw new Error(`seed: ${a.url} is tombstoned`);
  const { articleId } = await store.articles.saveExtracted(found.id, {
    finalUrl: a.url,
    canonicalUrl: a.url,
    canonicalHash: hash,
    aliasHashes: [],
    language: a.language,
    languageConfidence: 1,
    declaredLanguage: a.language,
    title: a.title,
    standfirst: a.standfirst ?? null,
    authors: ['Ana Pérez'],
    publishedLocal: a.publishedAt,
    publishedAt: a.publishedAt,
    modifiedAt: null,
    section: null,
    category: a.category ?? null,
    siteName: null,
    image: null,
    isAccessibleForFree: null,
    blocks: a.blocks,
    wordCount: 100,
    contentHash: JSON.stringify([a.title, a.blocks]),
    pageEtag: null,
    pageLastModified: null,
  });
  return articleId;
}

export async function seedTranslation(store: Store, articleId: number, from: string, t: SeedTranslation): Promise<void> {
  const article = await store.articles.byId(articleId);
  if (!article) throw new Error(`seed: no article ${articleId}`);
  await store.translations.record(article.id, article.revision, {
    from,
    to: 'en',
    title: t.title,
    standfirst: t.standfirst ?? null,
    blocks: t.blocks,
    image: null,
    related: [],
    provenance: { engine: t.engine ?? 'apertium', route: t.route ?? [from, 'en'], translatedAt: t.translatedAt ?? '2021-03-26T20:00:00.000Z', charsBilled: 0, fromMemory: 0, sent: 1, attempts: [] },
    quality: {
      score: t.decision === 'publish' ? 0.9 : 0.4,
      flags: t.decision === 'publish' ? [] : ['unknown_words'],
      decision: t.decision,
      measures: { words: 10, unknownRate: 0, lengthRatio: 1, sourceLeft: 0, names: 0, namesMissing: [], namesLost: 0, placeholdersLost: 0 },
    },
  });
}
