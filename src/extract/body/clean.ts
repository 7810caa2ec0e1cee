import type { HtmlElement, HtmlText } from '../dom.ts';
import { hintsOf, junkHint, KEEP_HINT } from './hints.ts';
import { LEAD_HINT } from './lead.ts';

/** Elements whose content is never article text. */
const DROP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'CANVAS', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO',
  'MAP', 'DIALOG', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'LINK', 'META', 'TITLE', 'HEAD',
]);

/** Page furniture by its tag, unless a broken page left its whole article inside (an unclosed <header>). */
const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'HEADER']);

const DROP_ROLES = /^(navigation|banner|contentinfo|complementary|dialog|alertdialog|search|menu|menubar|toolbar)$/;

/** Never dropped for their class alone: WordPress and others put "tag-…", "category-…" classes on them. */
const STRUCTURAL = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** A class-hinted container holding more than this share of the page's text is a wrapper ("page-ad-margins"). */
const WRAPPER_SHARE = 0.3;
/** …or more than this share of its running prose: the article container with a "share" or "widget" class. */
const PROSE_SHARE = 0.5;
/** A <header> or <aside> holding this much of the prose was left unclosed around the article. */
const UNCLOSED_PROSE_SHARE = 0.75;

/** A list is never the page's wrapper, however much of its text it holds ("related posts" with excerpts). */
const LIST_TAGS = new Set(['UL', 'OL']);

const MIN_OWN_TEASER = 100;

/** A heading's id is an anchor made from its words ("what-are-you-looking-forward-to-next"): only its class counts. */
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

const PROSE_TAGS = new Set(['P', 'PRE', 'BLOCKQUOTE']);
const MIN_PROSE = 40;

/**
 * Removes navigation, ads, share bars, comments, hidden elements and the like from `root`, in place.
 * Class names alone do not condemn a wrapper that holds much of the page, nor one that says it holds the article.
 * Under a root a source's rules chose, comments are furniture like any other: the rule may have picked them.
 */
export function removeJunk(root: HtmlElement, ruled = false): void {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (isNeverText(el)) el.remove();
  }
  let prose = measureProse(root);
  let totalProse = prose.get(root) ?? 0;
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (isFurniture(el) && (prose.get(el) ?? 0) <= totalProse * UNCLOSED_PROSE_SHARE) el.remove();
  }
  const total = (root.textContent ?? '').length;
  prose = measureProse(root);
  totalProse = prose.get(root) ?? 0;
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (STRUCTURAL.has(el.tagName)) continue;
    const hints = HEADINGS.has(el.tagName) ? (el.getAttribute('class') ?? '').toLowerCase() : hintsOf(el);
    if (!hints) continue;
    const verdict = junkHint(hints);
    if (verdict === 'none') continue;
    if ((verdict === 'furniture' || ruled) && !LIST_TAGS.has(el.tagName)) {
      if ((prose.get(el) ?? 0) > totalProse * PROSE_SHARE) continue;
      const length = (el.textContent ?? '').length;
      if (length > total * WRAPPER_SHARE || (KEEP_HINT.test(hints) && length > 200)) continue;
      // A teaser box points to another story; a "teaser" without a link is this article's own lead.
      if (!ruled && LEAD_HINT.test(hints) && (el.textContent ?? '').trim().length >= MIN_OWN_TEASER && !el.querySelector('a[href]')) continue;
    }
    el.remove();
  }
}

function isNeverText(el: HtmlElement): boolean {
  const tag = el.tagName;
  if (DROP_TAGS.has(tag)) return true;
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true' && tag !== 'IMG' && tag !== 'FIGURE') return true;
  const style = el.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

function isFurniture(el: HtmlElement): boolean {
  // Inside an article a <header> holds its headline and lead, and some pages put whole text blocks in one.
  if (el.tagName === 'HEADER' && insideArticle(el)) return false;
  if (FURNITURE_TAGS.has(el.tagName)) return true;
  const role = el.getAttribute('role');
  return role !== null && DROP_ROLES.test(role);
}

function insideArticle(el: HtmlElement): boolean {
  for (let a = el.parentElement; a; a = a.parentElement) if (a.tagName === 'ARTICLE' || a.tagName === 'MAIN') return true;
  return false;
}

/** Characters of paragraph text outside links under each element that holds any (one bottom-up pass). */
function measureProse(root: HtmlElement): Map<HtmlElement, number> {
  const prose = new Map<HtmlElement, number>();
  const textOutsideLinks = (el: HtmlElement): number => {
    let n = 0;
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) n += (c as HtmlText).data.trim().length;
      else if (c.nodeType === 1 && (c as HtmlElement).tagName !== 'A') n += textOutsideLinks(c as HtmlElement);
    }
    return n;
  };
  const visit = (el: HtmlElement): number => {
    let sum = 0;
    if (PROSE_TAGS.has(el.tagName)) {
      const n = textOutsideLinks(el);
      sum = n >= MIN_PROSE ? n : 0;
    } else {
      for (const child of Array.from(el.children)) sum += visit(child);
    }
    if (sum > 0) prose.set(el, sum);
    return sum;
  };
  visit(root);
  return prose;
}
