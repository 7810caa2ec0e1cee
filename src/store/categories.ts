import type { Block } from '../extract/types.ts';
import type { Db } from './database.ts';

/** What categorising one article needs: its source's section map, the section labels seen, its URL, the English text. */
export interface CategoryEvidence {
  url: string;
  sections: Record<string, string>;
  pageSection: string | null;
  feedSections: string[];
  category: string | null;
  categorySource: string | null;
  title: string | null;
  standfirst: string | null;
  blocks: Block[];
}

export interface CategoryRecord {
  category: string;
  source: string;
  confidence: number;
  iptc: string | null;
}

/** Published articles per category and provenance; category null for articles without one. */
export interface CategoryCount {
  category: string | null;
  source: string | null;
  articles: number;
}

function parse<T>(json: string | null, what: string, fallback: T): T {
  if (json === null) return fallback;
  try {
    return JSON.parse(json) as T;
  } catch (err) {
    throw new Error(`${what} is not valid JSON: ${(err as Error).message}`);
  }
}

export function categoriesRepository(db: Db) {
  return {
    /** The evidence for article `id` with translation `translationId`; undefined when either is gone. */
    async evidence(id: number, translationId: number): Promise<CategoryEvidence | undefined> {
      const row = await db
        .selectFrom('articles')
        .innerJoin('sources', 'sources.id', 'articles.source_id')
        .innerJoin('translations', 'translations.article_id', 'articles.id')
        .select(['articles.canonical_url', 'articles.section', 'articles.feed_item_json', 'articles.category', 'articles.category_source', 'sources.config_json', 'translations.title', 'translations.standfirst', 'translations.blocks_json'])
        .where('articles.id', '=', id)
        .where('translations.id', '=', translationId)
        .executeTakeFirst();
      if (!row) return undefined;
      const where = `article ${id}`;
      const source = parse<{ sections?: Record<string, string> }>(row.config_json, `${where}: its source's configuration`, {});
      const feedItem = parse<{ sections?: string[] } | null>(row.feed_item_json, `${where}: its feed item`, null);
      return {
        url: row.canonical_url,
        sections: source.sections ?? {},
        pageSection: row.section,
        feedSections: feedItem?.sections ?? [],
        category: row.category,
        categorySource: row.category_source,
        title: row.title,
        standfirst: row.standfirst,
        blocks: parse<Block[]>(row.blocks_json, `${where}: translation ${translationId} blocks`, []),
      };
    },

    async assign(id: number, c: CategoryRecord): Promise<void> {
      await db
        .updateTable('articles')
        .set({ category: c.category, category_source: c.source, category_confidence: c.confidence, category_iptc: c.iptc })
        .where('id', '=', id)
        .execute();
    },

    async publishedCounts(): Promise<CategoryCount[]> {
      const rows = await db
        .selectFrom('articles')
        .select(['category', 'category_source', (eb) => eb.fn.countAll<number>().as('n')])
        .where('state', '=', 'published')
        .groupBy(['category', 'category_source'])
        .execute();
      return rows.map((r) => ({ category: r.category, source: r.category_source, articles: Number(r.n) }));
    },
  };
}
