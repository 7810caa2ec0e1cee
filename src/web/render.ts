import type { VNode } from 'preact';
import { render } from 'preact-render-to-string';
import type { Store } from '../store/index.ts';
import type { SiteInfo } from './site.ts';

/** What every handler may use: the read side of the store and the site's own description. */
export interface WebContext {
  published: Store['published'];
  stories: Store['stories'];
  site: SiteInfo;
}

export function renderPage(page: VNode): string {
  return `<!doctype html>${render(page)}`;
}
