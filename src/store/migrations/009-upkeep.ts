import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Upkeep of what grows or goes stale.
 *
 * The search index's housekeeping merges (store/search-index.ts) take any level of FTS5 b-trees holding two or more
 * (`usermerge` 2; inserts still automerge at 4, so publishing stays cheap): the index settles at about one b-tree per
 * level, which a query reads one by one, without rewriting it whole each time. SQLite only, like the index.
 *
 * A story records the article its headline comes from, so a takedown of that article can give the story the next
 * one's (store/story-upkeep.ts). Existing stories: the article whose shown title is the headline, else the earliest.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('stories').addColumn('headline_article_id', 'integer').execute();
  await sql`
    update stories set headline_article_id = (
      select articles.id from articles left join translations on translations.id = articles.published_translation_id
      where articles.story_id = stories.id
      order by case when translations.title = stories.headline then 0 else 1 end,
        coalesce(articles.published_at, articles.site_published_at), articles.id
      limit 1)`.execute(db);
  if (db.getExecutor().adapter instanceof PostgresAdapter) return;
  await sql`insert into search_index (search_index, rank) values ('usermerge', 2)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('stories').dropColumn('headline_article_id').execute();
  if (db.getExecutor().adapter instanceof PostgresAdapter) return;
  await sql`insert into search_index (search_index, rank) values ('usermerge', 4)`.execute(db);
}
