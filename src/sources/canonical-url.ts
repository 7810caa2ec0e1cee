import { createHash } from 'node:crypto';

/**
 * One spelling per article URL, so the same article reached from two feeds is stored once.
 *
 * Rules, in order:
 * - scheme and host lower-case, IDN hosts in punycode, default port dropped, fragment dropped;
 * - the scheme is kept as given: an http URL is not assumed to exist over https;
 * - `www.` is kept as given unless `stripWww` is set: many outlets serve different sites on the bare and
 *   www hosts, so merging them is a per-source decision;
 * - the path keeps its trailing slash or lack of one ("/a/" and "/a" may be different resources); an empty
 *   path becomes "/"; dot segments are resolved;
 * - percent-encoding: unreserved characters (A–Z a–z 0–9 - . _ ~) are decoded, other escapes get upper-case
 *   hex, raw non-ASCII is encoded;
 * - tracking parameters are removed, the rest sorted by name (stable, so repeated names keep their order);
 *   an empty query disappears.
 */

const TRACKING_EXACT = new Set([
  'fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'igshid', 'mc_cid', 'mc_eid',
  'ocid', 'cmpid', 'xtor', '_ga', '_gl', '_hsenc', '_hsmi', 'mkt_tok', 'ref_src', 'ref_url', 'smid', 'smtyp',
  's_cid', 'wt.mc_id', 'wt_mc', 'ito', 'cmp', 'spm', 'sr_share', 'vero_id', '__twitter_impression', 'rss',
]);
const TRACKING_PREFIXES = ['utm_', 'ns_', 'at_', 'pk_', 'mtm_', 'oly_', 'hsa_'];

/**
 * `ref` is a tracking tag when its value is a word ("twitter", "homepage", "rss"); an identifier with digits
 * (`ref=48213`) may address the content, so it stays.
 */
function isTracking(name: string, value: string): boolean {
  const key = name.toLowerCase();
  if (TRACKING_EXACT.has(key) || TRACKING_PREFIXES.some((p) => key.startsWith(p))) return true;
  return key === 'ref' && /^[a-z_.-]*$/i.test(value);
}

export function normalizeUrl(url: string, opts: { stripWww?: boolean } = {}): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new Error(`not a valid absolute URL: ${JSON.stringify(url)}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new Error(`not an http(s) URL: ${url}`);
  }
  parsed.hash = '';
  if (parsed.hostname.endsWith('.')) parsed.hostname = parsed.hostname.slice(0, -1);
  if (opts.stripWww && parsed.hostname.startsWith('www.')) parsed.hostname = parsed.hostname.slice(4);
  const path = normalizeEscapes(parsed.pathname);
  const query = normalizeQuery(parsed.search.slice(1));
  return `${parsed.protocol}//${parsed.host}${path}${query ? `?${query}` : ''}`;
}

/** sha256 (hex) of the normalised URL: the key for uniqueness and tombstones. */
export function urlHash(url: string): string {
  return createHash('sha256').update(normalizeUrl(url)).digest('hex');
}

function normalizeQuery(search: string): string {
  const kept = search
    .split('&')
    .filter((part) => part !== '')
    .map((part) => {
      const eq = part.indexOf('=');
      const name = eq < 0 ? part : part.slice(0, eq);
      const value = eq < 0 ? '' : part.slice(eq + 1);
      return { name: normalizeEscapes(name), value: normalizeEscapes(value), raw: eq >= 0 };
    })
    .filter(({ name, value }) => !isTracking(safeDecode(name), safeDecode(value)));
  kept.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return kept.map(({ name, value, raw }) => (raw ? `${name}=${value}` : name)).join('&');
}

const UNRESERVED = /[A-Za-z0-9\-._~]/;

function normalizeEscapes(text: string): string {
  return text.replace(/%([0-9a-fA-F]{2})/g, (_, hex: string) => {
    const char = String.fromCharCode(parseInt(hex, 16));
    return UNRESERVED.test(char) ? char : `%${hex.toUpperCase()}`;
  });
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
