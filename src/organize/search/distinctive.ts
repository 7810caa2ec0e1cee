/**
 * An article's most distinctive English terms, for "You may like": frequent in the article, rare in the index
 * (tf·idf). Words are folded the way the index tokenizer folds them (lower case, diacritics removed) so their
 * document counts can be looked up in the index vocabulary.
 */

const STOPWORDS = new Set(
  (
    'about above after again against also among and any are around because been before being below between both but can could ' +
    'did does doing down during each even every few for from further had has have having her here hers him his how however ' +
    'into its itself just last like made make many may more most much must new not now off once one only other our out over ' +
    'own said same says she should since some still such than that the their them then there these they this those through ' +
    'under until very was way were what when where which while who whom why will with would year years you your'
  ).split(' '),
);

export const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Candidate words of a text: folded, at least three characters, not all digits, not a stopword. */
export function contentWords(text: string): string[] {
  return (fold(text).match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 3 && !/^\d+$/.test(w) && !STOPWORDS.has(w));
}

/** Term frequencies over the article's fields, a title word counting as three, a standfirst word as two. */
export function termFrequencies(a: { title: string; standfirst: string; body: string }): Map<string, number> {
  const tf = new Map<string, number>();
  const add = (text: string, weight: number) => {
    for (const w of contentWords(text)) tf.set(w, (tf.get(w) ?? 0) + weight);
  };
  add(a.title, 3);
  add(a.standfirst, 2);
  add(a.body, 1);
  return tf;
}

/** The `candidates` most frequent terms, the set whose document counts are worth looking up. */
export function frequentTerms(tf: Map<string, number>, candidates: number): string[] {
  return [...tf.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, candidates)
    .map(([term]) => term);
}

/**
 * The `limit` terms with the highest tf·idf. Terms in no other article (df ≤ 1) cannot find neighbours, and terms
 * in more than `maxShare` of the articles say nothing about this one: both are left out.
 */
export function distinctiveTerms(o: { tf: Map<string, number>; df: Map<string, number>; articles: number; limit: number; maxShare?: number }): string[] {
  const maxDf = Math.max(3, o.articles * (o.maxShare ?? 0.2));
  return [...o.tf.entries()]
    .flatMap(([term, f]) => {
      const df = o.df.get(term) ?? 0;
      return df > 1 && df <= maxDf ? [{ term, score: f * Math.log(o.articles / df) }] : [];
    })
    .sort((a, b) => b.score - a.score || a.term.localeCompare(b.term))
    .slice(0, o.limit)
    .map((t) => t.term);
}
