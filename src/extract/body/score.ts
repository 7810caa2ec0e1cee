import type { HtmlElement, HtmlText } from '../dom.ts';
import { hintsOf, NEGATIVE_HINT, POSITIVE_HINT } from './hints.ts';

/** Text and link-text lengths of one element's subtree (after junk removal). */
export interface Measure {
  text: number;
  link: number;
}

const PARAGRAPH_TAGS = new Set(['P', 'PRE', 'BLOCKQUOTE', 'TD', 'LI', 'DD']);
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'UL', 'OL', 'DL', 'TABLE', 'BLOCKQUOTE', 'PRE', 'FIGURE',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR', 'FORM',
]);
const INLINE_HOSTS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'SPAN', 'FONT', 'CENTER']);
const COMMAS = /[,،、，;]/g;
const MIN_PARAGRAPH = 25;

export interface Scoring {
  measures: Map<HtmlElement, Measure>;
  scores: Map<HtmlElement, number>;
  /** Elements with a block-level element or an image somewhere inside: never inline content. */
  blocky: Set<HtmlElement>;
}

/**
 * One bottom-up pass over the page: measures every element and credits each paragraph's score to its
 * ancestors (parent fully, grandparent half, further up less), as Readability does, but on the one parse and
 * counting only text outside links.
 */
export function scoreTree(root: HtmlElement): Scoring {
  const measures = new Map<HtmlElement, Measure>();
  const scores = new Map<HtmlElement, number>();
  const credits = new Map<HtmlElement, number>();
  const blocky = new Set<HtmlElement>();
  const visit = (el: HtmlElement, inLink: boolean): Measure => {
    const m: Measure = { text: 0, link: 0 };
    // Text not inside a block child: what Readability would wrap into a paragraph of its own.
    const own: Measure = { text: 0, link: 0 };
    const isLink = inLink || el.tagName === 'A';
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3) {
        const len = (n as HtmlText).data.trim().length;
        m.text += len;
        own.text += len;
        if (isLink) {
          m.link += len;
          own.link += len;
        }
      } else if (n.nodeType === 1) {
        const child = n as HtmlElement;
        const c = visit(child, isLink);
        m.text += c.text;
        m.link += c.link;
        if (BLOCK_TAGS.has(child.tagName) || child.tagName === 'IMG' || blocky.has(child)) blocky.add(el);
        if (!BLOCK_TAGS.has(child.tagName)) {
          own.text += c.text;
          own.link += c.link;
        }
      }
    }
    measures.set(el, m);
    if (PARAGRAPH_TAGS.has(el.tagName)) {
      if (m.text - m.link >= MIN_PARAGRAPH) creditAncestors(el.parentElement, m, el.textContent ?? '', credits);
    } else if (INLINE_HOSTS.has(el.tagName) && own.text - own.link >= MIN_PARAGRAPH) {
      creditAncestors(el, own, ownCommas(el), credits);
    }
    return m;
  };
  visit(root, false);
  for (const [el, credit] of credits) scores.set(el, initialScore(el, measures.get(el)) + credit);
  return { measures, scores, blocky };
}

function ownCommas(el: HtmlElement): string {
  let text = '';
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) text += (n as HtmlText).data;
    else if (n.nodeType === 1 && !BLOCK_TAGS.has((n as HtmlElement).tagName)) text += (n as HtmlElement).textContent ?? '';
  }
  return text;
}

/** Credits a paragraph (measure `m`, its text) to `first` (its container) and four more ancestors. */
function creditAncestors(first: HtmlElement | null, m: Measure, text: string, credits: Map<HtmlElement, number>): void {
  const base = (1 + (text.match(COMMAS)?.length ?? 0) + Math.min(Math.floor(m.text / 100), 3)) * (1 - m.link / Math.max(m.text, 1));
  let level = 0;
  for (let a = first; a && level < 5; a = a.parentElement, level++) {
    const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
    credits.set(a, (credits.get(a) ?? 0) + base / divider);
  }
}

/** Text outside links at which a promising class name ("article…", "content") earns its full bonus. */
const FULL_BONUS_TEXT = 400;

