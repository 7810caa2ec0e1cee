import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';

/**
 * A group of near-duplicates is a chain of `near_duplicate_of` links ending at the one article lists, feeds, search
 * and sitemaps show for the whole group (the head). A copy's own page still exists; its canonical link names the head.
 */

/** Links followed at most: chains are a hop or two; the bound only guards against a cycle in bad data. */
const MAX_HOPS = 16;

/** The path of the published head of `id`'s group, or null when `id` is not a copy or its group has no published head. */
export async function headPath(db: Kysely<Database>, id: number): Promise<string | null> {
  const { rows } = await sql<{ path: string | null; state: string }>`
    with recursive chain(id, next, hops) as (
      select id, near_duplicate_of, 0 from articles where id = ${id}
      union all
      select articles.id, articles.near_duplicate_of, chain.hops + 1 from articles join chain on articles.id = chain.next where chain.hops < ${MAX_HOPS}
    )
    select articles.path, articles.state from chain join articles on articles.id = chain.id
    where chain.next is null and chain.hops > 0`.execute(db);
  const head = rows[0];
  return head && head.state === 'published' ? head.path : null;
}
