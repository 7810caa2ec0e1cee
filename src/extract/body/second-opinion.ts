import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parseDocument } from '../dom.ts';
import type { Block } from '../types.ts';
import { collectBlocks } from './blocks.ts';
import { filterBlocks } from './filter.ts';
import { blocksText } from './index.ts';
import { scoreTree } from './score.ts';

/** Below this much text our pick may have missed the article (a teaser, an author box)… */
const UNSURE_TEXT = 1000;
/** …and Readability's answer replaces it only when it holds this many times more text. */
const MUCH_MORE = 5;

/**
 * Readability as a second opinion where our own pick came out short: it reads the page its own way (on a second
 * parse, since it rewrites the document) and wins only when it finds far more text. Costs nothing on most pages.
 */
export function secondOpinion(html: string, url: string, ours: Block[]): Block[] {
  const ourLength = blocksText(ours).length;
  if (ourLength >= UNSURE_TEXT) return ours;
  let content: string | null | undefined;
  try {
    const { document } = parseHTML(html);
    content = new Readability(document as never).parse()?.content;
  } catch {
    return ours;
  }
  if (!content) return ours;
  const body = parseDocument(content).body;
  if (!body) return ours;
  const theirs = filterBlocks(collectBlocks([body], url, scoreTree(body)));
  return blocksText(theirs).length > Math.max(ourLength, 1) * MUCH_MORE ? theirs : ours;
}
