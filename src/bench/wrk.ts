import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

export const WRK = process.env.WRK ?? '/usr/bin/wrk';

export interface WrkResult {
  rps: number;
  p50_ms: number;
  p99_ms: number;
  requests: number;
  /** Answers other than 2xx/3xx, and socket errors (connect, read, write, timeout). */
  errors: number;
}

const UNIT_MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60_000 };

function duration(text: string, what: string): number {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(text);
  if (!m) throw new Error(`wrk output: ${what} "${text}" is not a duration`);
  return Number(m[1]) * UNIT_MS[m[2]!]!;
}

/** The figures of wrk's `--latency` report; throws naming what is missing when the text is not one. */
export function parseWrk(output: string): WrkResult {
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(output);
  const p50 = /^\s+50%\s+(\S+)/m.exec(output);
  const p99 = /^\s+99%\s+(\S+)/m.exec(output);
  const requests = /(\d+) requests in/.exec(output);
  if (!rps || !p50 || !p99 || !requests) throw new Error(`wrk output without ${!rps ? 'Requests/sec' : !requests ? 'a request count' : 'a latency distribution'}:\n${output}`);
  const non2xx = /Non-2xx or 3xx responses:\s+(\d+)/.exec(output);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const socketErrors = socket ? socket.slice(1).reduce((n, x) => n + Number(x), 0) : 0;
  return {
    rps: Number(rps[1]),
    p50_ms: duration(p50[1]!, '50th percentile'),
    p99_ms: duration(p99[1]!, '99th percentile'),
    requests: Number(requests[1]),
    errors: Number(non2xx?.[1] ?? 0) + socketErrors,
  };
}

/** One wrk run: one thread (it shares the cores with the server), `connections` kept open for `seconds`. */
export function runWrk(url: string, o: { connections: number; seconds: number; headers?: Record<string, string> }): Promise<WrkResult> {
  if (!existsSync(WRK)) throw new Error(`wrk not found at ${WRK}: install Debian's wrk (apt-get install wrk) or set WRK`);
  const args = ['-t1', `-c${o.connections}`, `-d${o.seconds}s`, '--latency'];
  for (const [name, value] of Object.entries(o.headers ?? {})) args.push('-H', `${name}: ${value}`);
  args.push(url);
  return new Promise((resolve, reject) => {
    const child = spawn(WRK, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`wrk exited with ${code}:\n${out}`));
      try {
        resolve(parseWrk(out));
      } catch (err) {
        reject(err);
      }
    });
  });
}
