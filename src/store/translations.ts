import { sql, type Selectable } from 'kysely';
import type { TranslatedArticle } from '../translate/article.ts';
import type { Db } from './database.ts';
import type { ArticleState, TranslationStatus, TranslationsTable } from './schema.ts';

export interface TranslationCandidate {
  id: number;
  sourceId: string;
  language: string | null;
  revision: number;
}

export interface DueQuery {
  target: string;
  now: Date;
  limit: number;
  sourceIds?: string[];
  /** Only articles published (or, lacking a date, discovered) at or after this instant. */
  since?: Date;
  /** Every article with content, whether or not its translation is current. */
  retranslate?: boolean;
  /** Also articles whose next attempt is not due yet (an explicit `foreigndesk translate`). */
  ignoreSchedule?: boolean;
}

export type StoredTranslation = Selectable<TranslationsTable>;

/** States in which an article has content that a translation may follow. */
const TRANSLATABLE: ArticleState[] = ['extracted', 'translated', 'published'];

export function translationsRepository(db: Db) {
  return {
    /**
     * Articles that need a translation into `target`: never translated (state `extracted`), or changed since
     * their newest translation (a higher revision). Newest first: today's news before last week's backlog.
     */
    async due(q: DueQuery): Promise<TranslationCandidate[]> {
      let query = db
        .selectFrom('articles')
        .select(['id', 'source_id', 'language', 'revision'])
        .where('state', 'in', TRANSLATABLE)
        .where('blocks_json', 'is not', null);
      if (!q.retranslate) {
        query = query.where((eb) =>
          eb.or([
            eb('state', '=', 'extracted'),
            eb(
              'revision',
              '>',
              eb.fn.coalesce(
                eb.selectFrom('translations').select((t) => t.fn.max('translations.revision').as('r')).whereRef('translations.article_id', '=', 'articles.id').where('translations.target_language', '=', q.target),
                sql.lit(0),
              ),
            ),
          ]),
        );
      }
      if (!q.ignoreSchedule) query = query.where((eb) => eb.or([eb('translation_next_at', 'is', null), eb('translation_next_at', '<=', q.now.toISOString())]));
      if (q.sourceIds) query = query.where('source_id', 'in', q.sourceIds.length ? q.sourceIds : ['']);
      if (q.since) query = query.where(sql<string>`coalesce(published_at, discovered_at)`, '>=', q.since.toISOString());
      const rows = await query.orderBy(sql`coalesce(published_at, discovered_at)`, 'desc').orderBy('id').limit(q.limit).execute();
      return rows.map((r) => ({ id: r.id, sourceId: r.source_id, language: r.language, revision: r.revision }));
    },

    /**
     * Saves a translation of `revision` and moves a newly extracted article to `translated`, in one transaction.
     * An article removed or failed meanwhile gets none ("gone").
     */
    async record(articleId: number, revision: number, t: TranslatedArticle, now = new Date()): Promise<'saved' | 'gone'> {
      return db.transaction().execute(async (trx) => {
        const at = now.toISOString();
        const current = await trx.selectFrom('articles').select('state').where('id', '=', articleId).executeTakeFirst();
        if (!current || !TRANSLATABLE.includes(current.state)) return 'gone';
        await trx
          .insertInto('translations')
          .values({
            article_id: articleId,
            revision,
            source_language: t.from,
            target_language: t.to,
            title: t.title,
            standfirst: t.standfirst,
            blocks_json: JSON.stringify(t.blocks),
            image_json: t.image ? JSON.stringify(t.image) : null,
            related_json: JSON.stringify(t.related),
            engine: t.provenance.engine,
            model: t.provenance.model ?? null,
            route: t.provenance.route.join('→'),
            translated_at: t.provenance.translatedAt,
            chars_billed: t.provenance.charsBilled,
            segments_from_memory: t.provenance.fromMemory,
            segments_sent: t.provenance.sent,
            quality_score: t.quality.score,
            quality_flags_json: JSON.stringify(t.quality.flags),
            quality_measures_json: JSON.stringify(t.quality.measures),
            decision: t.quality.decision,
            attempts_json: JSON.stringify(t.provenance.attempts),
            created_at: at,
          })
          .execute();
        await trx
          .updateTable('articles')
          .set({
            state: sql<ArticleState>`case when state = 'extracted' then 'translated' else state end`,
            translation_status: null,
            translation_error: null,
            translation_attempts: 0,
            translation_next_at: null,
            updated_at: at,
          })
          .where('id', '=', articleId)
          .execute();
        return 'saved';
      });
    },

    /** No translation now: why, and when to ask again (null: only when asked explicitly). */
    async defer(articleId: number, status: TranslationStatus, message: string, retryAt: Date | null, now = new Date()): Promise<void> {
      await db
        .updateTable('articles')
        .set((eb) => ({
          translation_status: status,
          translation_error: message,
          translation_attempts: eb('translation_attempts', '+', 1),
          translation_next_at: retryAt ? retryAt.toISOString() : null,
          updated_at: now.toISOString(),
        }))
        .where('id', '=', articleId)
        .execute();
    },

    /** The translation a reader sees: the newest into `target`. */
    async latest(articleId: number, target: string): Promise<StoredTranslation | undefined> {
      return db.selectFrom('translations').selectAll().where('article_id', '=', articleId).where('target_language', '=', target).orderBy('id', 'desc').limit(1).executeTakeFirst();
    },

    async history(articleId: number): Promise<StoredTranslation[]> {
      return db.selectFrom('translations').selectAll().where('article_id', '=', articleId).orderBy('id').execute();
    },

    /** Languages stored articles are in that no engine serves, per source, for `doctor`. */
    async unsupportedLanguages(): Promise<{ sourceId: string; language: string; articles: number; message: string | null }[]> {
      const rows = await db
        .selectFrom('articles')
        .select((eb) => ['source_id', 'language', eb.fn.countAll<number>().as('n'), eb.fn.max('translation_error').as('message')])
        .where('translation_status', '=', 'unsupported')
        .where('state', 'in', TRANSLATABLE)
        .groupBy(['source_id', 'language'])
        .orderBy('source_id')
        .execute();
      return rows.map((r) => ({ sourceId: r.source_id, language: r.language ?? '(unknown)', articles: Number(r.n), message: r.message }));
    },
  };
}
