import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import type { Charset } from './model.ts';

/** Turning rendered text into the bytes and headers a server sends: charset, validators, conditional GET, compression. */

export interface Payload {
  status: number;
  contentType: string;
  body: Buffer;
  lastModified?: number;
  maxAge?: number;
  headers?: Record<string, string>;
}

const encodable = new Map<Charset, Set<string>>();

function charsOf(charset: Charset): Set<string> {
  let set = encodable.get(charset);
  if (!set) {
    const bytes = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    set = new Set([...iconv.decode(bytes, charset)].filter((c) => c !== '\ufffd'));
    encodable.set(charset, set);
  }
  return set;
}

/** Text in a legacy charset; characters it cannot hold become numeric character references, as old CMSes write them. */
export function encodeMarkup(text: string, charset: Charset): Buffer {
  if (charset === 'utf-8') return Buffer.from(text, 'utf8');
  const set = charsOf(charset);
  let out = '';
  for (const c of text) out += set.has(c) ? c : `&#${c.codePointAt(0)};`;
  return iconv.encode(out, charset);
}

export function etagOf(body: Buffer): string {
  return `"${createHash('sha1').update(body).digest('base64url').slice(0, 20)}"`;
}

function notModified(req: IncomingMessage, etag: string, lastModified: number | undefined): boolean {
  const inm = req.headers['if-none-match'];
  if (inm) return inm.split(',').some((t) => t.trim().replace(/^W\//, '') === etag || t.trim() === '*');
  const ims = req.headers['if-modified-since'];
  if (ims && lastModified !== undefined) {
    const since = Date.parse(ims);
    return !Number.isNaN(since) && Math.floor(lastModified / 1000) <= Math.floor(since / 1000);
  }
  return false;
}

function accepts(req: IncomingMessage, coding: string): boolean {
  const header = String(req.headers['accept-encoding'] ?? '');
  return header.split(',').some((part) => {
    const [name, q] = part.trim().split(';');
    return name?.trim().toLowerCase() === coding && !/q=0(\.0*)?$/.test(q?.trim() ?? '');
  });
}

export function compress(body: Buffer, coding: 'gzip' | 'br'): Buffer {
  return coding === 'gzip' ? gzipSync(body) : brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } });
}

/** Sends a payload with ETag / Last-Modified, answering 304 to a matching conditional GET, compressed when asked. */
export function send(req: IncomingMessage, res: ServerResponse, p: Payload, coding: 'gzip' | 'br' | null): void {
  const headers: Record<string, string> = { 'content-type': p.contentType, ...p.headers };
  const cacheable = p.status === 200;
  if (cacheable) {
    const etag = etagOf(p.body);
    headers.etag = etag;
    if (p.lastModified !== undefined) headers['last-modified'] = new Date(p.lastModified).toUTCString();
    if (p.maxAge !== undefined) headers['cache-control'] = `public, max-age=${p.maxAge}`;
    if (notModified(req, etag, p.lastModified)) {
      delete headers['content-type'];
      res.writeHead(304, headers).end();
      return;
    }
  }
  let body = p.body;
  if (coding) {
    headers.vary = 'Accept-Encoding';
    if (accepts(req, coding) && body.length > 0) {
      body = compress(body, coding);
      headers['content-encoding'] = coding;
    }
  }
  headers['content-length'] = String(body.length);
  res.writeHead(p.status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}
