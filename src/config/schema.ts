import { z } from 'zod';

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

const httpUrl = z
  .string()
  .url()
  .refine((u) => /^https?:\/\//i.test(u), 'must be an http(s) URL');

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and "-" only');

/** "News/Politics": one or two levels. */
const categoryPath = z.string().regex(/^[A-Z][\w &-]*(\/[A-Z][\w &-]*)?$/, 'a category such as "News/Politics"');

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
  })
  .strict()
  .superRefine((c, ctx) => {
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
