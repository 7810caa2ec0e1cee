import type { Generated } from 'kysely';

/**
 * Table shapes as Kysely sees them. Times are ISO 8601 UTC strings (sortable as text on both SQLite and
 * PostgreSQL); structured values are JSON text; booleans are 0/1 integers — one representation for both backends.
 */

export interface SourcesTable {
  id: string;
  name: string;
  homepage: string;
  country: string;
  language: string | null;
  mode: string;
  enabled: number;
  /** The source's configuration as last loaded (JSON), so stages need not re-read the file. */
  config_json: string;
  last_success_at: string | null;
  last_error: string | null;
  last_error_at: string | null;
  error_count: number;
  created_at: string;
  updated_at: string;
}

export interface FeedStateTable {
  url: string;
  source_id: string;
  kind: string;
  etag: string | null;
  last_modified: string | null;
  interval_ms: number;
  next_check_at: string;
  last_checked_at: string | null;
  last_status: number | null;
  last_new_items: number;
  consecutive_failures: number;
  last_error: string | null;
}

export type ArticleState = 'discovered' | 'fetched' | 'extracted' | 'translated' | 'published' | 'failed' | 'removed';

export interface ArticlesTable {
  id: Generated<number>;
  source_id: string;
  /** Hash of the normalised canonical URL: one row per article however many URLs lead to it. */
  url_hash: string;
  url: string;
  canonical_url: string;
  state: ArticleState;
  /** Feed-side facts (title, summary, dates, sections) as JSON, kept for excerpt-only sources and as fallbacks. */
  feed_item_json: string | null;
  language: string | null;
  language_confidence: number | null;
  declared_language: string | null;
  title: string | null;
  standfirst: string | null;
  authors_json: string;
  /** As the page states it, offset kept. */
  published_local: string | null;
  published_at: string | null;
  modified_at: string | null;
  section: string | null;
  category: string | null;
  site_name: string | null;
  image_json: string | null;
  is_accessible_for_free: number | null;
  blocks_json: string | null;
  word_count: number;
  content_hash: string | null;
  revision: number;
  page_etag: string | null;
  page_last_modified: string | null;
  attempts: number;
  next_attempt_at: string | null;
  error: string | null;
  discovered_at: string;
  fetched_at: string | null;
  extracted_at: string | null;
  updated_at: string;
  /** Why the article has no current translation: null while none was tried or once translated. */
  translation_status: TranslationStatus | null;
  translation_error: string | null;
  translation_attempts: Generated<number>;
  translation_next_at: string | null;
  /** Site path ("/2021/03/26/english-slug-42"), set when first published and kept across revisions. */
  path: string | null;
  /** The translation the site shows: the newest whose decision allows publishing. */
  published_translation_id: number | null;
  site_published_at: string | null;
  site_updated_at: string | null;
  /** The story the article belongs to (see stories.ts); null until clustered. */
  story_id: Generated<number | null>;
  /** The earlier article this one nearly duplicates: lists show that one only. */
  near_duplicate_of: Generated<number | null>;
  clustered_at: Generated<string | null>;
  /** section-map | feed | classifier (organize/assign.ts); null while no category was assigned. */
  category_source: string | null;
  category_confidence: number | null;
  /** IPTC Media Topic of the category, "medtop:11000000". */
  category_iptc: string | null;
}

/** waiting: engines over budget, resting or down; unsupported: no engine serves the language; failed: every engine erred. */
export type TranslationStatus = 'waiting' | 'unsupported' | 'failed';

export interface ArticleUrlsTable {
  url_hash: string;
  url: string;
  article_id: number;
}

export interface ArticleRevisionsTable {
  article_id: number;
  revision: number;
  content_hash: string;
  title: string | null;
  standfirst: string | null;
  blocks_json: string;
  modified_at: string | null;
  created_at: string;
}

export interface TombstonesTable {
  url_hash: string;
  url: string;
  reason: string;
  created_at: string;
}

export interface TranslationsTable {
  id: Generated<number>;
  article_id: number;
  /** The article revision this translates; a newer revision wants a new translation. */
  revision: number;
  source_language: string;
  target_language: string;
  title: string | null;
  standfirst: string | null;
  blocks_json: string;
  image_json: string | null;
  related_json: string;
  engine: string;
  model: string | null;
  /** Languages passed through, "pt→es→en". */
  route: string;
  translated_at: string;
  chars_billed: number;
  segments_from_memory: number;
  segments_sent: number;
  quality_score: number;
  quality_flags_json: string;
  quality_measures_json: string;
  /** publish | publish-with-notice | hold */
  decision: string;
  /** Engines passed over before the one that translated, and why (JSON). */
  attempts_json: string;
  created_at: string;
}

export interface TranslationMemoryTable {
  engine: string;
  source_language: string;
  target_language: string;
  hash: string;
  text: string;
  hits: number;
  created_at: string;
}

export interface BudgetCountersTable {
  engine: string;
  /** "day:2026-03-26" or "month:2026-03" (UTC). */
  period: string;
  chars: number;
}

/** Reader views of one article in one UTC hour ("2026-03-26T14"): an aggregate, nothing per reader. */
export interface ViewsHourlyTable {
  article_id: number;
  hour: string;
  views: number;
}

/** One row (id 1): bumped by triggers whenever something a page shows changes (see store/site-generation.ts). */
export interface SiteGenerationTable {
  id: number;
  generation: number;
}

export interface StoriesTable {
  id: Generated<number>;
  /** The English headline of the story's first article, or after a takedown of that one, of the earliest left. */
  headline: string;
  /** The article the headline comes from. */
  headline_article_id: number | null;
  first_seen: string;
  last_seen: string;
  article_count: number;
  outlet_count: number;
  language_count: number;
  created_at: string;
  updated_at: string;
}

export interface Database {
  sources: SourcesTable;
  feed_state: FeedStateTable;
  articles: ArticlesTable;
  article_urls: ArticleUrlsTable;
  article_revisions: ArticleRevisionsTable;
  tombstones: TombstonesTable;
  translations: TranslationsTable;
  translation_memory: TranslationMemoryTable;
  budget_counters: BudgetCountersTable;
  views_hourly: ViewsHourlyTable;
  site_generation: SiteGenerationTable;
  stories: StoriesTable;
}
