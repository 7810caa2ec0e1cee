import { fakeTranslate } from './lexicon.ts';
import { startFake, type FakeAnswer, type FakeRequest, type FakeServer } from './server.ts';

/**
 * An OpenAI-compatible chat-completions server: `POST /v1/chat/completions` with a bearer key, `model` and
 * `messages` → `{"choices": [{"message": {"role": "assistant", "content"}}], "model", "usage"}`; `GET /v1/models`.
 * Errors are `{"error": {"message", "type", "code"}}`: 401 invalid_api_key, 404 model_not_found, 429
 * rate_limit_exceeded or insufficient_quota, 5xx server_error. It "translates" the request the engine sends
 * (a JSON object whose `segments` are numbered), answering a JSON array; faults `echo` and `wrong_count`
 * give the invalid answers a real model sometimes gives.
 */

export interface OpenAiFakeOptions {
  apiKey: string;
  models: string[];
}

function error(status: number, message: string, type: string, code: string | null): FakeAnswer {
  return { status, body: { error: { message, type, param: null, code } } };
}

export function startOpenAiFake(options: OpenAiFakeOptions): Promise<FakeServer> {
  return startFake(
    {
      handle(req, fault) {
        if (req.headers.authorization !== `Bearer ${options.apiKey}`) {
          return error(401, 'Incorrect API key provided.', 'invalid_request_error', 'invalid_api_key');
        }
        if (req.method === 'GET' && req.path === '/v1/models') {
          return { status: 200, body: { object: 'list', data: options.models.map((id) => ({ id, object: 'model', created: 0, owned_by: 'fake' })) } };
        }
        if (req.method === 'POST' && req.path === '/v1/chat/completions') return complete(req, options, fault?.kind);
        return error(404, `Unknown request URL: ${req.method} ${req.path}`, 'invalid_request_error', 'unknown_url');
      },
      faultAnswer(fault): FakeAnswer {
        if (fault.kind === 'rate_limited') {
          const answer = error(429, 'Rate limit reached for requests', 'requests', 'rate_limit_exceeded');
          if (fault.retryAfterSeconds !== undefined) answer.headers = { 'retry-after': String(fault.retryAfterSeconds) };
          return answer;
        }
        if (fault.kind === 'quota') return error(429, 'You exceeded your current quota, please check your plan and billing details.', 'insufficient_quota', 'insufficient_quota');
        return error(fault.kind === 'server_error' ? (fault.status ?? 500) : 500, 'The server had an error while processing your request.', 'server_error', null);
      },
    },
    { isTranslate: (r) => r.path === '/v1/chat/completions', segmentsOf: (r) => requestOf(r)?.segments.map((s) => s.text) ?? [] },
  );
}

interface TranslationRequest {
  source_language: string;
  target_language: string;
  segments: { n: number; text: string }[];
}

function requestOf(req: FakeRequest): TranslationRequest | null {
  const messages = (req.json as { messages?: { role: string; content: string }[] } | undefined)?.messages ?? [];
  const user = messages.findLast((m) => m.role === 'user');
  try {
    const parsed = JSON.parse(user?.content ?? '') as TranslationRequest;
    return Array.isArray(parsed.segments) ? parsed : null;
  } catch {
    return null;
  }
}

function complete(req: FakeRequest, options: OpenAiFakeOptions, fault: string | undefined): FakeAnswer {
  const body = req.json as { model?: string; messages?: unknown } | undefined;
  if (!body?.model) return error(400, 'you must provide a model parameter', 'invalid_request_error', null);
  if (!options.models.includes(body.model)) return error(404, `The model \`${body.model}\` does not exist`, 'invalid_request_error', 'model_not_found');
  if (!Array.isArray(body.messages)) return error(400, "'messages' is a required property", 'invalid_request_error', null);
  const request = requestOf(req);
  let content: string;
  if (!request) content = 'I can only translate the JSON format described.';
  else {
    let out = request.segments.map((s) => (fault === 'echo' ? s.text : fakeTranslate(s.text, request.source_language)));
    if (fault === 'wrong_count') out = out.slice(1);
    content = '```json\n' + JSON.stringify(out) + '\n```';
  }
  return {
    status: 200,
    body: {
      id: 'chatcmpl-fake',
      object: 'chat.completion',
      created: 0,
      model: `${body.model}-0001`,
      choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
      usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 },
    },
  };
}
