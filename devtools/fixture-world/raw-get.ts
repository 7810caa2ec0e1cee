import { request } from 'node:http';

/** A plain HTTP GET that reads at most `maxBytes` of the raw (undecoded) body, for tests against the world. */

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  /** False when the read stopped at `maxBytes` before the server ended the body. */
  complete: boolean;
}

export function rawGet(url: string, opts: { headers?: Record<string, string>; maxBytes?: number } = {}): Promise<RawResponse> {
  const maxBytes = opts.maxBytes ?? 4 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: opts.headers }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
      const done = (complete: boolean) => resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks).subarray(0, maxBytes), complete });
      res.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= maxBytes) {
          res.removeAllListeners('end');
          req.destroy();
          done(false);
        }
      });
      res.on('end', () => done(true));
      res.on('error', () => undefined);
    });
    req.on('error', (err) => reject(new Error(`GET ${url}: ${err.message}`)));
    req.end();
  });
}
