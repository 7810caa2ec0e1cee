import type { Db } from './database.ts';

/** Views of one article in one UTC hour ("2026-03-26T14"). */
export interface HourlyViews {
  articleId: number;
  hour: string;
  views: number;
}

/** "2026-03-26T14": the UTC hour a view falls in, the key of views_hourly. */
export function hourOf(at: Date): string {
  return at.toISOString().slice(0, 13);
}

export function viewsRepository(db: Db) {
  return {
    /** Adds counts to their hours in one transaction; an article deleted meanwhile is skipped, not an error. */
    async add(rows: HourlyViews[]): Promise<void> {
      if (rows.length === 0) return;
      await db.transaction().execute(async (trx) => {
        const ids = [...new Set(rows.map((r) => r.articleId))];
        const existing = new Set((await trx.selectFrom('articles').select('id').where('id', 'in', ids).execute()).map((r) => r.id));
        for (const r of rows) {
          if (!existing.has(r.articleId) || r.views <= 0) continue;
          await trx
            .insertInto('views_hourly')
            .values({ article_id: r.articleId, hour: r.hour, views: r.views })
            .onConflict((oc) => oc.columns(['article_id', 'hour']).doUpdateSet((eb) => ({ views: eb('views_hourly.views', '+', eb.ref('excluded.views')) })))
            .execute();
        }
      });
    },

    /** Deletes the counts of hours before `hour` (exclusive), through the hour index; returns how many rows went. */
    async pruneBefore(hour: string): Promise<number> {
      const result = await db.deleteFrom('views_hourly').where('hour', '<', hour).executeTakeFirst();
      return Number(result.numDeletedRows);
    },

    /** Hourly counts of published articles from `fromHour` on (inclusive). */
    async since(fromHour: string): Promise<HourlyViews[]> {
      const rows = await db
        .selectFrom('views_hourly')
        .innerJoin('articles', 'articles.id', 'views_hourly.article_id')
        .select(['views_hourly.article_id', 'views_hourly.hour', 'views_hourly.views'])
        .where('views_hourly.hour', '>=', fromHour)
        .where('articles.state', '=', 'published')
        .execute();
      return rows.map((r) => ({ articleId: r.article_id, hour: r.hour, views: r.views }));
    },
  };
}
