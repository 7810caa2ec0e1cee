import type { ExtractedArticle } from '../extract/types.ts';
import type { DiscoveredItem } from '../sources/types.ts';

/**
 * An `excerpt-only` source's article is what its feed says: title and summary, no page fetched. The summary may
 * carry HTML; only its text is kept.
 */
export function excerptArticle(url: string, item: DiscoveredItem | null): ExtractedArticle {
  const summary = (item?.summary ?? '').replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  const escaped = summary.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return {
    url,
    canonicalUrl: null,
    title: item?.title ?? null,
    standfirst: null,
    authors: item?.authors ?? [],
    published: item?.published ?? null,
    modified: item?.modified ?? null,
    section: item?.sections?.[0] ?? null,
    siteName: null,
    image: item?.imageUrl ? { src: item.imageUrl } : null,
    declaredLanguage: item?.language ?? null,
    isAccessibleForFree: null,
    blocks: summary ? [{ type: 'paragraph', html: escaped, text: summary }] : [],
  };
}
