import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { stringify } from 'yaml';
import { handleHostile, hostileEndpoints, type HostileEndpoints } from './hostile.ts';
import { makeArticles, makeSource, type FixtureArticle, type FixtureSource } from './model.ts';
import { LANGUAGE_ORDER, localeKey } from './outlets.ts';
import { SourceSite, type NewArticle, type Revision } from './site.ts';

/**
 * A local news world on loopback: every source is its own host (127.0.0.2, 127.0.0.3, …, port chosen by the OS),
 * so per-host politeness in a client is per source; the hostile endpoints get a host of their own.
 */

export type { FixtureArticle, FixtureSource } from './model.ts';
export type { HostileEndpoints } from './hostile.ts';
export type { NewArticle, Revision } from './site.ts';

export interface WorldOptions {
  /** Default: one per language. More than the languages repeats them with new outlets. */
  sources?: number;
  articlesPerSource?: number;
  /** NTREX ("spa") or BCP-47 ("es") codes; default all 13. */
  languages?: string[];
  hostile?: boolean;
  seed?: number;
  /** Crawl-delay one host states in robots.txt, in seconds; 0 leaves it out (benchmarks). Default 1. */
  crawlDelay?: number;
}

export interface RequestRecord {
  /** "127.0.0.N:PORT" of the host that answered. */
  host: string;
  path: string;
  method: string;
  headers: IncomingHttpHeaders;
  time: number;
}

/** Plain objects in the shape of src/config/schema.ts `sourceSchema` input. */
export interface SourceConfigInput {
  id: string;
  name: string;
  homepage: string;
  country: string;
  language: string;
  feeds: string[];
  sitemaps: string[];
  sectionPages: string[];
  articleUrlPattern?: string;
  sections: Record<string, string>;
  mode: 'full' | 'excerpt-only';
  pollInterval: string;
}

export interface FixtureWorld {
  sources: FixtureSource[];
  /** Null unless started with `hostile: true`; they live on the two addresses after the sources'. */
  hostile: HostileEndpoints | null;
  /** A whole configuration file for this world; `extra` top-level keys are merged in (objects one level deep). */
  configYaml(extra?: Record<string, unknown>): string;
  sourceConfigs(): SourceConfigInput[];
  /** Ground truth, removed articles included (flagged). Copies: changing them changes nothing. */
  articles(): FixtureArticle[];
  /** Changes the body (by default appends to the last paragraph), the modified time and so the ETag. */
  revise(articleUrl: string, change?: Revision): void;
  /** The article leaves the feeds and answers 410 Gone. */
  remove(articleUrl: string): void;
  /** A new article at the top of the source's feeds; returns its URL. */
  addArticle(sourceId: string, input?: NewArticle): string;
  requestLog(): RequestRecord[];
  close(): Promise<void>;
}

export const HOSTILE_SOURCE_ID = 'la-trampa-digital';

function listen(server: Server, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (err) => reject(new Error(`fixture world: cannot listen on ${host}: ${err.message}`)));
    server.listen(0, host, () => resolve((server.address() as AddressInfo).port));
  });
}

function toConfig(s: FixtureSource): SourceConfigInput {
  const sections: Record<string, string> = {};
  for (const sec of s.sections) {
    sections[sec.slug] = sec.category;
    sections[sec.label] = sec.category;
  }
  return {
    id: s.id,
    name: s.name,
    homepage: s.homepage,
    country: s.country,
    language: s.language,
    feeds: s.feeds,
    sitemaps: s.sitemaps,
    sectionPages: s.sectionPages,
    ...(s.articleUrlPattern ? { articleUrlPattern: s.articleUrlPattern } : {}),
    sections,
    mode: 'full',
    pollInterval: '5m',
  };
}

function hostileConfig(e: HostileEndpoints): SourceConfigInput {
  return {
    id: HOSTILE_SOURCE_ID,
    name: 'La Trampa Digital',
    homepage: `${e.origin}/`,
    country: 'ES',
    language: 'es',
    feeds: [e.feed, e.malformedFeed, e.htmlFeed, e.errorFeed, e.rateLimitedFeed],
    sitemaps: [],
    sectionPages: [],
    sections: {},
    mode: 'full',
    pollInterval: '5m',
  };
}