function initialScore(el: HtmlElement, m: Measure | undefined): number {
  let s = 0;
  switch (el.tagName) {
    case 'DIV': case 'ARTICLE': case 'SECTION': case 'MAIN': s = 5; break;
    case 'PRE': case 'TD': case 'BLOCKQUOTE': s = 3; break;
    case 'OL': case 'UL': case 'DL': case 'DD': case 'DT': case 'LI': case 'FORM': case 'ADDRESS': s = -3; break;
    case 'H1': case 'H2': case 'H3': case 'H4': case 'H5': case 'H6': case 'TH': s = -5; break;
  }
  const hints = hintsOf(el);
  if (hints) {
    // A small box ("articleMeta", "post-date") must not outscore the text for its name alone.
    if (POSITIVE_HINT.test(hints)) s += 25 * Math.min(1, ((m?.text ?? 0) - (m?.link ?? 0)) / FULL_BONUS_TEXT);
    if (NEGATIVE_HINT.test(hints)) s -= 25;
  }
  if (el.getAttribute('itemprop') === 'articleBody') s += 50;
  return s;
}

export function linkDensity(m: Measure | undefined): number {
  return m && m.text > 0 ? m.link / m.text : 0;
}

/**
 * The element holding the article, plus siblings that belong with it (Readability's sibling rule): the best
 * candidate by score × (1 − link density), raised to a common ancestor when close rivals share one.
 */
