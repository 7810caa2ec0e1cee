/** Reading freshness and retry hints from response headers; pure functions of the headers and the clock. */

/**
 * Seconds the response may be reused: Cache-Control max-age (or s-maxage) minus Age, 0 for no-store / no-cache,
 * else Expires against Date; null when the response states nothing.
 */
export function maxAgeSeconds(headers: Record<string, string>, now = Date.now()): number | null {
  const directives = parseCacheControl(headers['cache-control'] ?? '');
  if (directives.has('no-store') || directives.has('no-cache')) return 0;
  const lifetime = seconds(directives.get('max-age')) ?? seconds(directives.get('s-maxage'));
  if (lifetime !== null) return Math.max(0, lifetime - (seconds(headers['age']) ?? 0));
  const expires = headers['expires'];
  if (expires === undefined) return null;
  const at = Date.parse(expires);
  // An unparsable Expires ("0", "-1") means already expired (RFC 9111 §5.3).
  if (Number.isNaN(at)) return 0;
  const date = Date.parse(headers['date'] ?? '');
  return Math.max(0, Math.floor((at - (Number.isNaN(date) ? now : date)) / 1000));
}

/** Retry-After as milliseconds from now: delay-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Date.parse reads bare numbers such as "-5" as years; an HTTP date always names its weekday or month.
  const at = /[a-z]/i.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

function parseCacheControl(value: string): Map<string, string> {
  const directives = new Map<string, string>();
  for (const part of value.split(',')) {
    const [name, arg] = part.split('=', 2);
    if (name?.trim()) directives.set(name.trim().toLowerCase(), (arg ?? '').trim().replace(/^"|"$/g, ''));
  }
  return directives;
}

function seconds(value: string | undefined): number | null {
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : null;
}
