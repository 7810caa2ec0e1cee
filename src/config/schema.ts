import { isIP } from 'node:net';
import { z } from 'zod';
import { isCategory } from '../organize/taxonomy.ts';

/**
 * The one typed configuration object. Every option has a default; environment overrides are listed in
 * config/env.ts. A source's `name` is the outlet's own spelling ("El País") and is never derived from its id.
 */

const duration = z
  .union([z.number().int().positive(), z.string().regex(/^\d+(ms|s|m|h|d)$/, 'a duration such as "15m", "90s", "1h"')])
  .transform((v) => (typeof v === 'number' ? v : parseDuration(v)));

export function parseDuration(text: string): number {
  const m = /^(\d+)(ms|s|m|h|d)$/.exec(text);
  if (!m) throw new Error(`not a duration: ${text}`);
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] as 'ms' | 's' | 'm' | 'h' | 'd'];
  return Number(m[1]) * unit;
}

/** Page cache, view counting and rate limits of the site (docs/web-performance.md). */
const rateLimit = (perMinute: number, burst: number) =>
  z
    .object({
      /** Requests a client address may make per minute, on average. */
      perMinute: z.number().positive().default(perMinute),
      /** Requests it may make at once before the average applies. */
      burst: z.number().int().min(1).default(burst),
    })
    .strict()
    .prefault({});

/** A proxy X-Forwarded-For is believed from: an address, a CIDR, or a range proxy-addr names. */
const proxyAddress = z.string().refine((a) => {
  if (['loopback', 'linklocal', 'uniquelocal'].includes(a)) return true;
  const [ip, bits, more] = a.split('/');
  const family = isIP(ip ?? '');
  if (family === 0 || more !== undefined) return false;
  return bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
}, 'an IP address, a CIDR such as "10.0.0.0/8", or loopback, linklocal, uniquelocal');

const webPerformanceOptions = {
  pageCache: z
    .object({
      /** Memory for rendered pages (with their gzip and br variants); least recently used go first. */
      maxBytes: z.number().int().min(0).default(64 * 1024 * 1024),
      /** A cached page is rendered again after this long even when nothing changed, so Trends 24h moves. */
      ttl: duration.default(60_000),
      /** Changes made by other processes on the same database (a worker, a CLI command) show within this long. */
      otherWritersRecheck: z.union([z.literal(0), duration]).default(100),
    })
    .strict()
    .prefault({}),
  /** How often reader views held in memory are written to views_hourly. */
  viewsFlushInterval: duration.default(5_000),
  /** How long hourly view counts are kept: Trends 24h reads the last day; the rest is margin for looking back. */
  viewsRetention: duration.default(7 * 86_400_000).refine((ms) => ms >= 86_400_000, 'must be at least 1d: Trends 24h reads the last 24 hours'),
  rateLimit: z
    .object({ api: rateLimit(300, 60), search: rateLimit(60, 20) })
    .strict()
    .prefault({}),
  /**
   * Whose X-Forwarded-For gives the client address that rate limits key on: nobody's (false: the connection's address),
   * the proxies at these addresses, this many proxy hops, or anyone's (true: only behind a proxy that overwrites the
   * header, as a client can write it too).
   */
  trustProxy: z.union([z.boolean(), z.number().int().min(1), z.array(proxyAddress).min(1)]).default(false),
};

const httpUrl = z
  .string()
  .url()
  .refine((u) => /^https?:\/\//i.test(u), 'must be an http(s) URL');

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and "-" only');

/** "News/Politics": a node of the taxonomy (organize/taxonomy.ts; `foreigndesk categories` lists them). */
const categoryPath = z.string().refine(isCategory, {
  error: (issue) => `"${String(issue.input)}" is not a category of the taxonomy (such as "News/Politics" or "Sport"; \`foreigndesk categories\` lists them all)`,
});

const bcp47 = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a BCP-47 language code such as "es" or "pt-BR"');

const regex = z.string().refine((s) => {
  try {
    new RegExp(s);
    return true;
  } catch {
    return false;
  }
}, 'not a valid regular expression');

export const sourceSchema = z
  .object({
    id: slug,
    name: z.string().min(1),
    homepage: httpUrl,
    country: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 country code such as "ES"'),
    language: bcp47.optional(),
    feeds: z.array(httpUrl).default([]),
    sitemaps: z.array(httpUrl).default([]),
    /** For sites with neither feed nor sitemap: pages listing articles, read for links matching articleUrlPattern. */
    sectionPages: z.array(httpUrl).default([]),
    articleUrlPattern: regex.optional(),
    /** Source section (as the page or URL names it) → our category. */
    sections: z.record(z.string(), categoryPath).default({}),
    extraction: z
      .object({ body: z.string().min(1).optional(), remove: z.array(z.string().min(1)).default([]) })
      .strict()
      .optional(),
    mode: z.enum(['full', 'excerpt-only']).default('full'),
    /** Terms for this source's articles only; they override global terms with the same source term. */
    glossary: z.record(z.string().min(1), z.string().min(1)).optional(),
    pollInterval: duration.default(15 * 60_000),
    enabled: z.boolean().default(true),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.feeds.length + s.sitemaps.length + s.sectionPages.length === 0) {
      ctx.addIssue({ code: 'custom', message: 'needs at least one of feeds, sitemaps or sectionPages' });
    }
    if (s.sectionPages.length > 0 && !s.articleUrlPattern) {
      ctx.addIssue({ code: 'custom', path: ['articleUrlPattern'], message: 'required when sectionPages are given' });
    }
  });

