import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Apertium's installed translation directions, read from `<datadir>/modes/*.mode`, and the routes into English
 * built from them: a direct pair where one exists, otherwise a pivot through Spanish.
 */

export const DEFAULT_APERTIUM_DIR = '/usr/share/apertium';

/** BCP-47 primary subtag ↔ the codes Apertium's mode names use (ISO 639-1 in older pairs, 639-3 in newer ones). */
const CODES: Record<string, string[]> = {
  es: ['es', 'spa'],
  en: ['en', 'eng'],
  ca: ['ca', 'cat'],
  gl: ['gl', 'glg'],
  eu: ['eu', 'eus'],
  is: ['is', 'isl'],
  mk: ['mk', 'mkd'],
  sh: ['sh', 'hbs'],
  hr: ['hbs'],
  sr: ['hbs'],
  bs: ['hbs'],
  eo: ['eo', 'epo'],
  pt: ['pt', 'por'],
  fr: ['fr', 'fra'],
  it: ['it', 'ita'],
  ro: ['ro', 'ron'],
  oc: ['oc', 'oci'],
  an: ['an', 'arg'],
  ast: ['ast'],
};

/** Languages worth reaching through Spanish; measured better than through Catalan for pt, fr, it, ro. */
const PIVOT = 'es';

export interface ApertiumRoute {
  from: string;
  to: string;
  route: string[];
  /** Mode names, one per leg, e.g. ['pt-es', 'spa-eng']. */
  modes: string[];
  /** A mode out of the target language (e.g. 'eng-spa'), whose analyser tells how the target spells a word. */
  targetAnalyser?: string;
}

export async function installedModes(dataDir: string = DEFAULT_APERTIUM_DIR): Promise<Set<string>> {
  let files: string[];
  try {
    files = await readdir(path.join(dataDir, 'modes'));
  } catch {
    return new Set();
  }
  return new Set(files.filter((f) => f.endsWith('.mode')).map((f) => f.slice(0, -'.mode'.length)));
}

function findMode(modes: Set<string>, from: string, to: string): string | undefined {
  for (const a of CODES[from] ?? [from]) {
    for (const b of CODES[to] ?? [to]) {
      if (modes.has(`${a}-${b}`)) return `${a}-${b}`;
    }
  }
  return undefined;
}

/** Every language (in CODES) that reaches `to` directly or through the pivot, with the mode names per leg. */
export function routesInto(modes: Set<string>, to: string): ApertiumRoute[] {
  const routes: ApertiumRoute[] = [];
  for (const from of Object.keys(CODES)) {
    if (from === to) continue;
    const direct = findMode(modes, from, to);
    if (direct) {
      routes.push({ from, to, route: [from, to], modes: [direct], targetAnalyser: findMode(modes, to, from) });
      continue;
    }
    if (from === PIVOT) continue;
    const first = findMode(modes, from, PIVOT);
    const second = findMode(modes, PIVOT, to);
    if (first && second) {
      routes.push({ from, to, route: [from, PIVOT, to], modes: [first, second], targetAnalyser: findMode(modes, to, PIVOT) });
    }
  }
  return routes;
}

/**
 * The shell pipeline of a `.mode` file in null-flush form: every program gets `-z`, as apertium-apy does, so
 * that one long-lived pipeline answers each NUL-terminated chunk as soon as it is complete. `$1` is the
 * generator's mode (`-g`: unknown words keep their marks, which we read and then remove) and `$2` the tagger's
 * extra option (none).
 */
export async function nullFlushCommand(dataDir: string, mode: string): Promise<string> {
  const file = path.join(dataDir, 'modes', `${mode}.mode`);
  return nullFlushPipeline(await readFile(file, 'utf8'), file);
}

/** A structural transfer stage that looks its words up in the bilingual dictionary itself (no `-b`). */
const ARGUMENT = String.raw`('[^']*'|[^\s'-]\S*)`;
const SELF_LOOKUP_TRANSFER = new RegExp(String.raw`^apertium-transfer((?:\s+-[^\sb]\S*)*)\s+${ARGUMENT}\s+${ARGUMENT}\s+${ARGUMENT}$`);

/**
 * `nullFlushCommand` on the text of a mode file (named `file` in errors). A transfer stage that does its own
 * bilingual look-up is split, as the `apertium` command's own mode rewriting does, into `lt-proc -b` and
 * `apertium-transfer -b`: the same translation, but the dictionary loads and runs in a process of its own
 * beside the transfer rules, which was the slowest stage of gl→en, pt→es and ro→es.
 */
export function nullFlushPipeline(modeText: string, file: string): string {
  const text = modeText.trim();
  if (!text) throw new Error(`apertium mode file ${file} is empty`);
  return text
    .split('|')
    .flatMap((stage) => {
      const transfer = SELF_LOOKUP_TRANSFER.exec(stage.trim());
      if (!transfer) return [stage];
      const [, options, rules, compiled, dictionary] = transfer;
      return [`lt-proc -b ${dictionary}`, `apertium-transfer -b${options} ${rules} ${compiled}`];
    })
    .map((stage) => {
      const match = /^\s*(\S+)(.*)$/s.exec(stage);
      if (!match) throw new Error(`apertium mode file ${file}: empty stage in "${text}"`);
      return `${match[1]} -z${match[2]}`;
    })
    .join(' |')
    .replaceAll('$1', '-g')
    .replaceAll('$2', '');
}

/** The bilingual dictionary a mode translates lemmas with, if its `.mode` file names one. */
export async function bilingualDictionary(dataDir: string, mode: string): Promise<string | undefined> {
  const file = path.join(dataDir, 'modes', `${mode}.mode`);
  return /'([^']+\.autobil\.bin)'/.exec(await readFile(file, 'utf8'))?.[1];
}
