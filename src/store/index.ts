import { openDatabase, optimize, type DatabaseTarget, type Db } from './database.ts';
import { articlesRepository } from './articles.ts';
import { feedsRepository } from './feeds.ts';
import { listingsRepository } from './listings.ts';
import { publishedRepository } from './published.ts';
import { publishingRepository } from './publishing.ts';
import { searchRepository } from './search.ts';
import { searchIndexRepository } from './search-index.ts';
import { budgetCountersRepository } from './budget-counters.ts';
import { categoriesRepository } from './categories.ts';
import { sourcesRepository } from './sources.ts';
import { storiesRepository } from './stories.ts';
import { translationMemoryRepository } from './translation-memory.ts';
import { translationsRepository } from './translations.ts';
import { viewsRepository } from './views.ts';
import { siteGenerationRepository } from './site-generation.ts';

/** Everything the stages and the web layer may ask of the database, one repository per table group. */
export interface Store {
  db: Db;
  sources: ReturnType<typeof sourcesRepository>;
  feeds: ReturnType<typeof feedsRepository>;
  articles: ReturnType<typeof articlesRepository>;
  translations: ReturnType<typeof translationsRepository>;
  translationMemory: ReturnType<typeof translationMemoryRepository>;
  budgetCounters: ReturnType<typeof budgetCountersRepository>;
  /** Publishing (write side): which translations the site shows, at which path. */
  publishing: ReturnType<typeof publishingRepository>;
  /** What the web reads: published articles only. */
  published: ReturnType<typeof publishedRepository>;
  /** What the site's list pages and list feeds read: by category, source, language, country. */
  listings: ReturnType<typeof listingsRepository>;
  /** Reader views per article per hour, for Trends 24h. */
  views: ReturnType<typeof viewsRepository>;
  /** The counter the page cache checks: bumped by triggers on every change pages show. */
  siteGeneration: ReturnType<typeof siteGenerationRepository>;
  /** Full-text search and "You may like" over published articles. */
  search: ReturnType<typeof searchRepository>;
  /** Upkeep of the full-text index (merging its b-trees). */
  searchIndex: ReturnType<typeof searchIndexRepository>;
  /** Stories: clusters of articles about one event, across outlets and languages. */
  stories: ReturnType<typeof storiesRepository>;
  /** Refreshes the query planner's statistics where the data changed. */
  optimize(): void;
  /** Category assignments with their provenance, and counts per category. */
  categories: ReturnType<typeof categoriesRepository>;
  close(): Promise<void>;
}

export async function openStore(target: DatabaseTarget): Promise<Store> {
  const db = await openDatabase(target);
  return {
    db,
    sources: sourcesRepository(db),
    feeds: feedsRepository(db),
    articles: articlesRepository(db),
    translations: translationsRepository(db),
    translationMemory: translationMemoryRepository(db),
    budgetCounters: budgetCountersRepository(db),
    publishing: publishingRepository(db),
    published: publishedRepository(db),
    listings: listingsRepository(db),
    views: viewsRepository(db),
    siteGeneration: siteGenerationRepository(db),
    search: searchRepository(db),
    searchIndex: searchIndexRepository(db),
    stories: storiesRepository(db),
    optimize: () => optimize(db),
    categories: categoriesRepository(db),
    close: () => db.destroy(),
  };
}
