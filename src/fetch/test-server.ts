import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpClient, type HttpClientOptions } from './client.ts';
import { FetchError, type FetchErrorCode } from './types.ts';

/** Helpers for the fetch tests: a throwaway local server, a client with small limits, and error assertions. */

/** A throwaway HTTP server on 127.0.0.1; counts the TCP connections it accepted. */
export interface TestServer {
  origin: string;
  connections: () => number;
  close: () => Promise<void>;
}

export async function startServer(handler: http.RequestListener): Promise<TestServer> {
  const server = http.createServer(handler);
  let connections = 0;
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    connections: () => connections,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Small limits so hostile endpoints fail fast; loopback allowed, every other private range still refused. */
export function testClient(overrides: Partial<HttpClientOptions> = {}): HttpClient {
  return new HttpClient({
    userAgent: 'ForeignDesk/0.1 (+https://example.org/bot)',
    limits: { connectTimeoutMs: 3000, timeoutMs: 5000, maxBodyBytes: 1024 * 1024, maxRedirects: 5 },
    politeness: { perHostConcurrency: 1, perHostDelayMs: 0, respectRobots: false, maxBackoffMs: 3_600_000 },
    allowPrivateNetworks: ['127.0.0.0/8'],
    ...overrides,
  });
}

export async function rejectsWith(promise: Promise<unknown>, code: FetchErrorCode): Promise<FetchError> {
  const err = await promise.then(
    () => assert.fail(`expected FetchError ${code}, got a response`),
    (e: unknown) => e,
  );
  assert.ok(err instanceof FetchError, `expected a FetchError, got ${String(err)}`);
  assert.equal(err.code, code, err.message);
  return err;
}
