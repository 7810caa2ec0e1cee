import { collapse, type HtmlElement } from '../dom.ts';
import type { Block } from '../types.ts';

/** The longest JSON-LD `articleBody` on the page, whitespace collapsed; null when there is none worth using. */
export function jsonLdArticleBody(root: HtmlElement): string | null {
  let best = '';
  for (const script of Array.from(root.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    const found = findArticleBody(data, 0);
    if (found && found.length > best.length) best = found;
  }
  const text = collapse(best.replace(/<[^>]*>/g, ' '));
  return text.length >= MIN_BODY ? text : null;
}

const MIN_BODY = 500;

function findArticleBody(node: unknown, depth: number): string | null {
  if (depth > 6 || node === null || typeof node !== 'object') return null;
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = findArticleBody(item, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = node as Record<string, unknown>;
  if (typeof record['articleBody'] === 'string') return record['articleBody'];
  for (const value of Object.values(record)) {
    const found = findArticleBody(value, depth + 1);
    if (found) return found;
  }
  return null;
}

/** Share of our long paragraphs the publisher's copy must hold before it is trusted to judge the rest. */
const AGREEMENT = 0.8;
const LONG = 100;

/**
 * The publisher's own copy of the text (JSON-LD articleBody) as a cross-check: when it agrees with nearly all of
 * our long paragraphs, short text blocks it does not contain (bylines, prompts, credits) are not the article's.
 */
export function crossCheck(blocks: Block[], articleBody: string | null): Block[] {
  if (!articleBody) return blocks;
  const long = blocks.flatMap((b) => ((b.type === 'paragraph' || b.type === 'blockquote') && b.text.length >= LONG ? [b.text] : []));
  if (long.length === 0) return blocks;
  const agreed = long.filter((text) => articleBody.includes(collapse(text))).length;
  if (agreed < long.length * AGREEMENT) return blocks;
  return blocks.filter((b) => {
    if (b.type !== 'paragraph' && b.type !== 'heading') return true;
    return b.text.length >= LONG || articleBody.includes(collapse(b.text));
  });
}
