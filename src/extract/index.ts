import type { ExtractedArticle, ExtractionRules } from './types.ts';
import { extractBody } from './body/index.ts';
import { parseDocument } from './dom.ts';
import { extractMetadata } from './metadata/index.ts';

/**
 * HTML → article. Parses once; metadata reads the untouched document, then body extraction (which prunes it)
 * runs. Never throws on bad HTML: what cannot be read comes back empty.
 */
export function extract(html: string, url: string, rules?: ExtractionRules): ExtractedArticle {
  const doc = parseDocument(typeof html === 'string' ? html : '');
  const metadata = extractMetadata(doc, url);
  let blocks: ExtractedArticle['blocks'] = [];
  try {
    blocks = extractBody(doc, url, rules);
  } catch {
    blocks = [];
  }
  return { url, ...metadata, blocks };
}
