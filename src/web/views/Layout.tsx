import type { ComponentChildren } from 'preact';
import type { SiteInfo } from '../site.ts';
import { CategoryNav } from './CategoryNav.tsx';
import { JsonLd } from './JsonLd.tsx';
import { ListFeedLinks } from './ListFeedLinks.tsx';
import { SearchBox } from './SearchBox.tsx';

export interface PageMeta {
  title: string;
  description?: string;
  /** Site path of the page's canonical URL. */
  path: string;
  /** OpenGraph type: "article" on articles, "website" elsewhere. */
  ogType?: 'article' | 'website';
  published?: string;
  modified?: string;
  jsonLd?: unknown;
  noindex?: boolean;
  /** A list's own feeds (RSS, Atom, JSON Feed under `path`), advertised before the site-wide ones. */
  feeds?: { title: string; path: string };
}

export function Layout(props: { site: SiteInfo; meta: PageMeta; children: ComponentChildren }) {
  const { site, meta } = props;
  const canonical = `${site.baseUrl}${meta.path}`;
  const fullTitle = meta.path === '/' ? `${site.name}: ${site.tagline}` : `${meta.title} | ${site.name}`;
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        {meta.description ? <meta name="description" content={meta.description} /> : null}
        {meta.noindex ? <meta name="robots" content="noindex" /> : null}
        <link rel="canonical" href={canonical} />
        <link rel="stylesheet" href="/assets/site.css" />
        {meta.feeds ? <ListFeedLinks site={site} feeds={meta.feeds} /> : null}
        <link rel="alternate" type="application/rss+xml" title={`${site.name} (RSS)`} href={`${site.baseUrl}/feed.xml`} />
        <link rel="alternate" type="application/atom+xml" title={`${site.name} (Atom)`} href={`${site.baseUrl}/atom.xml`} />
        <link rel="alternate" type="application/feed+json" title={`${site.name} (JSON Feed)`} href={`${site.baseUrl}/feed.json`} />
        <meta property="og:site_name" content={site.name} />
        <meta property="og:type" content={meta.ogType ?? 'website'} />
        <meta property="og:title" content={meta.title} />
        <meta property="og:url" content={canonical} />
        <meta property="og:locale" content="en_GB" />
        {meta.description ? <meta property="og:description" content={meta.description} /> : null}
        {meta.published ? <meta property="article:published_time" content={meta.published} /> : null}
        {meta.modified ? <meta property="article:modified_time" content={meta.modified} /> : null}
        <meta name="twitter:card" content="summary" />
        <meta name="twitter:title" content={meta.title} />
        {meta.description ? <meta name="twitter:description" content={meta.description} /> : null}
        {meta.jsonLd ? <JsonLd data={meta.jsonLd} /> : null}
      </head>
      <body>
        <a class="skip" href="#main">
          Skip to content
        </a>
        <header class="masthead">
          <a class="site-name" href="/">
            {site.name}
          </a>
          <p class="tagline">{site.tagline}</p>
          <CategoryNav categories={site.categories} />
          <SearchBox />
        </header>
        <main id="main">{props.children}</main>
        <footer class="site-footer">
          <nav aria-label="Site">
            <a href="/about">About</a> · <a href="/privacy">Privacy</a> · <a href="/sources">Sources</a>
          </nav>
          <p>
            The information on this site comes from external sources that are not under our control. Including a link
            does not mean we recommend it or endorse the views it expresses.
          </p>
          <p>© {site.name}</p>
        </footer>
      </body>
    </html>
  );
}
