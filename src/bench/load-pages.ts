import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeHtml } from '../fetch/charset.ts';

/** One page of a benchmark dataset (html/<id>.html.gz + ground-truth.json) with its expected values. */
export interface BenchPage {
  id: string;
  url: string;
  html: string;
  truth: GroundTruth;
}

export interface GroundTruth {
  url?: string | null;
  articleBody?: string;
  title?: string | null;
  authors?: string[] | null;
  published?: string | null;
  with?: string[];
  without?: string[];
}

/** Loads a dataset directory; pages listed in ground-truth.json but missing from html/ are an error naming both. */
export function loadPages(dir: string, limit?: number): BenchPage[] {
  const truthPath = join(dir, 'ground-truth.json');
  let truths: Record<string, GroundTruth>;
  try {
    truths = JSON.parse(readFileSync(truthPath, 'utf8')) as Record<string, GroundTruth>;
  } catch (err) {
    throw new Error(`${truthPath}: cannot read ground truth (${(err as Error).message})`);
  }
  const htmlDir = join(dir, 'html');
  const present = new Set(readdirSync(htmlDir));
  const ids = Object.keys(truths).sort();
  const chosen = limit === undefined ? ids : ids.slice(0, limit);
  return chosen.map((id) => {
    const file = `${id}.html.gz`;
    if (!present.has(file)) throw new Error(`${join(htmlDir, file)}: listed in ${truthPath} but missing`);
    const truth = truths[id] as GroundTruth;
    const bytes = gunzipSync(readFileSync(join(htmlDir, file)));
    return { id, url: truth.url ?? `https://example.invalid/${id}`, html: decodeHtml(bytes, null).text, truth };
  });
}
