import type { InlineText } from '../types.ts';
import { type HtmlElement, type HtmlNode, type HtmlText, absoluteUrl, collapse } from '../dom.ts';
import { sanitizeInline } from '../sanitize.ts';

const KEPT = new Set(['EM', 'STRONG', 'I', 'B', 'SUB', 'SUP']);
const BLOCKISH = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'TABLE', 'SECTION', 'DD', 'DT', 'PRE']);

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Accumulates inline content (text, links, emphasis) from a run of nodes into sanitised HTML and plain text. */
export class InlineBuffer {
  private html = '';
  private text = '';

  constructor(private readonly base: string) {}

  addNode(node: HtmlNode): void {
    if (node.nodeType === 3) {
      const data = (node as HtmlText).data;
      this.html += escapeHtml(data);
      this.text += data;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as HtmlElement;
    const tag = el.tagName;
    if (tag === 'BR') {
      this.html += '<br>';
      this.text += ' ';
      return;
    }
    if (tag === 'IMG' || tag === 'PICTURE' || tag === 'FIGURE') return;
    const block = BLOCKISH.has(tag);
    if (block) this.breakLine();
    const href = tag === 'A' ? absoluteUrl(el.getAttribute('href'), this.base) : null;
    const open = href ? `<a href="${escapeHtml(href)}">` : KEPT.has(tag) ? `<${tag.toLowerCase()}>` : '';
    this.html += open;
    for (let n = el.firstChild; n; n = n.nextSibling) this.addNode(n);
    if (open) this.html += href ? '</a>' : `</${tag.toLowerCase()}>`;
    if (block) this.breakLine();
  }

  /** Nested blocks (paragraphs in a quote or list item) must not glue their words together. */
  private breakLine(): void {
    if (this.text.trim() && !this.html.endsWith('<br>')) {
      this.html += '<br>';
      this.text += ' ';
    }
  }

  isEmpty(): boolean {
    return collapse(this.text) === '';
  }

  take(): InlineText {
    const text = collapse(this.text);
    const trimmed = trimBreaks(collapse(this.html));
    const html = text ? sanitizeInline(trimmed) : '';
    this.html = '';
    this.text = '';
    return { html, text };
  }
}

export function inlineOf(el: HtmlElement, base: string): InlineText {
  const buf = new InlineBuffer(base);
  for (let n = el.firstChild; n; n = n.nextSibling) buf.addNode(n);
  return buf.take();
}

/** Strips leading and trailing <br> (by hand: a regex for it backtracks badly on long runs of breaks). */
function trimBreaks(html: string): string {
  let start = 0;
  let end = html.length;
  for (;;) {
    if (html.startsWith('<br>', start)) start += 4;
    else if (html[start] === ' ') start++;
    else break;
  }
  for (;;) {
    if (end - 4 >= start && html.startsWith('<br>', end - 4)) end -= 4;
    else if (end > start && html[end - 1] === ' ') end--;
    else break;
  }
  return html.slice(start, end);
}
