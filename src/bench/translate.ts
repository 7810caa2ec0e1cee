import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Command } from 'commander';
import { ApertiumEngine } from '../translate/engines/apertium.ts';
import { DEFAULT_APERTIUM_DIR, installedModes, routesInto, type ApertiumRoute } from '../translate/engines/apertium/modes.ts';
import { corpusBleu } from '../translate/score/bleu.ts';
import { corpusChrf } from '../translate/score/chrf.ts';
import { namesKept } from '../translate/score/names-kept.ts';

/**
 * `npm run bench:translate -- --data DIR [--langs spa,fra] [--engine apertium] [--json] [--out DIR]`: our
 * Apertium engine against the plain `apertium` CLI on the same lines in the same run, scored against
 * DIR/mt/eng.txt with sacreBLEU-equivalent BLEU and chrF.
 */

/** ISO 639-3 file names of the data → BCP-47 codes the engine speaks. */
const LANGS: Record<string, string> = {
  spa: 'es', cat: 'ca', glg: 'gl', por: 'pt', fra: 'fr', ita: 'it', ron: 'ro',
  eus: 'eu', isl: 'is', mkd: 'mk', hbs: 'sh', epo: 'eo', oci: 'oc',
};

interface LangResult {
  lang: string;
  route: string;
  lines: number;
  bleu: number;
  chrf: number;
  raw_bleu: number;
  raw_chrf: number;
  words_per_s: number;
  raw_words_per_s: number;
  /** Words per CPU-second of every program involved (ours: the pipelines and this process); null without /proc. */
  cpu_words_per_s: number | null;
  raw_cpu_words_per_s: number;
  names_kept: number;
  raw_names_kept: number;
}

const round = (value: number, digits: number): number => Number(value.toFixed(digits));

async function readLines(file: string): Promise<string[]> {
  const text = await readFile(file, 'utf8').catch((error: Error) => {
    throw new Error(`bench:translate: cannot read ${file}: ${error.message}`);
  });
  return text.replace(/\n$/, '').split('\n');
}

/**
 * The raw engine as a user would run it: `apertium -u MODE < FILE`, legs of a pivot piped into each other. The
 * file is opened by the shell because apertium reopens /dev/stdin, which fails on the socket Node would give it.
 */
function runRaw(route: ApertiumRoute, file: string): Promise<{ lines: string[]; cpuSeconds: number }> {
  const pipeline = route.modes.map((mode, i) => `apertium -u ${mode}${i === 0 ? ' < "$0"' : ''}`).join(' | ');
  // `times` reports the CPU its finished children used: every program of the pipeline.
  const command = `${pipeline}; status=$?; times >&2; exit $status`;
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-o', 'pipefail', '-c', command, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let err = '';
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const cpu = /(\d+)m([\d.]+)s (\d+)m([\d.]+)s\s*$/.exec(err);
      if (code !== 0 || !cpu) reject(new Error(`bench:translate: "${pipeline}" exited ${code}: ${err.trim()}`));
      else {
        resolve({
          lines: Buffer.concat(out).toString('utf8').replace(/\n$/, '').split('\n'),
          cpuSeconds: Number(cpu[1]) * 60 + Number(cpu[2]) + Number(cpu[3]) * 60 + Number(cpu[4]),
        });
      }
    });
  });
}

