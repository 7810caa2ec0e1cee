/**
 * WordPress marks the comments the article's own writer posts with the class "bypostauthor". On blogs that name
 * their writer nowhere else, the name on such a reply is the writer's.
 */
import { namesFrom } from './authors.ts';
import { spacedText, type DomElement } from './dom.ts';

const NAME_PART = /(?:^|[\s_-])(?:fn|comment-author(?:-link|-name)?|author(?:-name)?|username)(?:$|[\s_])/i;

/** Whether `part` belongs to a reply nested in `comment` (another reader's answer). */
function insideReply(part: DomElement, comment: DomElement): boolean {
  for (let cur = part.parentElement; cur && cur !== comment; cur = cur.parentElement) {
    if ((cur.getAttribute('class') ?? '').split(/\s+/).includes('comment')) return true;
  }
  return false;
}

/** The user name on the first reply the writer posted, or []. */
export function postAuthorReply(bylines: DomElement[]): string[] {
  for (const el of bylines) {
    if (!(el.getAttribute('class') ?? '').split(/\s+/).includes('bypostauthor')) continue;
    for (const part of Array.from(el.querySelectorAll('*'))) {
      if (!NAME_PART.test(part.getAttribute('class') ?? '') || insideReply(part, el)) continue;
      // The writer's account as the page prints it, even when the blog is named after it ("happyface313").
      const names = namesFrom(spacedText(part).replace(/\s+(?:sagt|says|dice|dit|schreibt|meint)\s*:?\s*$/i, ''), null, true);
      if (names.length > 0) return names.slice(0, 1);
    }
  }
  return [];
}
