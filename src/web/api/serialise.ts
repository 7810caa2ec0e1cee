import type { Block } from '../../extract/types.ts';
import type { ApiEntry, PublishedArticle, SourceListing } from '../../store/published.ts';
import { categoryInfo } from './category.ts';

/** The quality check let it through but flagged it: pages show a notice, API clients get this flag. */
const NOTICE = 'publish-with-notice';

export function listItem(baseUrl: string, a: ApiEntry) {
  return {
    id: a.id,
    url: baseUrl + a.path,
    title: a.title,
    standfirst: a.standfirst,
    published: a.publishedAt,
    updated: a.updatedAt,
    category: a.category,
    categoryInfo: categoryInfo(a),
    source: { id: a.sourceId, name: a.sourceName, country: a.sourceCountry },
    original: { url: a.url, language: a.language },
    translation: { engine: a.translation.engine, route: a.translation.route, translatedAt: a.translation.translatedAt, notice: a.translation.decision === NOTICE },
  };
}

const text = (title: string | null, standfirst: string | null, blocks: Block[]) => ({ title, standfirst, blocks });

export function articleDetail(baseUrl: string, a: PublishedArticle) {
  const t = a.translation;
  return {
    id: a.id,
    url: baseUrl + a.path,
    published: a.publishedAt,
    modified: a.modifiedAt,
    updated: a.siteUpdatedAt,
    category: a.category,
    categoryInfo: categoryInfo(a),
    authors: a.authors,
    image: a.image,
    source: { id: a.sourceId, name: a.sourceName, homepage: a.source.homepage, country: a.source.country },
    original: { url: a.url, language: a.language, ...text(a.original.title, a.original.standfirst, a.original.blocks) },
    translation: {
      language: 'en',
      ...text(a.title, a.standfirst, a.blocks),
      engine: t.engine,
      model: t.model,
      route: t.route,
      translatedAt: t.translatedAt,
      quality: { decision: t.decision, flags: t.qualityFlags, notice: t.decision === NOTICE },
    },
  };
}

export function sourceItem(s: SourceListing) {
  return { id: s.id, name: s.name, homepage: s.homepage, country: s.country, language: s.language, articles: s.published };
}
