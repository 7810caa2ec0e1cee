import type { Block, RelatedLink } from '../types.ts';
import type { RawBlock } from './blocks.ts';

/** Short lines that are furniture, not article: labels of ads, share prompts, "read also", photo credits. */
const FURNITURE =
  /^(advertisement|advertising|anzeige|werbung|publicidad|publicité|pubblicità|reklama|sponsored|share( this)?|teilen|compartir|partager|condividi|udostępnij|read more|read also|see also|related|lesen sie auch|lesen sie mehr|mehr zum thema|auch interessant|lire aussi|à lire aussi|voir aussi|leer más|lee también|ver también|leia também|veja também|leggi anche|czytaj też|czytaj także|zobacz też|zobacz także|foto|fotos|photo|photos|bild|bilder|image|imagen|credit|crédit|quelle|fuente|©|\(c\)|copyright)\b/i;

const BYLINE = /^(by|von|por|par|di|da|door|av|af|przez|autor|author|texto|text)\b[:\s]/i;
const DATE_LINE = /^[\d\s.:/,-]*(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})[\d\s.:/,hUuhr|-]*$/;
const STAMP = /^(updated|published|posted|last updated|aktualisiert|veröffentlicht|actualizado|publicado|mis à jour|publié|aggiornato|pubblicato)\b/i;

function isFurniture(text: string): boolean {
  if (text.length > 120) return false;
  if (FURNITURE.test(text)) return true;
  const words = text.split(' ').length;
  if (DATE_LINE.test(text) || (words <= 12 && STAMP.test(text))) return true;
  return text.length < 60 && BYLINE.test(text) && words <= 6;
}

function relatedFromList(block: Block): Block | null {
  if (block.type !== 'list') return null;
  const items: RelatedLink[] = [];
  for (const item of block.items) {
    const m = /<a href="([^"]+)">([^<]*)<\/a>/.exec(item.html);
    if (m?.[1]) items.push({ url: m[1].replace(/&amp;/g, '&'), title: item.text });
  }
  return items.length > 0 ? { type: 'related', items } : null;
}

const MIN_DEDUPED = 100;

/**
 * Drops furniture and link-heavy paragraphs (and, unless a source's rule chose the body, headings left with
 * nothing under them at the end), turns link lists into `related` blocks, and gathers runs of
 * "•"-headline paragraphs into one `related` block.
 */
export function filterBlocks(raw: RawBlock[], ruled = false): Block[] {
  const out: Block[] = [];
  const seen = new Set<string>();
  let bullets: RelatedLink[] = [];
  const endBullets = (): void => {
    if (bullets.length > 0) out.push({ type: 'related', items: bullets });
    bullets = [];
  };
  for (const r of raw) {
    const b = r.block;
    if (b.type === 'paragraph' && /^[•·▪►»]/.test(b.text)) {
      const m = /<a href="([^"]+)">/.exec(b.html);
      if (m?.[1]) {
        bullets.push({ url: m[1].replace(/&amp;/g, '&'), title: b.text.replace(/^[•·▪►»]\s*/, '') });
        continue;
      }
    }
    endBullets();
    if (b.type === 'list') {
      if ((r.linkedItems ?? 0) >= 0.8 && r.linkDensity > 0.6) {
        const related = relatedFromList(b);
        if (related) out.push(related);
        continue;
      }
      out.push(b);
      continue;
    }
    if (b.type === 'image') {
      out.push(b);
      continue;
    }
    if (b.type === 'related') continue;
    if (r.linkDensity > 0.5 || isFurniture(b.text)) continue;
    // Pages print some long paragraphs twice (mobile and desktop copies); short lines repeat for real.
    if (b.text.length >= MIN_DEDUPED && seen.has(b.text)) continue;
    seen.add(b.text);
    out.push(b);
  }
  endBullets();
  return ruled ? out : dropShortTail(dropTrailingHeadings(dropEmptySections(out)));
}

/**
 * A heading followed by nothing of its own (a related-links box, or straight away a heading of its rank) titled
 * a teaser box whose links were dropped: "Weitere Themen", "Explore further".
 */
function dropEmptySections(blocks: Block[]): Block[] {
  return blocks.filter((b, i) => {
    if (b.type !== 'heading') return true;
    let j = i + 1;
    while (blocks[j]?.type === 'image') j++;
    const next = blocks[j];
    if (!next) return true;
    if (next.type === 'related') return false;
    return !(next.type === 'heading' && next.level <= b.level);
  });
}

/** Text that must follow a heading for it to head part of the article rather than a "more on this" box. */
const MIN_TEXT_UNDER_HEADING = 100;

/** Headings near the end with almost no text under them title what follows the article: teasers, forms, links. */
function dropTrailingHeadings(blocks: Block[]): Block[] {
  let after = 0;
  const keep = new Array<boolean>(blocks.length).fill(true);
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i] as Block;
    if (b.type === 'heading') keep[i] = after >= MIN_TEXT_UNDER_HEADING;
    else if (b.type === 'paragraph' || b.type === 'blockquote') after += b.text.length;
    else if (b.type === 'list') after += b.items.reduce((n, item) => n + item.text.length, 0);
  }
  return blocks.filter((_, i) => keep[i]);
}

/** A paragraph this long is running text; the article's text ends with the last one. */
const RUNNING_TEXT = 200;
/** Lines shorter than a sentence among the last few blocks after it: prompts, labels, signatures of the page. */
const SHORT_LINE = 30;
const TAIL_BLOCKS = 4;
/** A short line that ends like a sentence or a quotation is the article's last word ("“She cried?”"), not a label. */
const SENTENCE_END = /[.!?…"'»«“”„’)]$/;

/**
 * After an article's last stretch of running text, the page's own short lines follow: "Seite teilen", "Mehr
 * Themen:", "Kontakt", an agency code. The run of such lines that ends the body (a few at most) goes, unless a line
 * ends like a sentence.
 */
function dropShortTail(blocks: Block[]): Block[] {
  let last = -1;
  blocks.forEach((b, i) => {
    if ((b.type === 'paragraph' || b.type === 'blockquote') && b.text.length >= RUNNING_TEXT) last = i;
  });
  if (last < 0) return blocks;
  let end = blocks.length;
  const stop = Math.max(last + 1, blocks.length - TAIL_BLOCKS);
  while (end > stop) {
    const b = blocks[end - 1] as Block;
    if (b.type === 'image' || b.type === 'related') {
      end--;
      continue;
    }
    if (b.type !== 'paragraph' || b.text.length >= SHORT_LINE || SENTENCE_END.test(b.text)) break;
    end--;
  }
  return blocks.filter((b, i) => i < end || b.type === 'image' || b.type === 'related');
}
