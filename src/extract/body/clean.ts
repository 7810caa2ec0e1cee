import type { HtmlElement } from '../dom.ts';
import { hintsOf, JUNK_HINT, KEEP_HINT } from './hints.ts';

/** Elements whose content is never article text. */
const DROP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'CANVAS', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO',
  'MAP', 'NAV', 'ASIDE', 'FOOTER', 'HEADER', 'DIALOG', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'LINK', 'META',
  'TITLE', 'HEAD',
]);

const DROP_ROLES = /^(navigation|banner|contentinfo|complementary|dialog|alertdialog|search|menu|menubar|toolbar)$/;

/** Never dropped for their class alone: WordPress and others put "tag-…", "category-…" classes on them. */
const STRUCTURAL = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** A class-hinted container holding more than this share of the page's text is a wrapper ("page-ad-margins"). */
const WRAPPER_SHARE = 0.3;

/**
 * Removes navigation, ads, share bars, comments, hidden elements and the like from `root`, in place.
 * Class names alone do not condemn a wrapper that holds much of the page, nor one that says it holds the article.
 */
export function removeJunk(root: HtmlElement): void {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (isNeverText(el)) el.remove();
  }
  const total = (root.textContent ?? '').length;
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (isHintedJunk(el, total)) el.remove();
  }
}

function isNeverText(el: HtmlElement): boolean {
  const tag = el.tagName;
  if (DROP_TAGS.has(tag)) return true;
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true' && tag !== 'IMG' && tag !== 'FIGURE') return true;
  const style = el.getAttribute('style');
  if (style && HIDDEN_STYLE.test(style)) return true;
  const role = el.getAttribute('role');
  return role !== null && DROP_ROLES.test(role);
}

function isHintedJunk(el: HtmlElement, total: number): boolean {
  if (STRUCTURAL.has(el.tagName)) return false;
  const hints = hintsOf(el);
  if (!hints || !JUNK_HINT.test(hints)) return false;
  const length = (el.textContent ?? '').length;
  if (length > total * WRAPPER_SHARE) return false;
  return !(KEEP_HINT.test(hints) && length > 200);
}
