import type { Block, ImageRef, InlineText, RelatedLink } from '../extract/types.ts';

/**
 * Block ⇄ segment mapping and batching. Every segment is inline HTML: plain-text fields (title, captions,
 * headlines) are escaped on the way out and turned back into text on the way in, so one engine call in HTML
 * mode serves them all and the block list comes back with the same shape.
 */

export interface ArticleText {
  title: string | null;
  standfirst: string | null;
  blocks: Block[];
  /** The lead image, whose caption and alt text are translated; its credit is a name and is kept. */
  image: ImageRef | null;
  /** Headlines of related articles shown with this one (beside any `related` blocks in the body). */
  related: RelatedLink[];
}

/** The article's translatable segments, and how to put translations back in their places. */
export interface SegmentPlan {
  segments: string[];
  rebuild(translated: string[]): ArticleText;
}

export function planSegments(article: ArticleText): SegmentPlan {
  const segments: string[] = [];
  const html = (value: string): number => segments.push(withoutSoftHyphens(value)) - 1;
  const text = (value: string): number => segments.push(escapeHtml(withoutSoftHyphens(value))) - 1;
  const inline = (value: InlineText): number => html(value.html);

  const title = article.title === null ? null : text(article.title);
  const standfirst = article.standfirst === null ? null : text(article.standfirst);
  const image = article.image ? planImage(article.image, text) : null;
  const related = article.related.map((r) => text(r.title));
  const blocks = article.blocks.map((block): ((t: string[]) => Block) => {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
      case 'blockquote': {
        const i = inline(block);
        return (t) => ({ ...block, ...fromHtml(t[i]!) });
      }
      case 'list': {
        const items = block.items.map(inline);
        return (t) => ({ ...block, items: items.map((i) => fromHtml(t[i]!)) });
      }
      case 'related': {
        const items = block.items.map((r) => text(r.title));
        return (t) => ({ ...block, items: block.items.map((r, k) => ({ ...r, title: htmlToText(t[items[k]!]!) })) });
      }
      case 'image': {
        const rebuild = planImage(block, text);
        return (t) => ({ type: 'image', ...rebuild(t) });
      }
    }
  });

  return {
    segments,
    rebuild(translated) {
      if (translated.length !== segments.length) {
        throw new Error(`rebuild: ${translated.length} translations for ${segments.length} segments`);
      }
      return {
        title: title === null ? null : htmlToText(translated[title]!),
        standfirst: standfirst === null ? null : htmlToText(translated[standfirst]!),
        blocks: blocks.map((b) => b(translated)),
        image: image ? image(translated) : null,
        related: article.related.map((r, k) => ({ ...r, title: htmlToText(translated[related[k]!]!) })),
      };
    },
  };
}

function planImage(image: ImageRef, text: (v: string) => number): (t: string[]) => ImageRef {
  const alt = image.alt ? text(image.alt) : null;
  const caption = image.caption ? text(image.caption) : null;
  return (t) => ({
    ...image,
    ...(alt === null ? {} : { alt: htmlToText(t[alt]!) }),
    ...(caption === null ? {} : { caption: htmlToText(t[caption]!) }),
  });
}

function fromHtml(html: string): InlineText {
  return { html, text: htmlToText(html) };
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Inline HTML → plain text, whitespace collapsed (the `text` twin of an `html` field). */
export function htmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

export interface BatchLimits {
  /** Segments per request. */
  maxSegments: number;
  /** Characters per request, summed over its segments. */
  maxChars: number;
}

/**
 * Sends segments in batches within an engine's limits, in order. A segment longer than maxChars is cut at
 * sentence ends outside inline elements and its pieces rejoined after; one that cannot be cut is sent whole
 * and the engine's own answer decides.
 */
export async function inBatches(
  segments: string[],
  limits: BatchLimits,
  run: (batch: string[]) => Promise<string[]>,
): Promise<string[]> {
  const pieces: { owner: number; text: string }[] = [];
  segments.forEach((segment, owner) => {
    for (const text of splitLong(segment, limits.maxChars)) pieces.push({ owner, text });
  });
  const out: string[][] = segments.map(() => []);
  let batch: typeof pieces = [];
  let chars = 0;
  const flush = async (): Promise<void> => {
    if (batch.length === 0) return;
    const answer = await run(batch.map((p) => p.text));
    if (answer.length !== batch.length) {
      throw new Error(`batch of ${batch.length} segments answered with ${answer.length}`);
    }
    batch.forEach((p, k) => out[p.owner]!.push(answer[k]!));
    batch = [];
    chars = 0;
  };
  for (const piece of pieces) {
    if (batch.length >= limits.maxSegments || (batch.length > 0 && chars + piece.text.length > limits.maxChars)) {
      await flush();
    }
    batch.push(piece);
    chars += piece.text.length;
  }
  await flush();
  return out.map((parts) => parts.join(' '));
}

/** Cuts at ". ", "! ", "? " where no inline element is open, packing sentences up to maxChars. */
export function splitLong(segment: string, maxChars: number): string[] {
  if (segment.length <= maxChars) return [segment];
  const cuts: number[] = [];
  let depth = 0;
  const re = /<(\/?)([a-z][a-z0-9]*)[^>]*?(\/?)>|[.!?…]["»”)]?((?:<\/[a-z][a-z0-9]*>)*)\s+/gi;
  for (let m = re.exec(segment); m; m = re.exec(segment)) {
    if (m[2]) {
      const selfClosing = m[3] === '/' || m[2].toLowerCase() === 'br';
      if (!selfClosing) depth += m[1] ? -1 : 1;
      continue;
    }
    depth -= (m[4]?.match(/<\//g) ?? []).length;
    if (depth === 0) cuts.push(m.index + m[0].length);
  }
  const parts: string[] = [];
  let start = 0;
  let last = 0;
  for (const cut of cuts) {
    if (cut - start > maxChars && last > start) {
      parts.push(segment.slice(start, last).trim());
      start = last;
    }
    last = cut;
  }
  if (segment.length - start > maxChars && last > start && last < segment.length) {
    parts.push(segment.slice(start, last).trim());
    start = last;
  }
  parts.push(segment.slice(start).trim());
  return parts.filter((p) => p.length > 0);
}

/**
 * Soft hyphens (U+00AD, `&shy;`) are line-break hints German pages put inside long words ("Welt&shy;ernährungs&shy;programm");
 * an engine sees a split word it does not know, so they go before translation.
 */
function withoutSoftHyphens(value: string): string {
  return value.replace(/\u00ad|&shy;|&#173;|&#xad;/gi, '');
}