async function benchLanguage(
  lang: string,
  route: ApertiumRoute,
  dataDir: string,
  rounds: number,
  outDir?: string,
): Promise<LangResult> {
  const sourceFile = path.join(dataDir, 'mt', `${lang}.txt`);
  const source = await readLines(sourceFile);
  const reference = await readLines(path.join(dataDir, 'mt', 'eng.txt'));
  if (source.length !== reference.length) {
    throw new Error(`bench:translate: ${lang}.txt has ${source.length} lines but eng.txt has ${reference.length}`);
  }
  const words = source.reduce((sum, line) => sum + line.split(/\s+/).filter(Boolean).length, 0);

  // The machine is shared: alternate the two engines and keep each one's best round, so that a burst of load
  // elsewhere does not decide the comparison.
  let raw: string[] = [];
  let ours: string[] = [];
  let rawSeconds = Infinity;
  let oursSeconds = Infinity;
  let rawCpu = Infinity;
  let oursCpu = Infinity;
  for (let round = 0; round < rounds; round++) {
    let started = performance.now();
    const rawRun = await runRaw(route, sourceFile);
    raw = rawRun.lines;
    rawSeconds = Math.min(rawSeconds, (performance.now() - started) / 1000);
    rawCpu = Math.min(rawCpu, rawRun.cpuSeconds);
    if (raw.length !== source.length) {
      throw new Error(`bench:translate: raw apertium gave ${raw.length} lines for ${source.length} in ${sourceFile}`);
    }
    // A fresh engine each round: its time includes starting the pipelines, as the raw CLI's does.
    const engine = new ApertiumEngine();
    started = performance.now();
    const nodeCpu = process.cpuUsage();
    ours = (await engine.translate(source, route.from, 'en', { format: 'text' })).texts;
    oursSeconds = Math.min(oursSeconds, (performance.now() - started) / 1000);
    const node = process.cpuUsage(nodeCpu);
    const children = await engine.cpuSeconds();
    if (children !== undefined) oursCpu = Math.min(oursCpu, children + (node.user + node.system) / 1e6);
    await engine.close();
  }

  if (outDir) {
    await writeFile(path.join(outDir, `${lang}.txt`), `${ours.join('\n')}\n`);
    await writeFile(path.join(outDir, `${lang}.raw.txt`), `${raw.join('\n')}\n`);
  }
  return {
    lang,
    route: route.route.join('→'),
    lines: source.length,
    bleu: round(corpusBleu(ours, reference).score, 3),
    chrf: round(corpusChrf(ours, reference), 3),
    raw_bleu: round(corpusBleu(raw, reference).score, 3),
    raw_chrf: round(corpusChrf(raw, reference), 3),
    words_per_s: Math.round(words / oursSeconds),
    raw_words_per_s: Math.round(words / rawSeconds),
    cpu_words_per_s: Number.isFinite(oursCpu) ? Math.round(words / oursCpu) : null,
    raw_cpu_words_per_s: Math.round(words / rawCpu),
    names_kept: round(namesKept(source, ours, reference).rate * 100, 2),
    raw_names_kept: round(namesKept(source, raw, reference).rate * 100, 2),
  };
}

function table(results: LangResult[]): string {
  const head = ['lang', 'route', 'BLEU', 'raw', 'chrF', 'raw', 'words/s', 'raw', 'words/CPU-s', 'raw', 'names%', 'raw'];
  const rows = results.map((r) => [
    r.lang, r.route, r.bleu.toFixed(2), r.raw_bleu.toFixed(2), r.chrf.toFixed(2), r.raw_chrf.toFixed(2),
    String(r.words_per_s), String(r.raw_words_per_s), String(r.cpu_words_per_s ?? '-'), String(r.raw_cpu_words_per_s),
    r.names_kept.toFixed(2), r.raw_names_kept.toFixed(2),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  return [head, ...rows].map((row) => row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ')).join('\n');
}

async function main(): Promise<void> {
  const options = new Command('bench:translate')
    .requiredOption('--data <dir>', 'directory holding mt/<lang>.txt and mt/eng.txt')
    .option('--langs <list>', 'comma-separated ISO 639-3 codes (default: every file Apertium can translate)')
    .option('--engine <name>', 'engine to measure', 'apertium')
    .option('--json', 'print one JSON line instead of a table')
    .option('--rounds <n>', 'timed rounds per engine, alternating; the best of each counts', '3')
    .option('--out <dir>', 'write each language\'s output to DIR/<lang>.txt and the raw engine\'s to DIR/<lang>.raw.txt')
    .parse()
    .opts<{ data: string; langs?: string; engine: string; json?: boolean; out?: string; rounds: string }>();
  const rounds = Number(options.rounds);
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`bench:translate: --rounds ${options.rounds}: want a whole number ≥ 1`);
  if (options.engine !== 'apertium') {
    throw new Error(`bench:translate: --engine ${options.engine}: only apertium can be compared with a raw CLI here`);
  }
  const routes = routesInto(await installedModes(DEFAULT_APERTIUM_DIR), 'en');
  if (routes.length === 0) throw new Error(`bench:translate: no Apertium pairs in ${DEFAULT_APERTIUM_DIR} (run npm run setup)`);
  const available = Object.keys(LANGS).filter((l) => existsSync(path.join(options.data, 'mt', `${l}.txt`)));
  const langs = options.langs ? options.langs.split(',').map((l) => l.trim()) : available;
  if (options.out) await mkdir(options.out, { recursive: true });
  const results: LangResult[] = [];
  for (const lang of langs) {
    const code = LANGS[lang];
    const route = routes.find((r) => r.from === code);
    if (!code || !route) {
      if (options.langs) throw new Error(`bench:translate: --langs ${lang}: no Apertium route into English`);
      continue;
    }
    results.push(await benchLanguage(lang, route, options.data, rounds, options.out));
  }
  if (options.json) {
    console.log(JSON.stringify({ bench: 'translate', engine: options.engine, data: options.data, languages: results }));
  } else {
    console.log(table(results));
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
