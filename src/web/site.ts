import type { Config } from '../config/schema.ts';

/** What every page says about the site itself. */
export interface SiteInfo {
  name: string;
  tagline: string;
  /** Public origin without a trailing slash, for canonical links and structured data. */
  baseUrl: string;
  /** Top-level categories the enabled sources' section maps file articles under, by name, for the masthead. */
  categories: string[];
}

export function siteInfo(config: Config): SiteInfo {
  const origin = config.web.baseUrl ?? `http://${config.web.host.includes(':') ? `[${config.web.host}]` : config.web.host}:${config.web.port}`;
  const categories = new Set(config.sources.filter((s) => s.enabled).flatMap((s) => Object.values(s.sections).map((c) => c.split('/')[0]!)));
  return { name: config.web.siteName, tagline: config.web.tagline, baseUrl: origin.replace(/\/+$/, ''), categories: [...categories].sort() };
}
