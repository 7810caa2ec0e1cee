import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { renderTable } from '../cli/table.ts';
import { classify, type ClassifierInput } from '../organize/classify.ts';
import { asArticle, storyLabels, storyLines } from '../organize/labelled-stories.ts';
import { topLevelOf } from '../organize/taxonomy.ts';
import { ApertiumEngine } from '../translate/engines/apertium.ts';

/**
 * bench:categories — the offline classifier on the 62 hand-labelled NTREX stories: on the English references
 * (`eng`), and on Apertium's translations of the same stories from each language given in --langs (ISO 639-3,
 * e.g. spa,por,fra), which is what it sees in production. Exact, acceptable (the label or one of its
 * alternatives) and top-level accuracy, and µs per article for the classifier alone (fastest of five rounds).
 */
const { values } = parseArgs({ options: { langs: { type: 'string', default: 'eng' }, json: { type: 'boolean', default: false } } });
const BCP47: Record<string, string> = { spa: 'es', por: 'pt', fra: 'fr', ita: 'it', cat: 'ca', glg: 'gl', ron: 'ro' };
const labels = storyLabels();
const ids = Object.keys(labels);

async function articlesIn(lang: string, engine: ApertiumEngine): Promise<ClassifierInput[]> {
  const stories = ids.map((id) => storyLines(id, lang));
  if (lang === 'eng') return stories.map((s) => asArticle(s.title, s.lines));
  const from = BCP47[lang];
  if (!from) throw new Error(`bench:categories: --langs ${lang}: not one of eng, ${Object.keys(BCP47).join(', ')}`);
  const flat = stories.flatMap((s) => [s.title, ...s.lines]);
  const { texts } = await engine.translate(flat, from, 'en', { format: 'text' });
  let at = 0;
  return stories.map((s) => {
    const [title = '', ...lines] = texts.slice(at, (at += 1 + s.lines.length));
    return asArticle(title, lines);
  });
}

const engine = new ApertiumEngine();
const results = [];
try {
  for (const lang of values.langs.split(',').map((l) => l.trim()).filter(Boolean)) {
    const articles = await articlesIn(lang, engine);
    const got = articles.map((a) => classify(a));
    // The fastest of several rounds: the machine is shared, and the first round pays for the JIT.
    let us = Infinity;
    for (let round = 0; round < 5; round++) {
      const started = performance.now();
      for (const a of articles) classify(a);
      us = Math.min(us, ((performance.now() - started) * 1000) / articles.length);
    }
    let exact = 0;
    let acceptable = 0;
    let top = 0;
    got.forEach((c, i) => {
      const l = labels[ids[i]!]!;
      if (c.category === l.category) exact++;
      if (c.category === l.category || (l.also ?? []).includes(c.category)) acceptable++;
      if (topLevelOf(c.category) === topLevelOf(l.category)) top++;
    });
    const pct = (n: number) => Number(((100 * n) / articles.length).toFixed(1));
    results.push({ lang, stories: articles.length, exact_pct: pct(exact), acceptable_pct: pct(acceptable), top_level_pct: pct(top), fallback_news: got.filter((c) => c.category === 'News').length, us_per_article: Math.round(us) });
  }
} finally {
  await engine.close();
}
if (values.json) console.log(JSON.stringify({ results }));
else console.log(renderTable(Object.keys(results[0]!), results.map((r) => Object.values(r))));
