import { collapse, type HtmlElement } from '../dom.ts';
import { hintsOf } from './hints.ts';
import { linkDensity, type Measure } from './score.ts';

/** Class names of the paragraph that opens an article above its body container ("lead", "intro", "vorspann"…). */
export const LEAD_HINT =
  /(^|[\s_-])(lead|leadtext|lead-text|intro|introduction|teaser|teaser-text|summary|excerpt|abstract|standfirst|dek|deck|subtitle|subheadline|sub-headline|subhead|vorspann|chapo|chapeau|entradilla|sottotitolo|description)([\s_-]|$)/;

/**
 * A dek is a line or two under the headline that sums it up; a lead of more than that is the article's opening
 * paragraph, set apart only by its type.
 */
const MIN_LEAD = 210;
const MAX_LEAD = 1500;
/** The lead and the body share a container close above the lead: the article's own header or wrapper. */
const MAX_LEVELS_UP = 6;
const MAX_LINK_DENSITY = 0.25;

/**
 * The article's opening paragraph when the page sets it apart above the body container (a lead or intro box
 * before the text), or null. Only a lead longer than a one-line dek counts, only the nearest one before the body,
 * and only when the body does not repeat it.
 */
export function leadBefore(root: HtmlElement, body: HtmlElement, measures: Map<HtmlElement, Measure>): HtmlElement | null {
  let lead: HtmlElement | null = null;
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (el === body) break;
    if (el.contains(body) || (lead && lead.contains(el))) continue;
    const hints = hintsOf(el);
    if (!hints || !LEAD_HINT.test(hints)) continue;
    const m = measures.get(el);
    if (!m || m.text - m.link < MIN_LEAD || m.text > MAX_LEAD || linkDensity(m) > MAX_LINK_DENSITY) continue;
    lead = el;
  }
  if (!lead || !sharesContainer(lead, body, root)) return null;
  const opening = collapse(lead.textContent ?? '').slice(0, 80);
  return collapse(body.textContent ?? '').includes(opening) ? null : lead;
}

function sharesContainer(lead: HtmlElement, body: HtmlElement, root: HtmlElement): boolean {
  let a = lead.parentElement;
  for (let level = 1; a && level <= MAX_LEVELS_UP; a = a.parentElement, level++) {
    if (a === root) return false;
    if (a.contains(body)) return true;
  }
  return false;
}
