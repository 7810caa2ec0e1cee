/**
 * The shape an article takes after extraction. Later stages (translate, organize, web) work block by block,
 * so the body is an ordered list of blocks, never one blob of text.
 *
 * `html` fields hold sanitised inline HTML only (a[href], em, strong, i, b, sub, sup, br); `text` is the same
 * content as plain text, whitespace collapsed.
 */
export interface InlineText {
  html: string;
  text: string;
}

export interface RelatedLink {
  title: string;
  url: string;
}

export interface ImageRef {
  src: string;
  alt?: string;
  caption?: string;
  credit?: string;
  width?: number;
  height?: number;
}

export type Block =
  | ({ type: 'paragraph' } & InlineText)
  | ({ type: 'heading'; level: 2 | 3 | 4 | 5 | 6 } & InlineText)
  | ({ type: 'blockquote' } & InlineText)
  | { type: 'list'; ordered: boolean; items: InlineText[] }
  /** A list of links to other articles ("•" related headlines in the seed page). */
  | { type: 'related'; items: RelatedLink[] }
  | ({ type: 'image' } & ImageRef);

export type BlockType = Block['type'];

export interface ExtractedArticle {
  /** The URL the page was fetched from (after redirects). */
  url: string;
  /** `<link rel=canonical>` / og:url / JSON-LD url, absolute; null when the page names none. */
  canonicalUrl: string | null;
  title: string | null;
  /** Dek / subtitle / standfirst. */
  standfirst: string | null;
  authors: string[];
  /**
   * ISO 8601 as the page states it, offset kept ("2021-03-26T19:26:03+01:00"), or a bare calendar day
   * ("2021-03-26") when the page gives no time. The store derives UTC from it; the page's own calendar day is
   * the leading 10 characters.
   */
  published: string | null;
  modified: string | null;
  section: string | null;
  /** Outlet name as the page writes it (og:site_name, JSON-LD publisher). */
  siteName: string | null;
  image: ImageRef | null;
  /** Declared language of the page (html lang, JSON-LD inLanguage, og:locale), BCP-47; a hint only. */
  declaredLanguage: string | null;
  /** From JSON-LD isAccessibleForFree: false means paywalled; null when the page does not say. */
  isAccessibleForFree: boolean | null;
  blocks: Block[];
}

/** Per-source extraction rules from configuration. */
export interface ExtractionRules {
  /** CSS selector of the article body; when it matches, only its content is considered. */
  body?: string;
  /** CSS selectors of elements to drop before extraction. */
  remove?: string[];
}
