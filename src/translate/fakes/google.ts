import { fakeTranslate, knowsLanguage } from './lexicon.ts';
import { startFake, type FakeAnswer, type FakeRequest, type FakeServer } from './server.ts';

/**
 * Google Cloud Translation as documented: v2 `POST /language/translate/v2?key=…` (`q`, `source`, `target`,
 * `format`) → `{"data": {"translations": [{"translatedText"}]}}`, `GET /language/translate/v2/languages`;
 * v3 `POST /v3/projects/{p}/locations/{l}:translateText` with a bearer token (`contents`, `sourceLanguageCode`,
 * `targetLanguageCode`, `mimeType`, optional `glossaryConfig`) → `{"translations": [...], "glossaryTranslations"}`,
 * `GET …/supportedLanguages`. Errors are `{"error": {"code", "message", "status", "errors"?}}`.
 */

export interface GoogleFakeOptions {
  apiKey: string;
  accessToken: string;
  /** v3 glossaries by full resource name: source → target entries. */
  glossaries?: Record<string, Record<string, string>>;
}

const LANGS = ['de', 'en', 'es', 'fr', 'pt'];
const V3_PATH = /^\/v3\/projects\/([^/]+)\/locations\/([^/:]+)(:translateText|\/supportedLanguages)$/;

function error(code: number, status: string, message: string, reason?: string): FakeAnswer {
  return { status: code, body: { error: { code, message, status, ...(reason ? { errors: [{ message, domain: 'global', reason }] } : {}) } } };
}

export function startGoogleFake(options: GoogleFakeOptions): Promise<FakeServer> {
  return startFake(
    {
      handle(req) {
        if (req.path.startsWith('/language/translate/v2')) return v2(req, options);
        const m = V3_PATH.exec(req.path);
        if (m) return v3(req, options, m[1]!, m[2]!, m[3] === ':translateText');
        return error(404, 'NOT_FOUND', `Method not found: ${req.path}`);
      },
      faultAnswer(fault): FakeAnswer {
        if (fault.kind === 'rate_limited') {
          const answer = error(429, 'RESOURCE_EXHAUSTED', "Quota exceeded for quota metric 'Number of requests' and limit 'requests per minute'", 'rateLimitExceeded');
          if (fault.retryAfterSeconds !== undefined) answer.headers = { 'retry-after': String(fault.retryAfterSeconds) };
          return answer;
        }
        if (fault.kind === 'quota') return error(403, 'PERMISSION_DENIED', 'Daily Limit Exceeded', 'dailyLimitExceeded');
        const status = fault.kind === 'server_error' ? (fault.status ?? 500) : 500;
        return error(status, status === 503 ? 'UNAVAILABLE' : 'INTERNAL', 'Internal error encountered.', 'backendError');
      },
    },
    {
      isTranslate: (r) => r.method === 'POST',
      segmentsOf: (r) => {
        const body = (r.json ?? {}) as { q?: string[]; contents?: string[] };
        return body.q ?? body.contents ?? [];
      },
    },
  );
}

function v2(req: FakeRequest, options: GoogleFakeOptions): FakeAnswer {
  const key = req.query.get('key');
  if (!key) return error(403, 'PERMISSION_DENIED', 'The request is missing a valid API key.', 'forbidden');
  if (key !== options.apiKey) return error(400, 'INVALID_ARGUMENT', 'API key not valid. Please pass a valid API key.', 'badRequest');
  if (req.method === 'GET' && req.path === '/language/translate/v2/languages') {
    return { status: 200, body: { data: { languages: LANGS.map((language) => ({ language, name: language })) } } };
  }
  if (req.method !== 'POST' || req.path !== '/language/translate/v2') return error(404, 'NOT_FOUND', 'Not found');
  const body = (req.json ?? {}) as { q?: unknown; source?: string; target?: string; format?: string };
  const q = Array.isArray(body.q) ? (body.q as string[]) : typeof body.q === 'string' ? [body.q] : null;
  if (!q) return error(400, 'INVALID_ARGUMENT', 'Required Text', 'required');
  if (!body.target || !LANGS.includes(body.target)) return error(400, 'INVALID_ARGUMENT', 'Invalid Value', 'invalid');
  if (body.source && !knowsLanguage(body.source)) return error(400, 'INVALID_ARGUMENT', 'Bad language pair: {0}', 'badRequest');
  if (q.length > 128) return error(400, 'INVALID_ARGUMENT', 'Too many text segments', 'invalid');
  const from = body.source ?? 'es';
  return { status: 200, body: { data: { translations: q.map((s) => ({ translatedText: fakeTranslate(s, from) })) } } };
}

function v3(req: FakeRequest, options: GoogleFakeOptions, project: string, location: string, translate: boolean): FakeAnswer {
  if (req.headers.authorization !== `Bearer ${options.accessToken}`) {
    return error(401, 'UNAUTHENTICATED', 'Request had invalid authentication credentials. Expected OAuth 2 access token.');
  }
  if (!translate) {
    if (req.method !== 'GET') return error(404, 'NOT_FOUND', 'Not found');
    return { status: 200, body: { languages: LANGS.map((languageCode) => ({ languageCode, supportSource: true, supportTarget: true })) } };
  }
  const body = (req.json ?? {}) as {
    contents?: string[];
    sourceLanguageCode?: string;
    targetLanguageCode?: string;
    mimeType?: string;
    glossaryConfig?: { glossary?: string };
  };
  if (!Array.isArray(body.contents)) return error(400, 'INVALID_ARGUMENT', 'Empty contents.');
  if (!body.targetLanguageCode || !LANGS.includes(body.targetLanguageCode)) return error(400, 'INVALID_ARGUMENT', 'Target language is invalid.');
  if (body.sourceLanguageCode && !knowsLanguage(body.sourceLanguageCode)) return error(400, 'INVALID_ARGUMENT', 'Source language is invalid.');
  if (body.mimeType && !['text/html', 'text/plain'].includes(body.mimeType)) return error(400, 'INVALID_ARGUMENT', 'Unsupported mime type.');
  const from = body.sourceLanguageCode ?? 'es';
  const model = `projects/${project}/locations/${location}/models/general/nmt`;
  const plain = body.contents.map((s) => ({ translatedText: fakeTranslate(s, from), model }));
  const glossaryName = body.glossaryConfig?.glossary;
  if (!glossaryName) return { status: 200, body: { translations: plain } };
  const entries = options.glossaries?.[glossaryName];
  if (!entries) return error(404, 'NOT_FOUND', `Glossary not found: ${glossaryName}`);
  const glossaryTranslations = body.contents.map((s) => ({ translatedText: fakeTranslate(s, from, entries), model, glossaryConfig: { glossary: glossaryName } }));
  return { status: 200, body: { translations: plain, glossaryTranslations } };
}