export async function startFixtureWorld(opts: WorldOptions = {}): Promise<FixtureWorld> {
  const langs = (opts.languages ?? LANGUAGE_ORDER).map(localeKey);
  if (langs.length === 0) throw new Error('fixture world: languages must not be empty');
  const count = opts.sources ?? langs.length;
  const perSource = opts.articlesPerSource ?? 10;
  const seed = opts.seed ?? 1;
  if (!Number.isInteger(count) || count < 1 || count > 250) throw new Error(`fixture world: sources must be 1..250, got ${count}`);
  if (!Number.isInteger(perSource) || perSource < 1) throw new Error(`fixture world: articlesPerSource must be a positive integer, got ${perSource}`);
  const now = Math.floor(Date.now() / 60_000) * 60_000;
  const log: RequestRecord[] = [];
  const servers: Server[] = [];
  const sites: SourceSite[] = [];

  const serve = async (host: string, handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<number> => {
    const server = createServer();
    servers.push(server);
    const port = await listen(server, host);
    server.on('request', (req, res) => {
      log.push({ host: `${host}:${port}`, path: req.url ?? '/', method: req.method ?? 'GET', headers: req.headers, time: Date.now() });
      handler(req, res);
    });
    return port;
  };

  try {
    for (let i = 0; i < count; i++) {
      const host = `127.0.0.${i + 2}`;
      let site: SourceSite | null = null;
      const port = await serve(host, (req, res) => site?.handle(req, res));
      const langKey = langs[i % langs.length] as string;
      const source = makeSource(i, Math.floor(i / langs.length), langKey, host, port, opts.crawlDelay ?? 1);
      site = new SourceSite(source, makeArticles(source, perSource, i, seed, now), i, seed + i);
      sites.push(site);
    }
    let hostile: HostileEndpoints | null = null;
    if (opts.hostile) {
      let endpoints: HostileEndpoints | null = null;
      const handler = (req: IncomingMessage, res: ServerResponse) => endpoints && handleHostile(endpoints, req, res);
      const [main, limited] = [`127.0.0.${count + 2}`, `127.0.0.${count + 3}`];
      const mainPort = await serve(main, handler);
      const limitedPort = await serve(limited, handler);
      endpoints = hostileEndpoints(`http://${main}:${mainPort}`, `http://${limited}:${limitedPort}`);
      hostile = endpoints;
    }
    return buildWorld(sites, hostile, servers, log);
  } catch (err) {
    await closeAll(servers);
    throw err;
  }
}

function closeAll(servers: Server[]): Promise<void> {
  return Promise.all(
    servers.map(
      (s) =>
        new Promise<void>((resolve) => {
          if (!s.listening) return resolve();
          s.close(() => resolve());
          s.closeAllConnections();
        }),
    ),
  ).then(() => undefined);
}

function buildWorld(sites: SourceSite[], hostile: HostileEndpoints | null, servers: Server[], log: RequestRecord[]): FixtureWorld {
  const find = (url: string) => {
    for (const site of sites) {
      const a = url.startsWith(site.source.homepage) ? site.owns(url) : undefined;
      if (a) return { site, a };
    }
    throw new Error(`fixture world: no article at ${url}`);
  };
  const sourceConfigs = () => [...sites.map((s) => toConfig(s.source)), ...(hostile ? [hostileConfig(hostile)] : [])];
  return {
    sources: sites.map((s) => s.source),
    hostile,
    sourceConfigs,
    configYaml(extra = {}) {
      const fetchExtra = (extra.fetch ?? {}) as Record<string, unknown>;
      const doc = { ...extra, fetch: { allowPrivateNetworks: ['127.0.0.0/8'], ...fetchExtra }, sources: sourceConfigs() };
      return stringify(doc);
    },
    articles: () => sites.flatMap((s) => s.articles()).map((a) => structuredClone(a)),
    revise(url, change) {
      const { site, a } = find(url);
      site.revise(a, change);
    },
    remove(url) {
      const { site, a } = find(url);
      site.remove(a);
    },
    addArticle(sourceId, input = {}) {
      const site = sites.find((s) => s.source.id === sourceId);
      if (!site) throw new Error(`fixture world: no source "${sourceId}" (have: ${sites.map((s) => s.source.id).join(', ')})`);
      return site.add(input).url;
    },
    requestLog: () => [...log],
    close: () => closeAll(servers),
  };
}
