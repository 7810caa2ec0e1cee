import { fakeTranslate, knowsLanguage } from './lexicon.ts';
import { startFake, type FakeAnswer, type FakeRequest, type FakeServer } from './server.ts';

/**
 * A DeepL API v2 server as deepl-node speaks to it: `Authorization: DeepL-Auth-Key …`, form-encoded
 * POST /v2/translate (`text` repeated, `source_lang`, `target_lang`, `tag_handling`, `glossary_id`) →
 * `{"translations": [{"detected_source_language", "text", "billed_characters"}]}`; GET /v2/languages,
 * /v2/usage, /v2/glossary-language-pairs; POST and GET /v2/glossaries. Errors are `{"message": …}` with
 * 400, 403 (key), 429, 456 (quota exceeded) and 5xx.
 */

export interface DeeplFakeOptions {
  authKey: string;
  characterLimit?: number;
}

interface Glossary {
  glossary_id: string;
  name: string;
  ready: boolean;
  source_lang: string;
  target_lang: string;
  creation_time: string;
  entry_count: number;
  entries: Record<string, string>;
}

const SOURCES = ['DE', 'EN', 'ES', 'FR', 'PT'];
const TARGETS = ['DE', 'EN-GB', 'EN-US', 'ES', 'FR', 'PT-BR', 'PT-PT'];

export interface DeeplFake extends FakeServer {
  glossaries: Map<string, Glossary>;
}

export async function startDeeplFake(options: DeeplFakeOptions): Promise<DeeplFake> {
  const glossaries = new Map<string, Glossary>();
  let used = 0;
  const limit = options.characterLimit ?? 500_000;

  const handle = (req: FakeRequest): FakeAnswer => {
    if (req.headers.authorization !== `DeepL-Auth-Key ${options.authKey}`) return { status: 403, body: { message: 'Forbidden' } };
    const route = `${req.method} ${req.path}`;
    if (route === 'GET /v2/languages') {
      const target = req.query.get('type') === 'target';
      return { status: 200, body: (target ? TARGETS : SOURCES).map((language) => ({ language, name: language })) };
    }
    if (route === 'GET /v2/usage') return { status: 200, body: { character_count: used, character_limit: limit } };
    if (route === 'GET /v2/glossary-language-pairs') {
      const pairs = SOURCES.flatMap((s) => SOURCES.filter((t) => t !== s).map((t) => ({ source_lang: s.toLowerCase(), target_lang: t.toLowerCase() })));
      return { status: 200, body: { supported_languages: pairs } };
    }
    if (route === 'GET /v2/glossaries') return { status: 200, body: { glossaries: [...glossaries.values()].map(info) } };
    if (route === 'POST /v2/glossaries') return createGlossary(req.form ?? new URLSearchParams(), glossaries);
    if (route === 'POST /v2/translate') {
      const answer = translate(req.form ?? new URLSearchParams(), glossaries);
      if (answer.status === 200) used += (req.form?.getAll('text') ?? []).reduce((n, t) => n + t.length, 0);
      return answer;
    }
    return { status: 404, body: { message: 'Not found' } };
  };

  const server = await startFake(
    {
      handle,
      faultAnswer(fault): FakeAnswer {
        if (fault.kind === 'rate_limited') {
          const headers: Record<string, string> =
            fault.retryAfterSeconds === undefined ? {} : { 'retry-after': String(fault.retryAfterSeconds) };
          return { status: 429, body: { message: 'Too many requests' }, headers };
        }
        if (fault.kind === 'quota') return { status: 456, body: { message: 'Quota Exceeded' } };
        return { status: fault.kind === 'server_error' ? (fault.status ?? 500) : 500, body: { message: 'Internal Server Error' } };
      },
    },
    { isTranslate: (r) => r.path === '/v2/translate', segmentsOf: (r) => r.form?.getAll('text') ?? [] },
  );
  return Object.assign(server, { glossaries });
}

function info(g: Glossary): Omit<Glossary, 'entries'> {
  const { entries: _entries, ...rest } = g;
  return rest;
}

function createGlossary(form: URLSearchParams, glossaries: Map<string, Glossary>): FakeAnswer {
  const name = form.get('name');
  const source = form.get('source_lang');
  const target = form.get('target_lang');
  if (!name || !source || !target) return { status: 400, body: { message: 'Missing name, source_lang or target_lang' } };
  if (form.get('entries_format') !== 'tsv') return { status: 400, body: { message: "Value for 'entries_format' not supported." } };
  const entries: Record<string, string> = {};
  for (const line of (form.get('entries') ?? '').split('\n')) {
    const [s, t] = line.split('\t');
    if (s && t) entries[s] = t;
  }
  const glossary: Glossary = {
    glossary_id: `g-${glossaries.size + 1}`,
    name,
    ready: true,
    source_lang: source.toLowerCase(),
    target_lang: target.toLowerCase(),
    creation_time: new Date(0).toISOString(),
    entry_count: Object.keys(entries).length,
    entries,
  };
  glossaries.set(glossary.glossary_id, glossary);
  return { status: 201, body: info(glossary) };
}

function translate(form: URLSearchParams, glossaries: Map<string, Glossary>): FakeAnswer {
  const texts = form.getAll('text');
  const target = (form.get('target_lang') ?? '').toUpperCase();
  const source = (form.get('source_lang') ?? '').toUpperCase();
  if (texts.length === 0) return { status: 400, body: { message: "Parameter 'text' not specified." } };
  if (texts.length > 50) return { status: 413, body: { message: 'Too many texts' } };
  if (!TARGETS.includes(target)) return { status: 400, body: { message: "Value for 'target_lang' not supported." } };
  if (source && !knowsLanguage(source.toLowerCase())) return { status: 400, body: { message: "Value for 'source_lang' not supported." } };
  const glossaryId = form.get('glossary_id');
  let entries: Record<string, string> = {};
  if (glossaryId) {
    const g = glossaries.get(glossaryId);
    if (!source) return { status: 400, body: { message: "Use of a glossary requires the 'source_lang' parameter" } };
    if (!g) return { status: 404, body: { message: 'Glossary not found' } };
    entries = g.entries;
  }
  const from = source.toLowerCase();
  return {
    status: 200,
    body: {
      translations: texts.map((text) => ({
        detected_source_language: source || 'ES',
        text: fakeTranslate(text, from, entries),
        billed_characters: text.length,
      })),
    },
  };
}
