import { inBatches, type BatchLimits } from '../segments.ts';
import {
  EngineError,
  type EngineHealth,
  type EngineOutput,
  type LanguagePair,
  type TranslateOptions,
  type TranslationEngine,
} from '../types.ts';
import { DEFAULT_HTTP, answerError, clip, codeForStatus, joinUrl, parseJson, sendWithRetry, type HttpAnswer, type HttpSettings } from './http.ts';
import { checkOutput } from './openai-output.ts';

export interface OpenAiConfig {
  /** API base including the version, as OpenAI clients take it: https://api.openai.com/v1, http://127.0.0.1:8000/v1. */
  url: string;
  /** Local servers (vLLM, Ollama, llama.cpp) often need none. */
  apiKey?: string;
  model: string;
  /** Languages the model is trusted with; every ordered pair among them is served. */
  languages?: string[];
  limits?: Partial<BatchLimits>;
  http?: Partial<HttpSettings>;
}

const NAME = 'openai';
const DEFAULT_LANGUAGES = ['ca', 'de', 'en', 'es', 'fr', 'gl', 'it', 'nl', 'pl', 'pt', 'ro', 'ru', 'uk'];

const SYSTEM_PROMPT = `You are a translation engine for a news desk. The user sends a JSON object with source_language,
target_language and a numbered list of segments. Translate every segment's text faithfully into the target language.
Rules:
- Answer with one JSON array of strings and nothing else: the translation of segment 1, then 2, and so on, exactly
  as many strings as there are segments.
- Keep every HTML tag exactly as it is, with its attributes (href, data-fd), around the corresponding words.
- Copy <span translate="no" …>…</span> elements unchanged, content included.
- Keep names of people, places, organisations and publications as written; do not translate them.
- Keep numbers, dates, URLs and e-mail addresses unchanged.
- Never leave a segment untranslated and never add notes.`;

/** Any OpenAI-compatible chat-completions endpoint, asked for a JSON array and checked before it is believed. */
export class OpenAiEngine implements TranslationEngine {
  readonly name = NAME;
  private readonly limits: BatchLimits;
  private readonly http: HttpSettings;

  constructor(private readonly config: OpenAiConfig) {
    if (!/^https?:\/\//.test(config.url)) throw new Error(`${NAME}: url must be an http(s) URL, got "${config.url}"`);
    if (!config.model) throw new Error(`${NAME}: model is empty`);
    this.limits = { maxSegments: 20, maxChars: 6000, ...config.limits };
    this.http = { ...DEFAULT_HTTP, timeoutMs: 120_000, ...config.http };
  }

  async pairs(): Promise<LanguagePair[]> {
    const langs = this.config.languages ?? DEFAULT_LANGUAGES;
    return langs.flatMap((from) => langs.filter((to) => to !== from).map((to) => ({ from, to, route: [from, to] })));
  }

  async translate(segments: string[], from: string, to: string, options: TranslateOptions): Promise<EngineOutput> {
    let model = this.config.model;
    const texts = await inBatches(segments, this.limits, async (batch) => {
      const first = await this.complete(batch, from, to, options, null);
      let problem = checkOutput(batch, first.content);
      if (typeof problem !== 'string') {
        model = first.model;
        return problem;
      }
      const second = await this.complete(batch, from, to, options, problem);
      problem = checkOutput(batch, second.content);
      if (typeof problem === 'string') {
        throw new EngineError(NAME, 'bad_response', `${this.config.model}: invalid answer twice (${problem})`);
      }
      model = second.model;
      return problem;
    });
    return { texts, engine: NAME, model, route: [from, to], charsBilled: segments.reduce((n, s) => n + s.length, 0) };
  }

  async health(): Promise<EngineHealth> {
    try {
      const answer = await sendWithRetry(NAME, { method: 'GET', url: joinUrl(this.config.url, '/models'), headers: this.headers() }, this.http, toError);
      if (answer.status !== 200) throw toError(answer);
      const body = parseJson(NAME, answer, 'GET /models') as { data?: { id?: unknown }[] };
      const ids = (body.data ?? []).map((m) => m.id);
      if (ids.length > 0 && !ids.includes(this.config.model)) {
        return { ok: false, detail: `model "${this.config.model}" is not among the ${ids.length} served at ${this.config.url}` };
      }
      return { ok: true, detail: `model ${this.config.model} at ${this.config.url}` };
    } catch (err) {
      return { ok: false, detail: (err as Error).message };
    }
  }

  async close(): Promise<void> {}

  private headers(): Record<string, string> {
    return this.config.apiKey ? { authorization: `Bearer ${this.config.apiKey}` } : {};
  }

  private async complete(
    batch: string[],
    from: string,
    to: string,
    options: TranslateOptions,
    previousProblem: string | null,
  ): Promise<{ content: string; model: string }> {
    const request = { source_language: from, target_language: to, segments: batch.map((text, i) => ({ n: i + 1, text })) };
    const system = previousProblem
      ? `${SYSTEM_PROMPT}\nYour previous answer to this request was rejected: ${previousProblem}. Follow the rules exactly.`
      : SYSTEM_PROMPT;
    const json = {
      model: this.config.model,
      temperature: 0,
      messages: [
        { role: 'system', content: system },
        { role: 'user', content: JSON.stringify(request) },
      ],
    };
    const answer = await sendWithRetry(
      NAME,
      { method: 'POST', url: joinUrl(this.config.url, '/chat/completions'), headers: this.headers(), json, ...(options.signal ? { signal: options.signal } : {}) },
      this.http,
      toError,
    );
    if (answer.status !== 200) throw toError(answer);
    const body = parseJson(NAME, answer, 'POST /chat/completions') as { model?: unknown; choices?: { message?: { content?: unknown } }[] };
    const content = body.choices?.[0]?.message?.content;
    if (typeof content !== 'string') throw new EngineError(NAME, 'bad_response', `no message content in ${clip(answer.text)}`);
    return { content, model: typeof body.model === 'string' ? body.model : this.config.model };
  }
}

interface OpenAiError {
  message?: string;
  type?: string;
  code?: string | null;
}

function readError(answer: HttpAnswer): OpenAiError {
  try {
    const body = JSON.parse(answer.text) as { error?: OpenAiError | string };
    if (typeof body.error === 'string') return { message: body.error };
    if (body.error) return body.error;
  } catch {
    // Some compatible servers answer errors in plain text.
  }
  return { message: clip(answer.text) };
}

function describe(answer: HttpAnswer): string {
  const e = readError(answer);
  return [e.code, e.message].filter(Boolean).join(': ');
}

function toError(answer: HttpAnswer): EngineError {
  const e = readError(answer);
  let code = codeForStatus(answer.status);
  if (e.code === 'insufficient_quota' || e.type === 'insufficient_quota') code = 'quota_exceeded';
  else if (e.code === 'model_not_found') code = 'not_configured';
  return answerError(NAME, code, `HTTP ${answer.status} ${describe(answer)}`, answer);
}
