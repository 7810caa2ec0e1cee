import { Readability } from '@mozilla/readability';
import { Command, InvalidArgumentError } from 'commander';
import { parseHTML } from 'linkedom';
import { extractWithPrintedBody } from '../extract/index.ts';
import { blocksText } from '../extract/body/index.ts';
import { loadPages, type BenchPage } from './load-pages.ts';
import { scoreBodyCorpus, scoreBodyPage, type PageBodyScore } from './scoring/body.ts';
import { authorsF1, dateMatch, SnippetScore, titleMatch } from './scoring/meta.ts';

/** What one extractor produced for one page, reduced to what is scored. */
interface Prediction {
  body: string;
  title: string | null;
  authors: string[] | string | null;
  published: string | null;
}

type Extractor = (page: BenchPage) => Prediction;

const ours: Extractor = (page) => {
  const { article: a, printedBody } = extractWithPrintedBody(page.html, page.url);
  return { body: blocksText(printedBody), title: a.title, authors: a.authors, published: a.published };
};

const readability: Extractor = (page) => {
  const { document } = parseHTML(page.html);
  const r = new Readability(document).parse();
  return { body: r?.textContent ?? '', title: r?.title ?? null, authors: r?.byline ?? null, published: readabilityDay(r?.publishedTime) };
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number): string => String(n).padStart(2, '0');

/** Readability's publishedTime as a day, read the way the extraction-meta README's baseline reads it. */
function readabilityDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const iso = /^\s*(\d{4}-\d{2}-\d{2})/.exec(value);
  if (iso?.[1]) return iso[1];
  const dmy = /\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b/.exec(value);
  if (dmy) return `${dmy[3]}-${pad(Number(dmy[2]))}-${pad(Number(dmy[1]))}`;
  const dayMonth = /\b(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?,?\s+(\d{4})\b/.exec(value);
  const monthDay = /\b([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(value);
  const [d, m, y] = dayMonth ? [dayMonth[1], dayMonth[2], dayMonth[3]] : monthDay ? [monthDay[2], monthDay[1], monthDay[3]] : [];
  const month = MONTHS.indexOf((m ?? '').toLowerCase());
  return month >= 0 && d && y ? `${y}-${pad(month + 1)}-${pad(Number(d))}` : null;
}

interface Tally {
  body: PageBodyScore[];
  ms: number;
  titles: number[];
  dates: number[];
  authors: number[];
  snippets: SnippetScore;
  snippetPages: number;
}

const newTally = (): Tally => ({ body: [], ms: 0, titles: [], dates: [], authors: [], snippets: new SnippetScore(), snippetPages: 0 });

function record(t: Tally, page: BenchPage, p: Prediction, ms: number): void {
  t.ms += ms;
  const g = page.truth;
  if (typeof g.articleBody === 'string') t.body.push(scoreBodyPage(g.articleBody, p.body));
  if (g.title) t.titles.push(titleMatch(p.title, g.title) ? 1 : 0);
  if (g.published) t.dates.push(dateMatch(p.published, g.published) ? 1 : 0);
  if (g.authors && g.authors.length > 0) t.authors.push(authorsF1(p.authors, g.authors));
  if (g.with || g.without) {
    t.snippets.add(p.body, g.with ?? [], g.without ?? []);
    t.snippetPages++;
  }
}

function timed(fn: Extractor, page: BenchPage): [Prediction, number] {
  const start = process.hrtime.bigint();
  const p = fn(page);
  return [p, Number(process.hrtime.bigint() - start) / 1e6];
}

const mean = (xs: number[]): number | null => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);

function summary(t: Tally, pages: number) {
  const body = t.body.length > 0 ? scoreBodyCorpus(t.body) : null;
  const snippets = t.snippetPages > 0 ? t.snippets.totals() : null;
  return {
    f1: body?.f1 ?? null,
    precision: body?.precision ?? null,
    recall: body?.recall ?? null,
    accuracy: body?.accuracy ?? null,
    ms_per_page: pages > 0 ? t.ms / pages : null,
    title_match: mean(t.titles),
    date_match: mean(t.dates),
    authors_f1: mean(t.authors),
    snippet_precision: snippets?.precision ?? null,
    snippet_recall: snippets?.recall ?? null,
    snippet_f1: snippets?.f1 ?? null,
  };
}

const WARM_UP_PAGES = 5;

export function runBench(pages: BenchPage[]) {
  for (const page of pages.slice(0, WARM_UP_PAGES)) {
    ours(page);
    readability(page);
  }
  const a = newTally();
  const b = newTally();
  pages.forEach((page, i) => {
    // Alternate who goes first so neither always meets a cold cache or a pending garbage collection.
    if (i % 2 === 0) {
      const [pa, ma] = timed(ours, page);
      const [pb, mb] = timed(readability, page);
      record(a, page, pa, ma);
      record(b, page, pb, mb);
    } else {
      const [pb, mb] = timed(readability, page);
      const [pa, ma] = timed(ours, page);
      record(a, page, pa, ma);
      record(b, page, pb, mb);
    }
  });
  const mine = summary(a, pages.length);
  const base = summary(b, pages.length);
  const baseline = Object.fromEntries(Object.entries(base).map(([k, v]) => [`baseline_${k}`, v]));
  return { pages: pages.length, ...mine, ...baseline, peak_rss_mb: process.resourceUsage().maxRSS / 1024 };
}

function printTable(r: ReturnType<typeof runBench>): void {
  const fmt = (v: unknown, digits = 3): string => (typeof v === 'number' ? v.toFixed(digits) : '—');
  const rows: [string, string, number][] = [
    ['body F1', 'f1', 3], ['body precision', 'precision', 3], ['body recall', 'recall', 3], ['body accuracy', 'accuracy', 3],
    ['snippet F1', 'snippet_f1', 3], ['snippet precision', 'snippet_precision', 3], ['snippet recall', 'snippet_recall', 3],
    ['title match', 'title_match', 3], ['date match', 'date_match', 3], ['authors F1', 'authors_f1', 3],
    ['ms per page', 'ms_per_page', 1],
  ];
  const rec = r as unknown as Record<string, unknown>;
  console.log(`${r.pages} pages\n${'measure'.padEnd(20)}${'ours'.padStart(10)}${'readability'.padStart(14)}`);
  for (const [label, key, digits] of rows) {
    console.log(`${label.padEnd(20)}${fmt(rec[key], digits).padStart(10)}${fmt(rec[`baseline_${key}`], digits).padStart(14)}`);
  }
  console.log(`peak RSS ${r.peak_rss_mb.toFixed(0)} MB`);
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`--limit: expected a positive integer, got "${value}"`);
  return n;
}

const program = new Command('bench:extract')
  .description('Score body and metadata extraction against a dataset dir (html/<id>.html.gz + ground-truth.json), ours and Readability+linkedom')
  .requiredOption('--data <dir>', 'dataset directory')
  .option('--json', 'print one JSON line')
  .option('--limit <n>', 'only the first N pages (by id)', positiveInt)
  .action((opts: { data: string; json?: boolean; limit?: number }) => {
    const result = runBench(loadPages(opts.data, opts.limit));
    if (opts.json) console.log(JSON.stringify(result));
    else printTable(result);
  });

if (import.meta.url === `file://${process.argv[1]}`) program.parse();