export function pickContent(root: HtmlElement, { measures, scores }: Scoring): HtmlElement[] {
  const ranked = [...scores.entries()]
    .map(([el, s]) => [el, s * (1 - linkDensity(measures.get(el)))] as const)
    .sort((a, b) => b[1] - a[1]);
  const first = ranked[0];
  if (!first) return [root];
  let [top, topScore] = biggerRival(first, ranked, measures);
  const rivals = ranked.slice(1, 6).filter(([, s]) => s >= topScore * 0.75).map(([el]) => el);
  if (rivals.length >= 2) {
    for (let a = top.parentElement; a && a !== root.parentElement; a = a.parentElement) {
      if (rivals.filter((r) => a!.contains(r)).length >= 2) {
        top = a;
        break;
      }
    }
  }
  for (let p = top.parentElement; p && p !== root.parentElement; p = p.parentElement) {
    const ps = scores.get(p);
    if (ps === undefined || ps * (1 - linkDensity(measures.get(p))) <= topScore) break;
    top = p;
    topScore = ps;
  }
  top = joinSplitBody(top, topScore, ranked, measures);
  top = wholeTable(top, root);
  const parent = top.parentElement;
  if (!parent || top === root) return [top];
  const twins = twinsOf(top, topScore, ranked, measures);
  const threshold = Math.max(10, topScore * 0.2);
  const siblings = Array.from(parent.children);
  const kept = siblings.map((sib) => {
    // A lead photo sits beside the text container more often than inside it.
    if (sib === top || sib.tagName === 'FIGURE') return true;
    if ((scores.get(sib) ?? -Infinity) >= threshold) return true;
    return sib.tagName === 'P' && isProse(measures.get(sib), 80);
  });
  // A short paragraph between two kept ones is part of the text ("«Pigs are playful,</p><p>and…").
  const picked = siblings.filter((sib, i) => kept[i] || (sib.tagName === 'P' && kept[i - 1] && kept[i + 1] && isProse(measures.get(sib), 0)));
  if (twins.length === 0) return picked;
  // The measures map is filled in post-order, which keeps disjoint elements in document order.
  const order = new Map<HtmlElement, number>();
  let i = 0;
  for (const el of measures.keys()) order.set(el, i++);
  return [...picked, ...twins.filter((t) => !picked.some((p) => p.contains(t)))].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

/** Below this much text outside links the best candidate may be a blurb (a footer "about us", a promo box)… */
const SHORT_BOX = 600;
/** …and a rival scoring nearly as well… */
const RIVAL_SHARE = 0.7;
/** …with this many times its text, and not a link list, is the article instead. */
const RIVAL_TEXT = 3;
const RIVAL_LINK_DENSITY = 0.4;

/**
 * A short box whose few paragraphs are dense with commas can outscore a long article that links a lot; the
 * score says both look like prose, and the text says which one is the article.
 */
function biggerRival(
  first: readonly [HtmlElement, number],
  ranked: ReadonlyArray<readonly [HtmlElement, number]>,
  measures: Map<HtmlElement, Measure>,
): readonly [HtmlElement, number] {
  const [top, topScore] = first;
  const own = textOutsideLinks(measures.get(top));
  if (own >= SHORT_BOX) return first;
  for (const rival of ranked.slice(1, 6)) {
    if (rival[1] < topScore * RIVAL_SHARE) break;
    if (rival[0].contains(top) || top.contains(rival[0])) continue;
    if (textOutsideLinks(measures.get(rival[0])) >= own * RIVAL_TEXT && linkDensity(measures.get(rival[0])) < RIVAL_LINK_DENSITY) return rival;
  }
  return first;
}

function textOutsideLinks(m: Measure | undefined): number {
  return m ? m.text - m.link : 0;
}

const TABLE_PARTS = new Set(['TR', 'TBODY', 'THEAD', 'TFOOT']);

/** A row is never the article: when the text sits in a layout table's row, the table and what stands beside it are. */
function wholeTable(top: HtmlElement, root: HtmlElement): HtmlElement {
  let el = top;
  while (TABLE_PARTS.has(el.tagName) && el.parentElement && el !== root) el = el.parentElement;
  return el;
}

const TWIN_SHARE = 0.2;

/**
 * Bodies cut into several blocks of one kind ("post__content" sections between full-width photos, one
 * "paragraph" box per paragraph): elements with the best candidate's tag and class, scoring well and poor in
 * links, are more of the same text.
 */
function twinsOf(
  top: HtmlElement,
  topScore: number,
  ranked: ReadonlyArray<readonly [HtmlElement, number]>,
  measures: Map<HtmlElement, Measure>,
): HtmlElement[] {
  const cls = top.getAttribute('class');
  if (!cls) return [];
  const twins: HtmlElement[] = [];
  for (const [el, score] of ranked) {
    if (score < topScore * TWIN_SHARE) break;
    if (el === top || el.tagName !== top.tagName || el.getAttribute('class') !== cls) continue;
    if (top.contains(el) || el.contains(top) || linkDensity(measures.get(el)) > 0.3) continue;
    if (twins.some((t) => t.contains(el) || el.contains(t))) continue;
    twins.push(el);
  }
  return twins;
}

function isProse(m: Measure | undefined, minText: number): boolean {
  return m !== undefined && m.text > minText && linkDensity(m) < 0.25;
}

/** How far above the best candidate a shared container may sit and still be "the article". */
const MAX_JOIN_LEVELS = 4;
const JOIN_SHARE = 0.5;
const JOIN_LINK_DENSITY = 0.35;

/**
 * Articles split into several sibling sections (body chunks around an ad slot, a pull quote or a photo) score as
 * rival candidates in different subtrees. A strong, link-poor rival close by pulls the pick up to the container
 * both share, when that container is itself link-poor.
 */
function joinSplitBody(
  top: HtmlElement,
  topScore: number,
  ranked: ReadonlyArray<readonly [HtmlElement, number]>,
  measures: Map<HtmlElement, Measure>,
): HtmlElement {
  for (const [el, score] of ranked) {
    if (score < topScore * JOIN_SHARE) break;
    if (top.contains(el) || el.contains(top) || linkDensity(measures.get(el)) > 0.3) continue;
    let shared: HtmlElement | null = top.parentElement;
    let levels = 1;
    while (shared && !shared.contains(el) && levels <= MAX_JOIN_LEVELS) {
      shared = shared.parentElement;
      levels++;
    }
    if (shared && levels <= MAX_JOIN_LEVELS && shared.contains(el) && linkDensity(measures.get(shared)) < JOIN_LINK_DENSITY) {
      top = shared;
    }
  }
  return top;
}