export const ENGINE_NAMES = ['apertium', 'libretranslate', 'deepl', 'google', 'openai'] as const;
export type EngineName = (typeof ENGINE_NAMES)[number];

const budgetLimits = z
  .object({ charsPerDay: z.number().int().positive().optional(), charsPerMonth: z.number().int().positive().optional() })
  .strict();

/** Settings of every engine; only the engines listed in `engines` need theirs (see missingEngineSettings). */
export const translationSchema = z
  .object({
    target: bcp47.default('en'),
    /** Tried in order for each language pair: the first that serves it, is healthy and has budget translates. */
    engines: z.array(z.enum(ENGINE_NAMES)).min(1, 'name at least one engine').default(['apertium']),
    apertium: z
      .object({
        /** Apertium's data directory (holding modes/); default /usr/share/apertium. */
        dataDir: z.string().min(1).optional(),
        /** A language pair's pipeline stops after this long without work (~100 MiB per warm pair). */
        idleStop: duration.default(10 * 60_000),
        timeout: duration.default(120_000),
        protectNames: z.boolean().default(true),
      })
      .strict()
      .prefault({}),
    libretranslate: z.object({ url: httpUrl.optional(), apiKey: z.string().min(1).optional() }).strict().prefault({}),
    deepl: z
      .object({
        apiKey: z.string().min(1).optional(),
        /** Default: DeepL's own server, free or pro as the key says. */
        serverUrl: httpUrl.optional(),
        englishVariant: z.enum(['en-GB', 'en-US']).default('en-GB'),
      })
      .strict()
      .prefault({}),
    google: z
      .object({
        /** v2 takes an API key; v3 a project, a location and an OAuth access token. */
        version: z.enum(['v2', 'v3']).default('v2'),
        url: httpUrl.optional(),
        apiKey: z.string().min(1).optional(),
        project: z.string().min(1).optional(),
        location: z.string().min(1).default('global'),
        accessToken: z.string().min(1).optional(),
        /** v3 glossary resource per pair, keyed "es-en". */
        glossaries: z.record(z.string().regex(/^[a-z]{2,3}-[a-z]{2,3}$/, 'a pair such as "es-en"'), z.string().min(1)).default({}),
      })
      .strict()
      .prefault({}),
    openai: z
      .object({
        /** API base including the version: https://api.openai.com/v1, http://127.0.0.1:8000/v1 (vLLM), … */
        baseUrl: httpUrl.optional(),
        apiKey: z.string().min(1).optional(),
        model: z.string().min(1).optional(),
        /** Languages the model is trusted with; default: the engine's own list. */
        languages: z.array(bcp47).optional(),
      })
      .strict()
      .prefault({}),
    budgets: z
      .object(Object.fromEntries(ENGINE_NAMES.map((n) => [n, budgetLimits.optional()])) as Record<EngineName, z.ZodOptional<typeof budgetLimits>>)
      .strict()
      .default({}),
    /** Source term → English term, for every source ("Naypyidó": "Naypyidaw"). */
    glossary: z.record(z.string().min(1), z.string().min(1)).default({}),
    quality: z
      .object({
        threshold: z.number().min(0).max(1).default(0.6),
        belowThreshold: z.enum(['hold', 'publish-with-notice']).default('hold'),
      })
      .strict()
      .prefault({}),
  })
  .strict();

export type TranslationConfig = z.output<typeof translationSchema>;

/** Settings an engine cannot run without, as key paths under `translation` and what to do about each. */
export function missingEngineSettings(t: TranslationConfig, engine: EngineName): { path: string[]; message: string }[] {
  const need = (ok: unknown, path: string[], message: string) => (ok ? [] : [{ path, message }]);
  switch (engine) {
    case 'apertium':
      return [];
    case 'libretranslate':
      return need(t.libretranslate.url, ['libretranslate', 'url'], 'required when engines lists libretranslate');
    case 'deepl':
      return need(t.deepl.apiKey, ['deepl', 'apiKey'], 'required when engines lists deepl; set FOREIGNDESK_DEEPL_API_KEY');
    case 'google':
      return t.google.version === 'v2'
        ? need(t.google.apiKey, ['google', 'apiKey'], 'required for Google v2 when engines lists google; set FOREIGNDESK_GOOGLE_API_KEY')
        : [
            ...need(t.google.project, ['google', 'project'], 'required for Google v3 when engines lists google'),
            ...need(t.google.accessToken, ['google', 'accessToken'], 'required for Google v3 when engines lists google; set FOREIGNDESK_GOOGLE_ACCESS_TOKEN'),
          ];
    case 'openai':
      return [
        ...need(t.openai.baseUrl, ['openai', 'baseUrl'], 'required when engines lists openai'),
        ...need(t.openai.model, ['openai', 'model'], 'required when engines lists openai'),
      ];
  }
}

