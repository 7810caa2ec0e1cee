import { openDatabase, type DatabaseTarget, type Db } from './database.ts';
import { articlesRepository } from './articles.ts';
import { feedsRepository } from './feeds.ts';
import { publishedRepository } from './published.ts';
import { publishingRepository } from './publishing.ts';
import { budgetCountersRepository } from './budget-counters.ts';
import { categoriesRepository } from './categories.ts';
import { sourcesRepository } from './sources.ts';
import { translationMemoryRepository } from './translation-memory.ts';
import { translationsRepository } from './translations.ts';

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
    categories: categoriesRepository(db),
    close: () => db.destroy(),
  };
}
