import { FetchError } from './types.ts';

/**
 * Per-host politeness: a bounded number of requests in flight, a minimum gap between request starts, and backoff
 * after 429/503. A host in backoff fails fast with the remaining wait, so callers reschedule instead of sleeping.
 */

export interface HostQueueOptions {
  perHostConcurrency: number;
  perHostDelayMs: number;
  maxBackoffMs: number;
}

export interface HostStatus {
  host: string;
  inFlight: number;
  queued: number;
  /** Gap between request starts now in force (configured delay raised by Crawl-delay). */
  delayMs: number;
  /** Epoch ms until which requests fail fast, or null. */
  backoffUntil: number | null;
  /** 429/503 answers in a row. */
  consecutiveBackoffs: number;
}

interface HostState {
  inFlight: number;
  waiting: (() => void)[];
  nextStart: number;
  delayMs: number;
  backoffUntil: number;
  backoffStatus: number;
  consecutiveBackoffs: number;
}

/** Time source, replaceable so tests can run the schedule on a virtual clock. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const realClock: Clock = { now: Date.now, sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };

const FIRST_BACKOFF_MS = 30_000;
/** A robots.txt Crawl-delay above this is treated as this: we would rather skip a host than wait hours. */
export const MAX_CRAWL_DELAY_MS = 60_000;

export class HostQueue {
  private readonly hosts = new Map<string, HostState>();

  constructor(
    private readonly options: HostQueueOptions,
    private readonly clock: Clock = realClock,
  ) {}

  /**
   * Runs `task` when the host has a free slot and its gap has passed. `crawlDelayMs` (from robots.txt) raises the
   * gap. Throws FetchError 'http_status' without running the task while the host is in backoff.
   */
  async run<T>(host: string, url: string, task: () => Promise<T>, crawlDelayMs = 0): Promise<T> {
    const state = this.state(host);
    state.delayMs = Math.max(this.options.perHostDelayMs, Math.min(crawlDelayMs, MAX_CRAWL_DELAY_MS));
    this.failIfBackingOff(state, host, url);
    if (state.inFlight >= this.options.perHostConcurrency) {
      await new Promise<void>((resolve) => state.waiting.push(resolve));
    } else state.inFlight++;
    try {
      const start = Math.max(this.clock.now(), state.nextStart);
      state.nextStart = start + state.delayMs;
      const wait = start - this.clock.now();
      if (wait > 0) await this.clock.sleep(wait);
      this.failIfBackingOff(state, host, url);
      return await task();
    } finally {
      const next = state.waiting.shift();
      if (next) next();
      else state.inFlight--;
    }
  }

  /** Records a 429/503: Retry-After when given, else 30 s doubling with each one in a row; capped by maxBackoffMs. */
  backOff(host: string, status: number, retryAfterMs?: number): number {
    const state = this.state(host);
    state.consecutiveBackoffs++;
    const wait = Math.min(
      retryAfterMs ?? FIRST_BACKOFF_MS * 2 ** Math.min(state.consecutiveBackoffs - 1, 20),
      this.options.maxBackoffMs,
    );
    state.backoffUntil = Math.max(state.backoffUntil, this.clock.now() + wait);
    state.backoffStatus = status;
    return state.backoffUntil - this.clock.now();
  }

  /** Any answer other than 429/503 ends the run of backoffs. */
  succeeded(host: string): void {
    const state = this.hosts.get(host);
    if (state) state.consecutiveBackoffs = 0;
  }

  hostStatus(host: string): HostStatus {
    const state = this.state(host);
    return {
      host,
      inFlight: state.inFlight,
      queued: state.waiting.length,
      delayMs: state.delayMs,
      backoffUntil: state.backoffUntil > this.clock.now() ? state.backoffUntil : null,
      consecutiveBackoffs: state.consecutiveBackoffs,
    };
  }

  private failIfBackingOff(state: HostState, host: string, url: string): void {
    const remaining = state.backoffUntil - this.clock.now();
    if (remaining > 0) {
      const message = `host ${host} is backing off after HTTP ${state.backoffStatus}; retry in ${Math.ceil(remaining / 1000)} s`;
      throw new FetchError('http_status', url, message, state.backoffStatus, remaining);
    }
  }

  private state(host: string): HostState {
    let state = this.hosts.get(host);
    if (!state) {
      state = {
        inFlight: 0,
        waiting: [],
        nextStart: 0,
        delayMs: this.options.perHostDelayMs,
        backoffUntil: 0,
        backoffStatus: 0,
        consecutiveBackoffs: 0,
      };
      this.hosts.set(host, state);
    }
    return state;
  }
}
