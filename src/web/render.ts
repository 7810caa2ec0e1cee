import type { VNode } from 'preact';
import { render } from 'preact-render-to-string';
import type { Store } from '../store/index.ts';
import type { ArticleCard } from '../store/published.ts';
import type { SiteInfo } from './site.ts';

/** What every handler may use: the read side of the store and the site's own description. */
export interface WebContext {
  published: Store['published'];
  listings: Store['listings'];
  search: Store['search'];
  stories: Store['stories'];
  site: SiteInfo;
  /** Trends 24h: the most read articles of the last day, best first. */
  trends: () => Promise<ArticleCard[]>;
}

export function renderPage(page: VNode): string {
  return `<!doctype html>${render(page)}`;
}
