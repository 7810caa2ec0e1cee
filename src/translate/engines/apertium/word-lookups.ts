/**
 * What a word-at-a-time helper (an analyser or a bilingual dictionary asked about words kept apart by superblanks,
 * so that each answer depends on its word alone) said of each word, so that a word already asked about in an
 * earlier batch is not sent again: most batches of a run share many of their capitalised words.
 */
export class WordLookups {
  /** Undefined: the helper's answer held no unit for the word (it read it as parts of another). */
  private readonly known = new Map<string, string[] | undefined>();

  constructor(
    private readonly ask: (words: string[]) => Promise<Map<string, string[]>>,
    private readonly limit = 50_000,
  ) {}

  /** The answers for `words` that the helper gave, as `ask` would return them for those words. */
  async lookUp(words: readonly string[]): Promise<Map<string, string[]>> {
    const missing = [...new Set(words.filter((word) => !this.known.has(word)))];
    if (missing.length > 0) {
      const answers = await this.ask(missing);
      if (this.known.size + missing.length > this.limit) this.known.clear();
      for (const word of missing) this.known.set(word, answers.get(word));
    }
    const found = new Map<string, string[]>();
    for (const word of words) {
      const readings = this.known.get(word);
      if (readings !== undefined) found.set(word, readings);
    }
    return found;
  }
}