export const configSchema = z
  .object({
    /** Where the SQLite file and other state live. */
    dataDir: z.string().default('./data'),
    /** sqlite file path, or a postgres:// URL (scale-out). Default: <dataDir>/foreigndesk.sqlite. */
    databaseUrl: z.string().optional(),
    userAgent: z
      .object({
        product: z.string().default('ForeignDesk/0.1'),
        /** A page telling site owners who we are and how to reach us; sent in every User-Agent. */
        contactUrl: httpUrl.default('https://github.com/foreign-desk/foreign-desk'),
      })
      .strict()
      .default({ product: 'ForeignDesk/0.1', contactUrl: 'https://github.com/foreign-desk/foreign-desk' }),
    fetch: z
      .object({
        /**
         * Off by default (SSRF guard). `true` allows every non-public address; a list of CIDRs allows just those
         * (tests and the demo use ["127.0.0.0/8"] so a redirect to 10.x or 169.254.x is still refused).
         */
        allowPrivateNetworks: z.union([z.boolean(), z.array(z.string().regex(/^[0-9a-f.:]+\/\d{1,3}$/i, 'a CIDR such as "127.0.0.0/8"'))]).default(false),
        connectTimeout: duration.default(10_000),
        timeout: duration.default(30_000),
        maxBodyBytes: z.number().int().positive().default(8 * 1024 * 1024),
        maxRedirects: z.number().int().min(0).max(5).default(5),
        perHostConcurrency: z.number().int().positive().default(1),
        perHostDelay: duration.default(1000),
        maxBackoff: duration.default(6 * 3_600_000),
        respectRobots: z.boolean().default(true),
      })
      .strict()
      .prefault({}),
    ingest: z
      .object({
        /** Bounds for adaptive polling: busy feeds approach min, quiet ones max. */
        minPollInterval: duration.default(5 * 60_000),
        maxPollInterval: duration.default(6 * 3_600_000),
        /** Articles fetched at once across all hosts (each host still gets one at a time). */
        concurrency: z.number().int().positive().default(8),
        /** Articles older than this are not taken in from feeds. */
        maxArticleAge: duration.default(7 * 86_400_000),
        /** Recent articles are fetched again (conditionally) this long after the last fetch, to catch edits and takedowns. */
        recheckAfter: duration.default(6 * 3_600_000),
        /** Only articles published within this window are re-checked. */
        recheckWindow: duration.default(2 * 86_400_000),
      })
      .strict()
      .prefault({}),
    /** Languages the desk expects; language identification is restricted to these. */
    languages: z.array(bcp47).default(['es', 'ca', 'gl', 'pt', 'fr', 'it', 'ro', 'de', 'nl', 'pl', 'ru', 'uk', 'en']),
    sources: z.array(sourceSchema).default([]),
    translation: translationSchema.prefault({}),
    /** The public site (`foreigndesk web`, and the web server inside `foreigndesk run`). */
    web: z
      .object({
        host: z.string().min(1).default('127.0.0.1'),
        port: z.number().int().min(0).max(65535).default(8080),
        /** Public origin for canonical links, OpenGraph and JSON-LD; default http://<host>:<port>. */
        baseUrl: httpUrl.optional(),
        siteName: z.string().min(1).default('Foreign Desk'),
        tagline: z.string().min(1).default("The world's non-English press, in English"),
        ...webPerformanceOptions,
      })
      .strict()
      .prefault({}),
  })
  .strict()
  .superRefine((c, ctx) => {
    c.translation.engines.forEach((engine, i) => {
      const first = c.translation.engines.indexOf(engine);
      if (first !== i) ctx.addIssue({ code: 'custom', path: ['translation', 'engines', i], message: `"${engine}" is listed twice` });
      else for (const m of missingEngineSettings(c.translation, engine)) ctx.addIssue({ code: 'custom', path: ['translation', ...m.path], message: m.message });
    });
    const seen = new Map<string, number>();
    c.sources.forEach((s, i) => {
      const first = seen.get(s.id);
      if (first !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['sources', i, 'id'], message: `duplicate source id "${s.id}" (also sources[${first}])` });
      } else seen.set(s.id, i);
    });
  });

export type Config = z.output<typeof configSchema>;
export type SourceConfig = z.output<typeof sourceSchema>;
