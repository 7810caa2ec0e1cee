import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LineCounter, parseDocument, stringify, type Document } from 'yaml';
import type { z } from 'zod';
import { CONFIG_PATH_ENV, ENV_OPTIONS, readEnvValue, type EnvOption } from './env.ts';
import { configSchema, type Config } from './schema.ts';

export const DEFAULT_CONFIG_FILE = 'foreigndesk.config.yaml';

/** Every problem found in the configuration, one per line, each naming the file (or variable) and key. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`invalid configuration (${file}):\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * The validated configuration: the YAML file (option `path`, else $FOREIGNDESK_CONFIG, else
 * ./foreigndesk.config.yaml), then environment overrides, then the schema's defaults. Without an explicit
 * file, a missing default file means "all defaults"; a file named explicitly must exist.
 */
export function loadConfig(opts: { path?: string; env?: NodeJS.ProcessEnv; table?: EnvOption[] } = {}): Config {
  const env = opts.env ?? process.env;
  const explicit = opts.path ?? (env[CONFIG_PATH_ENV] || undefined);
  const file = explicit ?? DEFAULT_CONFIG_FILE;
  const text = readConfigFile(file, explicit !== undefined);
  const lines = new LineCounter();
  const doc = parseDocument(text ?? '', { lineCounter: lines, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ConfigError(file, doc.errors.map((e) => `${file}:${e.linePos?.[0].line}:${e.linePos?.[0].col}: ${firstLine(e.message)}`));
  }
  const raw: unknown = doc.toJS() ?? {};
  if (!isRecord(raw)) throw new ConfigError(file, [`${file}: the top level must be a mapping of options, not ${describe(raw)}`]);

  const problems: string[] = [];
  const fromEnv = new Map<string, string>();
  for (const option of opts.table ?? ENV_OPTIONS) {
    const where = keyPath(option.path, raw);
    if (option.secret && getIn(raw, option.path) !== undefined) {
      problems.push(`${locate(file, doc, lines, option.path)}: ${where} is a secret; set it with the environment variable ${option.env}, not in the file`);
    }
    const text = env[option.env];
    if (text === undefined || text === '') continue;
    const read = readEnvValue(option.kind, text);
    if ('error' in read) problems.push(`environment ${option.env} (${where}): ${read.error}`);
    else {
      setIn(raw, option.path, read.value);
      fromEnv.set(option.path.join('.'), option.env);
    }
  }

  const result = configSchema.safeParse(raw);
  if (!result.success) {
    for (const issue of result.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const name of issue.keys) {
          problems.push(describeIssue({ ...issue, path: [...issue.path, name], message: 'unknown option' }, raw, file, doc, lines, fromEnv));
        }
      } else problems.push(describeIssue(issue, raw, file, doc, lines, fromEnv));
    }
  }
  if (problems.length > 0 || !result.success) throw new ConfigError(file, problems);
  return result.data;
}

/** The configuration as YAML, secrets and passwords in URLs masked (for `foreigndesk config`). */
export function describeConfig(config: Config, table: EnvOption[] = ENV_OPTIONS): string {
  const copy = structuredClone(config) as unknown as Record<string, unknown>;
  for (const option of table) {
    if (option.secret && getIn(copy, option.path) !== undefined) setIn(copy, option.path, '********');
  }
  if (typeof copy.databaseUrl === 'string') copy.databaseUrl = copy.databaseUrl.replace(/\/\/([^:/@]*):[^@/]*@/, '//$1:********@');
  return stringify(copy);
}

function readConfigFile(file: string, explicit: boolean): string | null {
  try {
    return readFileSync(resolve(file), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' && !explicit) return null;
    const why = code === 'ENOENT' ? 'configuration file not found' : (error as Error).message;
    throw new ConfigError(file, [`${file}: ${why}`]);
  }
}

function describeIssue(issue: z.core.$ZodIssue, raw: Record<string, unknown>, file: string, doc: Document, lines: LineCounter, fromEnv: Map<string, string>): string {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const dotted = path.join('.');
  const envName = [...fromEnv].find(([key]) => dotted === key || dotted.startsWith(`${key}.`))?.[1];
  const where = envName ? `environment ${envName}` : locate(file, doc, lines, path);
  const key = path.length > 0 ? keyPath(path, raw) : '(top level)';
  return `${where}: ${key}: ${issue.message}`;
}

/** "sources[2] (id "elpais").feeds[0]": the key path as the user reads it, with the source id where known. */
export function keyPath(path: (string | number)[], raw: unknown): string {
  let out = '';
  let node: unknown = raw;
  for (const part of path) {
    out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
    node = isRecord(node) || Array.isArray(node) ? (node as Record<string | number, unknown>)[part] : undefined;
    if (typeof part === 'number' && isRecord(node) && typeof node.id === 'string') out += ` (id "${node.id}")`;
  }
  return out;
}

/** file:line:col of the deepest node of `path` that exists in the YAML. */
function locate(file: string, doc: Document, lines: LineCounter, path: (string | number)[]): string {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) {
      const { line, col } = lines.linePos(node.range[0]);
      return `${file}:${line}:${col}`;
    }
  }
  return file;
}

function getIn(obj: unknown, path: string[]): unknown {
  return path.reduce<unknown>((node, key) => (isRecord(node) ? node[key] : undefined), obj);
}

function setIn(obj: Record<string, unknown>, path: string[], value: unknown): void {
  let node = obj;
  for (const key of path.slice(0, -1)) {
    if (!isRecord(node[key])) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]!] = value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  return Array.isArray(value) ? 'a list' : JSON.stringify(value);
}

/** yaml's message without the excerpt and the position we already print. */
function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
