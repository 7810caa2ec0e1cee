import type { Block, ExtractedArticle, ExtractionRules } from './types.ts';
import { dropRepeatedStandfirst, extractBody } from './body/index.ts';
import { secondOpinion } from './body/second-opinion.ts';
import { parseDocument } from './dom.ts';
import { extractMetadata } from './metadata/index.ts';

/**
 * HTML → article. Parses once; metadata reads the untouched document, then body extraction (which prunes it)
 * runs. Never throws on bad HTML: what cannot be read comes back empty.
 */
export function extract(html: string, url: string, rules?: ExtractionRules): ExtractedArticle {
  return extractWithPrintedBody(html, url, rules).article;
}

/**
 * The article, and its body as the page prints it: with the standfirst still in it when the page repeats the dek
 * as the first paragraph. Benchmarks score the printed body, which is what their ground truth describes.
 */
export function extractWithPrintedBody(html: string, url: string, rules?: ExtractionRules): { article: ExtractedArticle; printedBody: Block[] } {
  const source = typeof html === 'string' ? html : '';
  const doc = parseDocument(source);
  const metadata = extractMetadata(doc, url);
  let printedBody: Block[] = [];
  try {
    printedBody = extractBody(doc, url, rules);
    if (!rules?.body) printedBody = secondOpinion(source, url, printedBody);
  } catch {
    printedBody = [];
  }
  return { article: { url, ...metadata, blocks: dropRepeatedStandfirst(printedBody, metadata.standfirst) }, printedBody };
}
