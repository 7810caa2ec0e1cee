import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The HTTP shell every fake engine shares: listens on 127.0.0.1 port 0, parses the body, records what was
 * asked, and serves injected faults before the API's own handler sees the request.
 */

export type Fault =
  | { kind: 'rate_limited'; retryAfterSeconds?: number }
  | { kind: 'quota' }
  | { kind: 'server_error'; status?: number }
  | { kind: 'malformed' }
  | { kind: 'hang' }
  /** LLM faults: answer with the source unchanged, or with one item fewer. */
  | { kind: 'echo' }
  | { kind: 'wrong_count' };

export interface FakeRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  /** Raw body text; `json` and `form` hold it parsed when the content type says so. */
  body: string;
  json: unknown;
  form: URLSearchParams | null;
}

export interface FakeAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface FakeApi {
  handle(req: FakeRequest, fault: Fault | undefined): FakeAnswer | Promise<FakeAnswer>;
  /** The API's own shape for a fault answered at the HTTP level (429, quota, 5xx). */
  faultAnswer(fault: Fault): FakeAnswer;
}

export interface FakeServer {
  url: string;
  /** Every request received, in order. */
  requests: FakeRequest[];
  /** Segments received by the translate endpoint, in order (to check what the memory kept back). */
  segments: string[];
  /** The next `times` translate requests meet this fault. */
  fail(fault: Fault, times?: number): void;
  close(): Promise<void>;
}

export interface FakeOptions {
  /** Path test: which requests count as translation requests (faults apply only to them). */
  isTranslate(req: FakeRequest): boolean;
  segmentsOf(req: FakeRequest): string[];
}

export async function startFake(api: FakeApi, options: FakeOptions): Promise<FakeServer> {
  const requests: FakeRequest[] = [];
  const segments: string[] = [];
  const faults: Fault[] = [];

  const server = createServer((req, res) => {
    readBody(req)
      .then(async (body) => {
        const request = parseRequest(req, body);
        requests.push(request);
        const translating = options.isTranslate(request);
        const fault = translating ? faults.shift() : undefined;
        if (fault?.kind === 'hang') return;
        if (fault?.kind === 'malformed') return reply(res, { status: 200, body: '{"translations": [' });
        if (fault && fault.kind !== 'echo' && fault.kind !== 'wrong_count') return reply(res, api.faultAnswer(fault));
        const answer = await api.handle(request, fault);
        if (translating && answer.status === 200) segments.push(...options.segmentsOf(request));
        reply(res, answer);
      })
      .catch((err: Error) => reply(res, { status: 500, body: { error: err.message } }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    segments,
    fail(fault, times = 1) {
      for (let i = 0; i < times; i++) faults.push(fault);
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseRequest(req: IncomingMessage, body: string): FakeRequest {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const type = req.headers['content-type'] ?? '';
  let json: unknown = undefined;
  if (type.includes('application/json') && body) {
    try {
      json = JSON.parse(body);
    } catch {
      json = undefined;
    }
  }
  const form = type.includes('application/x-www-form-urlencoded') ? new URLSearchParams(body) : null;
  return { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, body, json, form };
}

function reply(res: ServerResponse, answer: FakeAnswer): void {
  const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
  res.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8', ...answer.headers });
  res.end(text);
}
