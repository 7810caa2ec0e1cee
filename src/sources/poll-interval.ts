/**
 * When to look at a feed again. Busy feeds are polled more often and quiet ones less, always within
 * [min, max]; the server's own caching advice and any backoff it asked for are never undercut.
 */
export interface PollOutcome {
  /** Interval used for the check that just happened. */
  currentMs: number;
  /** The source's configured interval: where a feed starts and what it drifts back to when unsure. */
  configuredMs: number;
  minMs: number;
  maxMs: number;
  /** Items never seen before in this check; null when the check failed. */
  newItems: number | null;
  notModified: boolean;
  /** Cache-Control max-age / Expires of the response, in seconds. */
  maxAgeSeconds: number | null;
  /** Retry-After the server sent with a 429/503, in ms. */
  retryAfterMs: number | null;
  /** Failures in a row, this one included. */
  consecutiveFailures: number;
}

export function nextPollInterval(o: PollOutcome): number {
  const clamp = (ms: number) => Math.min(o.maxMs, Math.max(o.minMs, Math.round(ms)));
  if (o.newItems === null) {
    const backoff = o.configuredMs * 2 ** Math.min(o.consecutiveFailures, 10);
    return Math.max(clamp(backoff), o.retryAfterMs ?? 0);
  }
  let next: number;
  if (o.newItems >= 3) next = o.currentMs / 2;
  else if (o.newItems > 0) next = o.currentMs * 0.8;
  else next = o.currentMs * 1.5;
  const cached = (o.maxAgeSeconds ?? 0) * 1000;
  return Math.max(clamp(next), Math.min(cached, o.maxMs));
}
