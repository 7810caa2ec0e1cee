/**
 * Tuning loop for metadata extraction: runs extractMetadata over a dataset in the extraction-meta format and
 * prints title / date / authors scores and the misses.
 *   npx tsx src/bench/meta-dev.ts --data DIR [--show title,date,authors] [--max 40] [--id ID]
 */
import { Command } from 'commander';
import { performance } from 'node:perf_hooks';
import { parseDocument } from '../extract/dom.ts';
import { extractMetadata } from '../extract/metadata/index.ts';
import { loadPages } from './load-pages.ts';
import { authorsF1, dateDay, dateMatch, titleMatch } from './scoring/meta.ts';

const program = new Command()
  .requiredOption('--data <dir>', 'dataset directory (html/<id>.html.gz + ground-truth.json)')
  .option('--show <fields>', 'comma-separated fields whose misses are listed', 'title,date,authors')
  .option('--max <n>', 'misses listed per field', '40')
  .option('--id <id>', 'only this page (prints everything extracted)')
  .parse();
const opts = program.opts<{ data: string; show: string; max: string; id?: string }>();

const pages = loadPages(opts.data).filter((p) => !opts.id || p.id === opts.id);
const show = new Set(opts.show.split(','));
const max = Number(opts.max);
const misses: Record<string, string[]> = { title: [], date: [], authors: [] };
let titles = 0, titleHits = 0, dates = 0, dateHits = 0, authorPages = 0, authorSum = 0, metaMs = 0;

for (const page of pages) {
  const doc = parseDocument(page.html);
  const t0 = performance.now();
  const m = extractMetadata(doc, page.url);
  metaMs += performance.now() - t0;
  if (opts.id) console.log(JSON.stringify({ ...m, truth: { ...page.truth, with: undefined, without: undefined } }, null, 2));
  const { title, published, authors } = page.truth;
  if (title) {
    titles++;
    if (titleMatch(m.title, title)) titleHits++;
    else misses.title!.push(`${page.id}\n    got  ${JSON.stringify(m.title)}\n    want ${JSON.stringify(title)}`);
  }
  if (published) {
    dates++;
    if (dateMatch(m.published, published)) dateHits++;
    else misses.date!.push(`${page.id}  got ${m.published ?? 'null'} (${dateDay(m.published) ?? '-'})  want ${published}  mod ${m.modified ?? '-'}`);
  }
  if (authors) {
    authorPages++;
    const f = authorsF1(m.authors, authors);
    authorSum += f;
    if (f < 1) misses.authors!.push(`${page.id}  f1 ${f.toFixed(2)}  got ${JSON.stringify(m.authors)}  want ${JSON.stringify(authors)}`);
  }
}

for (const field of ['title', 'date', 'authors'] as const) {
  if (!show.has(field) || opts.id) continue;
  const list = misses[field]!;
  console.log(`\n== ${field} misses (${list.length}) ==`);
  for (const line of list.slice(0, max)) console.log(line);
}
const ratio = (a: number, b: number): string => (b === 0 ? 'n/a' : (a / b).toFixed(3));
console.log(
  `\npages ${pages.length}  title ${ratio(titleHits, titles)} (${titleHits}/${titles})  date ${ratio(dateHits, dates)} (${dateHits}/${dates})  ` +
    `authors_f1 ${ratio(authorSum, authorPages)} (${authorPages})  metadata ms/page ${(metaMs / Math.max(1, pages.length)).toFixed(2)}`,
);
