import http from 'node:http';
import https from 'node:https';
import zlib from 'node:zlib';
import type { AddressGuard } from './address-guard.ts';
import { FetchError, type FetchLimits } from './types.ts';

/** One HTTP exchange, no redirects: guarded connect, timeouts, and a size cap before and after decompression. */

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  /** Decompressed; empty unless the status is 2xx. */
  body: Buffer;
}

export interface ExchangeOptions {
  headers: Record<string, string>;
  limits: FetchLimits;
  guard: AddressGuard;
  agents: { http: http.Agent; https: https.Agent };
  signal?: AbortSignal;
}

export function exchange(url: URL, options: ExchangeOptions): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const { limits } = options;
    let settled = false;
    let stopBody = () => {};
    const timers: NodeJS.Timeout[] = [];
    const finish = (err: unknown, value?: RawResponse) => {
      if (settled) return;
      settled = true;
      timers.forEach(clearTimeout);
      options.signal?.removeEventListener('abort', onAbort);
      if (err) {
        stopBody();
        req.destroy();
        reject(asFetchError(err, url.href));
      } else resolve(value!);
    };
    const fail = (code: 'timeout' | 'too_large' | 'decompression' | 'network', message: string) =>
      finish(new FetchError(code, url.href, message));
    const onAbort = () => fail('network', 'aborted by the caller');

    try {
      options.guard.checkLiteral(url);
      if (options.signal?.aborted) throw new FetchError('network', url.href, 'aborted by the caller');
    } catch (err) {
      settled = true;
      reject(err);
      return;
    }

    const transport = url.protocol === 'https:' ? https : http;
    const req = transport.request(url, {
      method: 'GET',
      headers: options.headers,
      agent: url.protocol === 'https:' ? options.agents.https : options.agents.http,
      lookup: options.guard.lookupFor(url.href),
    });
    req.on('error', (err) => finish(err));
    timers.push(setTimeout(() => fail('timeout', `no response within ${limits.timeoutMs} ms`), limits.timeoutMs));
    const connectTimer = setTimeout(() => fail('timeout', `no connection within ${limits.connectTimeoutMs} ms`), limits.connectTimeoutMs);
    timers.push(connectTimer);
    req.on('socket', (socket) => {
      if (socket.connecting) socket.once('connect', () => clearTimeout(connectTimer));
      else clearTimeout(connectTimer);
    });
    options.signal?.addEventListener('abort', onAbort);
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      const headers = flattenHeaders(res.headers);
      if (status < 200 || status > 299) {
        discard(res, limits.timeoutMs);
        return finish(null, { status, headers, body: Buffer.alloc(0) });
      }
      const declared = Number(headers['content-length']);
      if (declared > limits.maxBodyBytes) {
        return fail('too_large', `Content-Length ${declared} exceeds the ${limits.maxBodyBytes}-byte cap`);
      }
      stopBody = readBody(res, url.href, headers['content-encoding'], limits.maxBodyBytes, (err, body) =>
        err ? finish(err) : finish(null, { status, headers, body: body! }),
      );
    });
    req.end();
  });
}

/**
 * Streams the body, counting wire bytes and decompressed bytes against the cap. Decompressed output is consumed as
 * it is produced and the stream is torn down at the cap, so a decompression bomb never inflates past it.
 */
function readBody(
  res: http.IncomingMessage,
  url: string,
  encoding: string | undefined,
  cap: number,
  done: (err: Error | null, body?: Buffer) => void,
): () => void {
  const chunks: Buffer[] = [];
  let wire = 0;
  let size = 0;
  let decoder: zlib.Gunzip | zlib.Inflate | zlib.InflateRaw | zlib.BrotliDecompress | null = null;
  let over = false;
  const stop = () => {
    over = true;
    decoder?.destroy();
    res.destroy();
  };
  const tooLarge = (what: string) => {
    stop();
    done(new FetchError('too_large', url, `${what} exceeds the ${cap}-byte cap`));
  };
  const collect = (chunk: Buffer) => {
    if (over) return;
    size += chunk.length;
    if (size > cap) return tooLarge('decompressed body');
    chunks.push(chunk);
  };
  const coding = (encoding ?? 'identity').trim().toLowerCase();
  if (!['identity', '', 'gzip', 'x-gzip', 'deflate', 'br'].includes(coding)) {
    res.destroy();
    done(new FetchError('decompression', url, `unsupported Content-Encoding "${encoding}"`));
    return stop;
  }
  const startDecoder = (first: Buffer) => {
    if (coding === 'gzip' || coding === 'x-gzip') decoder = zlib.createGunzip();
    else if (coding === 'br') decoder = zlib.createBrotliDecompress();
    // "deflate" is meant to be zlib-wrapped, but some servers send raw deflate; the zlib header tells them apart.
    else decoder = isZlibHeader(first) ? zlib.createInflate() : zlib.createInflateRaw();
    decoder.on('data', collect);
    decoder.on('error', (err) => {
      if (over) return;
      over = true;
      res.destroy();
      done(new FetchError('decompression', url, `corrupt ${coding} body: ${err.message}`));
    });
    decoder.on('end', () => !over && done(null, Buffer.concat(chunks)));
  };
  const compressed = coding !== 'identity' && coding !== '';
  res.on('data', (chunk: Buffer) => {
    if (over) return;
    wire += chunk.length;
    if (wire > cap) return tooLarge('body on the wire');
    if (!compressed) return collect(chunk);
    if (!decoder) startDecoder(chunk);
    decoder!.write(chunk);
  });
  res.on('end', () => {
    if (over) return;
    if (!compressed) return done(null, Buffer.concat(chunks));
    if (!decoder) return done(null, Buffer.alloc(0));
    decoder.end();
  });
  res.on('error', (err) => !over && done(err));
  res.on('close', () => !over && !res.complete && done(new FetchError('network', url, 'connection closed before the body ended')));
  return stop;
}

/** Bodies of error and redirect responses are unused; drain a little to keep the connection, never an endless one. */
const DRAIN_LIMIT = 64 * 1024;

function discard(res: http.IncomingMessage, timeoutMs: number): void {
  let drained = 0;
  const timer = setTimeout(() => res.destroy(), timeoutMs);
  res.on('close', () => clearTimeout(timer));
  res.on('error', () => {});
  res.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > DRAIN_LIMIT) res.destroy();
  });
}

function isZlibHeader(b: Buffer): boolean {
  return b.length >= 2 && (b[0]! & 0x0f) === 8 && ((b[0]! << 8) | b[1]!) % 31 === 0;
}

function flattenHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) out[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return out;
}

const CONNECT_ERRORS = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL', 'ECONNRESET']);

function asFetchError(err: unknown, url: string): FetchError {
  if (err instanceof FetchError) return err.url === url ? err : new FetchError(err.code, url, err.message.slice(err.url.length + 2));
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN' || e.code === 'ENODATA') {
    return new FetchError('dns', url, `cannot resolve host (${e.code})`);
  }
  if (e.code && CONNECT_ERRORS.has(e.code)) return new FetchError('connect', url, `connection failed (${e.code})`);
  if (e.code?.startsWith('ERR_TLS') || e.code?.includes('CERT')) return new FetchError('connect', url, `TLS failed: ${e.message}`);
  return new FetchError('network', url, e.message || String(err));
}
