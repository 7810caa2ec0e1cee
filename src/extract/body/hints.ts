import type { HtmlElement } from '../dom.ts';
/**
 * Class/id hints. Multilingual where sites use their own words (e.g. "werbung", "publicidad", "anzeige").
 * Matched against `class + " " + id`, lower-cased.
 */

/**
 * Words that condemn a container wherever they sit in one of its class names ("td-post-sharing-top",
 * "elementor-share-buttons"): they are never part of a word that means anything else.
 */
const JUNK_ANYWHERE =
  /^(advert\w*|advertisement|breadcrumbs?|comments?|comentarios|kommentare|commentaires|disqus|cookie\w*|consent|gdpr|newsletter\w*|outbrain|taboola|recommend\w*|related\w*|share\w*|sharing|social\w*|sponsor\w*|subscribe|subscription|paywall|skyscraper|werbung|anzeige|publicidad|trending|readmore|weitere)$/;

/**
 * Words that condemn a container only as a whole class name or at its start or end ("ad-slot", "post-meta",
 * "sidebar-left"): inside a longer name they often mean something else ("elementor-widget-container").
 */
const JUNK_EDGE =
  /^(ad|ads|adv|pub|banner|footer|masthead|menu|navbar|nav|navigation|popup|modal|promo\w*|sidebar|teaser\w*|toolbar|widget\w*|tags?|keywords|pagination|pager|byline|dateline|meta|trending|next|prev|previous)$/;

/** Whole class names (several words) that mark furniture. */
const JUNK_CLASS =
  /^(tag-list|author-bio|author-box|article-meta|post-meta|entry-meta|mehr-zum-thema|read-more|leia-tambem|lees-ook|voir-aussi|lire-aussi|leer-mas|most-popular|visually-hidden|sr-only|screen-reader-text|skip-link)$/;

/** A box about the writer ("author-box", "mvp-author-box-wrap", "author-card__info"): names both. */
const AUTHOR = /^(author|authors|autor|autoren|autorin|auteur|writer)$/;
const ABOUT = /^(box|bio|biography|card|info|about|description|desc|profile|details|teaser)$/;

/** WordPress marks a post with its taxonomy ("tag-werbung", "category-social-media"): names, not roles. */
const TAXONOMY = /^(tag|category|format|post_tag|categories)-/;

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

/** Furniture that can hold more prose than the article itself, so no amount of prose redeems it. */
const NEVER_ARTICLE = /^(comment\w*|comentarios|kommentare|forum\w*|disqus|cookie\w*|consent|gdpr|newsletter\w*|outbrain|taboola)$/;

export type JunkHint = 'none' | 'furniture' | 'never-article';

/** What the element's class names and id say: furniture (ads, sharing, menus…), or nothing. */
export function junkHint(hints: string): JunkHint {
  let verdict: JunkHint = 'none';
  for (const name of hints.split(/\s+/)) {
    if (!name || TAXONOMY.test(name)) continue;
    if (JUNK_CLASS.test(name)) verdict = 'furniture';
    const parts = name.split(/[-_]+/).filter(Boolean);
    const first = parts[0];
    const last = parts[parts.length - 1];
    if (!first || !last) continue;
    if (parts.some((p) => NEVER_ARTICLE.test(p))) return 'never-article';
    if (JUNK_EDGE.test(first) || JUNK_EDGE.test(last) || parts.some((p) => JUNK_ANYWHERE.test(p))) verdict = 'furniture';
    if (parts.some((p) => AUTHOR.test(p)) && parts.some((p) => ABOUT.test(p))) verdict = 'furniture';
  }
  return verdict;
}
