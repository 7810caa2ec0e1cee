import { collapse, type HtmlDocument, type HtmlElement } from '../dom.ts';
import type { Block, ExtractionRules } from '../types.ts';
import { collectBlocks } from './blocks.ts';
import { removeJunk } from './clean.ts';
import { filterBlocks } from './filter.ts';
import { crossCheck, jsonLdArticleBody } from './jsonld-body.ts';
import { leadBefore } from './lead.ts';
import { pickContent, scoreTree, type Scoring } from './score.ts';

/**
 * The article body of a parsed page as ordered blocks. Mutates `doc` (junk is removed in place), so callers
 * read everything else they need from it first.
 */
export function extractBody(doc: HtmlDocument, url: string, rules?: ExtractionRules): Block[] {
  const body = doc.body;
  if (!body) return [];
  for (const selector of rules?.remove ?? []) {
    for (const el of Array.from(doc.querySelectorAll(selector))) el.remove();
  }
  const ruled = rules?.body ? body.querySelector(rules.body) : null;
  const root = ruled ?? body;
  const publisherCopy = ruled ? null : jsonLdArticleBody(doc.documentElement ?? body);
  removeJunk(root, ruled !== null);
  const scoring = scoreTree(root);
  const roots = ruled ? [ruled] : withLead(root, pickContent(root, scoring), scoring);
  return crossCheck(filterBlocks(collectBlocks(roots, url, scoring), ruled !== null), publisherCopy);
}

/** Pages that set the opening paragraph apart from the body container still print it as the article's start. */
function withLead(root: HtmlElement, picked: HtmlElement[], scoring: Scoring): HtmlElement[] {
  const first = picked[0];
  const lead = first ? leadBefore(root, first, scoring.measures) : null;
  return lead ? [lead, ...picked] : picked;
}

/** The body as plain text, one block per line: what a reader reads, without images and related-link lists. */
export function blocksText(blocks: Block[]): string {
  const lines: string[] = [];
  for (const b of blocks) {
    if (b.type === 'list') lines.push(...b.items.map((i) => i.text));
    else if (b.type !== 'image' && b.type !== 'related') lines.push(b.text);
  }
  return lines.join('\n');
}

/**
 * Pages often print the dek twice: above the article and again as its first paragraph. The article shows the
 * standfirst on its own, so a first text block that repeats it goes.
 */
export function dropRepeatedStandfirst(blocks: Block[], standfirst: string | null): Block[] {
  if (!standfirst) return blocks;
  const dek = collapse(standfirst);
  const first = blocks.findIndex((b) => b.type !== 'image');
  const block = blocks[first];
  if (!block || (block.type !== 'paragraph' && block.type !== 'heading') || collapse(block.text) !== dek) return blocks;
  return blocks.filter((_, i) => i !== first);
}

