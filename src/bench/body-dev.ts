/**
 * Miss analysis for body extraction (the body as printed, as bench:extract scores it): per page, worst first, the `with` snippets we miss and the `without` snippets we keep
 * (extraction-meta format), or the lines we lose and add against `articleBody` (extraction format), each with
 * where it sits in the page's DOM and whether Readability got it right.
 *   npx tsx src/bench/body-dev.ts --data DIR [--limit N] [--id ID[,ID…]] [--max N] [--quiet]
 */
import { Readability } from '@mozilla/readability';
import { Command } from 'commander';
import { parseHTML } from 'linkedom';
import { blocksText } from '../extract/body/index.ts';
import { type HtmlElement, parseDocument } from '../extract/dom.ts';
import { extractWithPrintedBody } from '../extract/index.ts';
import { type BenchPage, loadPages } from './load-pages.ts';
import { scoreBodyCorpus, scoreBodyPage, type PageBodyScore } from './scoring/body.ts';
import { collapse, SnippetScore } from './scoring/meta.ts';

const program = new Command()
  .requiredOption('--data <dir>', 'dataset directory (html/<id>.html.gz + ground-truth.json)')
  .option('--limit <n>', 'only the first N pages')
  .option('--id <ids>', 'only these pages (comma-separated)')
  .option('--max <n>', 'pages listed', '60')
  .option('--quiet', 'totals only')
  .parse();
const opts = program.opts<{ data: string; limit?: string; id?: string; max: string; quiet?: boolean }>();

function label(el: HtmlElement): string {
  const id = el.getAttribute('id');
  const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 3);
  return `${el.tagName.toLowerCase()}${id ? `#${id}` : ''}${cls.map((c) => `.${c}`).join('')}`;
}

/** The chain of elements from <body> down to the innermost one whose text holds `snippet`. */
function domPath(html: string, snippet: string): string {
  const body = parseDocument(html).body;
  const want = collapse(snippet);
  if (!body || !collapse(body.textContent ?? '').includes(want)) return '(not in body text)';
  const path: string[] = [];
  let el: HtmlElement = body;
  for (;;) {
    const next = Array.from(el.children).find((c) => collapse(c.textContent ?? '').includes(want));
    if (!next) break;
    path.push(label(next));
    el = next;
  }
  return path.slice(-5).join(' > ');
}

function readabilityText(html: string): string {
  const { document } = parseHTML(html);
  return new Readability(document).parse()?.textContent ?? '';
}

const has = (body: string, s: string): boolean => collapse(body).includes(collapse(s));
const clip = (s: string, n = 90): string => (s.length > n ? `${s.slice(0, n)}…` : s);

function snippetReport(page: BenchPage, body: string, lines: string[]): [number, number] {
  const missed = (page.truth.with ?? []).filter((s) => !has(body, s));
  const kept = (page.truth.without ?? []).filter((s) => has(body, s));
  if (missed.length + kept.length === 0) return [0, 0];
  const rb = readabilityText(page.html);
  lines.push(`== ${page.id}  missed ${missed.length}  kept ${kept.length}  (${page.url})`);
  for (const s of missed) lines.push(`  - MISS ${has(rb, s) ? '[R ok]' : '[R miss]'} ${JSON.stringify(clip(s))}\n      at ${domPath(page.html, s)}`);
  for (const s of kept) lines.push(`  + KEPT ${has(rb, s) ? '[R kept]' : '[R ok]'} ${JSON.stringify(clip(s))}\n      at ${domPath(page.html, s)}`);
  return [missed.length, kept.length];
}

function bodyReport(page: BenchPage, body: string, score: PageBodyScore, lines: string[]): void {
  const truth = page.truth.articleBody ?? '';
  const truthLines = truth.split('\n').map(collapse).filter(Boolean);
  const gotLines = body.split('\n').map(collapse).filter(Boolean);
  const gotAll = collapse(body);
  const truthAll = collapse(truth);
  lines.push(`== ${page.id}  P ${score.precision?.toFixed(3) ?? '-'}  R ${score.recall?.toFixed(3) ?? '-'}  (${page.url})`);
  for (const l of truthLines.filter((l) => !gotAll.includes(l)).slice(0, 6)) lines.push(`  - LOST ${JSON.stringify(clip(l))}\n      at ${domPath(page.html, l.slice(0, 60))}`);
  for (const l of gotLines.filter((l) => !truthAll.includes(l)).slice(0, 6)) lines.push(`  + ADDED ${JSON.stringify(clip(l))}\n      at ${domPath(page.html, l.slice(0, 60))}`);
}

const ids = opts.id ? new Set(opts.id.split(',')) : null;
const pages = loadPages(opts.data, opts.limit ? Number(opts.limit) : undefined).filter((p) => !ids || ids.has(p.id));
const snippets = new SnippetScore();
const scored: [BenchPage, string, PageBodyScore][] = [];
const reports: [number, string[]][] = [];
for (const page of pages) {
  const body = blocksText(extractWithPrintedBody(page.html, page.url).printedBody);
  if (page.truth.with || page.truth.without) {
    snippets.add(body, page.truth.with ?? [], page.truth.without ?? []);
    if (!opts.quiet) {
      const lines: string[] = [];
      const [m, k] = snippetReport(page, body, lines);
      if (lines.length > 0) reports.push([m + k, lines]);
    }
  }
  if (typeof page.truth.articleBody === 'string') scored.push([page, body, scoreBodyPage(page.truth.articleBody, body)]);
}

const max = Number(opts.max);
if (!opts.quiet) {
  reports.sort((a, b) => b[0] - a[0]);
  for (const [, lines] of reports.slice(0, max)) console.log(lines.join('\n'));
  const worst = scored
    .map(([p, b, s]) => [p, b, s, Math.min(s.precision ?? 0, s.recall ?? 0)] as const)
    .filter(([, , , f]) => f < 0.98)
    .sort((a, b) => a[3] - b[3])
    .slice(0, max);
  for (const [p, b, s] of worst) {
    const lines: string[] = [];
    bodyReport(p, b, s, lines);
    console.log(lines.join('\n'));
  }
}
if (scored.length > 0) console.log(JSON.stringify(scoreBodyCorpus(scored.map(([, , s]) => s))));
if (reports.length > 0 || snippets.totals().totalWith > 0) console.log(JSON.stringify({ pages: pages.length, ...snippets.totals() }));
