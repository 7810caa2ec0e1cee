import type { HtmlElement } from '../dom.ts';
/**
 * Class/id hints. Multilingual where sites use their own words (e.g. "werbung", "publicidad", "anzeige").
 * Matched against `class + " " + id`, lower-cased.
 */

/** Containers that are never article text, whatever they hold. */
export const JUNK_HINT =
  /(^|[\s_-])(ad|ads|advert\w*|adv|banner|breadcrumbs?|comments?|comentarios|kommentare|commentaires|disqus|cookie\w*|consent|gdpr|footer|masthead|menu|navbar|nav|navigation|newsletter\w*|outbrain|taboola|popup|modal|promo\w*|related\w*|recommend\w*|share\w*|sharing|social\w*|sidebar|skyscraper|sponsor\w*|subscribe|subscription|paywall|teaser\w*|toolbar|widget\w*|werbung|anzeige|publicidad|pub|tags?|tag-list|keywords|pagination|pager|author-bio|author-box|byline|dateline|article-meta|post-meta|entry-meta|meta|mehr-zum-thema|read-more|readmore|leia-tambem|lees-ook|voir-aussi|lire-aussi|leer-mas|tambien|weitere|most-popular|trending|visually-hidden|sr-only|screen-reader\w*|skip-link)([\s_-]|$)/;

/** Words that make a junk-looking container worth keeping (e.g. "article-content share-enabled"). */
export const KEEP_HINT = /(^|[\s_-])(article|articlebody|article-body|article__body|body|content|main|entry-content|post-content|story|story-body|text|richtext|rich-text)([\s_-]|$)/;

export const POSITIVE_HINT = /article|body|content|entry|hentry|h-entry|main|post|text|blog|story|artikel|texto|cuerpo|corpo|testo|tresc/;

export const NEGATIVE_HINT =
  /(^|[\s_-])(ad|ads|hidden|banner|combx|comment\w*|com|contact|footer|masthead|media|meta|outbrain|promo|related|scroll|share\w*|shoutbox|sidebar|skyscraper|sponsor\w*|shopping|tags|widget|teaser|caption|credit|byline|author)([\s_-]|$)/;

export function hintsOf(el: HtmlElement): string {
  const cls = el.getAttribute('class') ?? '';
  const id = el.getAttribute('id') ?? '';
  return cls || id ? `${cls} ${id}`.toLowerCase() : '';
}
