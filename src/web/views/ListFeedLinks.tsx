import type { SiteInfo } from '../site.ts';

/** Autodiscovery links for a list's feeds (`title` as readers will list it); the files are the site-wide ones' names under the list's path. */
export function ListFeedLinks(props: { site: SiteInfo; feeds: { title: string; path: string } }) {
  const root = props.site.baseUrl + props.feeds.path;
  const { title } = props.feeds;
  return (
    <>
      <link rel="alternate" type="application/rss+xml" title={`${title} (RSS)`} href={`${root}/feed.xml`} />
      <link rel="alternate" type="application/atom+xml" title={`${title} (Atom)`} href={`${root}/atom.xml`} />
      <link rel="alternate" type="application/feed+json" title={`${title} (JSON Feed)`} href={`${root}/feed.json`} />
    </>
  );
}
