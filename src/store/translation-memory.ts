import type { MemoryKey, MemoryStore } from '../translate/memory.ts';
import type { Db } from './database.ts';

/** The translation memory kept in the database; every remembered segment served counts a hit. */
export function translationMemoryRepository(db: Db): MemoryStore & { stats(): Promise<{ segments: number; hits: number }> } {
  const where = (k: MemoryKey) =>
    db
      .updateTable('translation_memory')
      .set((eb) => ({ hits: eb('hits', '+', 1) }))
      .where('engine', '=', k.engine)
      .where('source_language', '=', k.from)
      .where('target_language', '=', k.to)
      .where('hash', '=', k.hash);
  return {
    async get(key) {
      const row = await where(key).returning('text').executeTakeFirst();
      return row?.text;
    },

    async put(key, text) {
      await db
        .insertInto('translation_memory')
        .values({ engine: key.engine, source_language: key.from, target_language: key.to, hash: key.hash, text, hits: 0, created_at: new Date().toISOString() })
        .onConflict((oc) => oc.columns(['engine', 'source_language', 'target_language', 'hash']).doUpdateSet({ text }))
        .execute();
    },

    async stats() {
      const row = await db
        .selectFrom('translation_memory')
        .select((eb) => [eb.fn.countAll<number>().as('segments'), eb.fn.sum<number>('hits').as('hits')])
        .executeTakeFirstOrThrow();
      return { segments: Number(row.segments), hits: Number(row.hits ?? 0) };
    },
  };
}
