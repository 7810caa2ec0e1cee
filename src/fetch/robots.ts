import robotsParserModule from 'robots-parser';
import { decodeText } from './charset.ts';
import { FetchError, type FetchResult } from './types.ts';

// robots-parser is CommonJS typed as an ES default export; at run time the module itself is the function.
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default;

/**
 * robots.txt, fetched once per origin and cached. Following Google's rules: a 4xx (other than 429) means no
 * restrictions; a 5xx, a 429 or a network failure means "disallow everything" for a short while, because the site may
 * be struggling and we cannot know what it wants.
 */

export interface RobotsVerdict {
  allowed: boolean;
  /** Crawl-delay for our product token (else "*"), in ms; 0 when unstated. */
  crawlDelayMs: number;
  /** Why a disallow happened, for the error message. */
  reason?: string;
}

type Robot = ReturnType<typeof robotsParser>;

interface Entry {
  expires: number;
  robot: Robot | null;
  /** When robot is null: allow or disallow everything. */
  allowAll: boolean;
  reason?: string;
  /** The host itself is refused by the SSRF guard: the request must fail as such, not as a robots.txt matter. */
  blocked?: FetchError;
}

const DEFAULT_TTL_MS = 24 * 3_600_000;
/** A robots.txt saying max-age=0 must not turn into one extra request per page. */
const MIN_TTL_MS = 60_000;
const FAILURE_TTL_MS = 10 * 60_000;

export class RobotsCache {
  private readonly entries = new Map<string, Promise<Entry>>();

  /** The product token matched against robots.txt groups: "ForeignDesk" from "ForeignDesk/0.1 (+https://…)". */
  private readonly productToken: string;

  /** `fetchRobots` fetches a URL without consulting robots.txt; `userAgent` is the full User-Agent we send. */
  constructor(
    private readonly fetchRobots: (url: string) => Promise<FetchResult>,
    userAgent: string,
    private readonly now: () => number = Date.now,
  ) {
    this.productToken = userAgent.trim().split(/[/\s]/)[0] || '*';
  }

  async check(url: URL): Promise<RobotsVerdict> {
    const entry = await this.entry(url.origin);
    if (entry.blocked) throw new FetchError('blocked_address', url.href, entry.blocked.message.replace(/^.*?: /, ''));
    if (!entry.robot) return { allowed: entry.allowAll, crawlDelayMs: 0, reason: entry.reason };
    const allowed = entry.robot.isAllowed(url.href, this.productToken) ?? true;
    const delay = entry.robot.getCrawlDelay(this.productToken);
    return { allowed, crawlDelayMs: delay && delay > 0 ? delay * 1000 : 0, reason: allowed ? undefined : 'disallowed by robots.txt' };
  }

  /** The `Sitemap:` URLs of an origin's robots.txt. */
  async sitemapsOf(origin: string): Promise<string[]> {
    const entry = await this.entry(new URL(origin).origin);
    return entry.robot?.getSitemaps() ?? [];
  }

  private entry(origin: string): Promise<Entry> {
    const cached = this.entries.get(origin);
    if (cached) {
      return cached.then((entry) => {
        if (entry.expires > this.now()) return entry;
        if (this.entries.get(origin) === cached) this.entries.delete(origin);
        return this.entry(origin);
      });
    }
    const loading = this.load(origin);
    this.entries.set(origin, loading);
    return loading;
  }

  private async load(origin: string): Promise<Entry> {
    const robotsUrl = `${origin}/robots.txt`;
    try {
      const res = await this.fetchRobots(robotsUrl);
      const text = decodeText(res.body, res.headers['content-type']).text;
      const ttl = res.maxAgeSeconds === null ? DEFAULT_TTL_MS : Math.min(Math.max(res.maxAgeSeconds * 1000, MIN_TTL_MS), DEFAULT_TTL_MS);
      // Rules apply to the origin asked about even when robots.txt was reached through a redirect.
      return { expires: this.now() + ttl, robot: robotsParser(robotsUrl, text), allowAll: true };
    } catch (err) {
      if (err instanceof FetchError && err.code === 'blocked_address') {
        return { expires: this.now() + FAILURE_TTL_MS, robot: null, allowAll: false, blocked: err };
      }
      const status = err instanceof FetchError ? err.status : undefined;
      if (status !== undefined && status >= 400 && status < 500 && status !== 429) {
        return { expires: this.now() + DEFAULT_TTL_MS, robot: null, allowAll: true };
      }
      const why = err instanceof FetchError ? (status ? `HTTP ${status}` : err.code) : String(err);
      return { expires: this.now() + FAILURE_TTL_MS, robot: null, allowAll: false, reason: `robots.txt unavailable (${why})` };
    }
  }
}
