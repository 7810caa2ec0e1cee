import { Fragment } from 'preact';
import type { ArticleCard } from '../../store/published.ts';
import { countryName, languageName } from '../format.ts';
import { countryHref, languageHref, listDescription, listFeedTitle, sourceHref, type ResolvedList } from '../lists.ts';
import type { SiteInfo } from '../site.ts';
import { ArticleList } from './ArticleList.tsx';
import { Layout } from './Layout.tsx';
import { Pager, pageHref } from './Pager.tsx';

export interface ListPageProps {
  site: SiteInfo;
  list: ResolvedList;
  items: ArticleCard[];
  page: number;
  pages: number;
  total: number;
}

/** A category, source, language or country page: what the list is, then its articles newest first, a page at a time. */
export function ListPage(props: ListPageProps) {
  const { list } = props;
  const href = pageHref(list.path);
  return (
    <Layout
      site={props.site}
      meta={{
        title: props.page > 1 ? `${list.title}, page ${props.page}` : list.title,
        description: listDescription(list),
        path: href(props.page),
        feeds: { title: listFeedTitle(props.site.name, list), path: list.path },
      }}
    >
      {list.kind === 'category' ? <Breadcrumbs list={list} /> : null}
      <Heading list={list} />
      <Intro list={list} />
      <p class="count">
        {props.total} {props.total === 1 ? 'article' : 'articles'}
        {props.pages > 1 ? `, page ${props.page} of ${props.pages}` : ''}
      </p>
      <ArticleList items={props.items} empty={emptyText(list)} />
      <Pager page={props.page} pages={props.pages} href={href} />
      <p class="list-feeds">
        Follow this list: <a href={`${list.path}/feed.xml`}>RSS</a> · <a href={`${list.path}/atom.xml`}>Atom</a> ·{' '}
        <a href={`${list.path}/feed.json`}>JSON Feed</a>
      </p>
    </Layout>
  );
}

function emptyText(list: ResolvedList): string {
  return list.kind === 'source' ? 'No articles from this outlet have been published yet.' : 'No articles have been published here yet.';
}

function Breadcrumbs(props: { list: Extract<ResolvedList, { kind: 'category' }> }) {
  const { trail } = props.list;
  return (
    <nav class="breadcrumbs" aria-label="Breadcrumb">
      <ol>
        <li>
          <a href="/">Home</a>
        </li>
        {trail.map((node, i) => (
          <li key={node.name}>
            {i === trail.length - 1 ? (
              <span aria-current="page">{node.label}</span>
            ) : (
              <a href={node.href}>{node.label}</a>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

function Heading(props: { list: ResolvedList }) {
  const { list } = props;
  if (list.kind === 'category') return <h1>{list.trail.at(-1)!.label}</h1>;
  if (list.kind === 'source') return <h1 {...(list.source.language ? { lang: list.source.language } : {})}>{list.title}</h1>;
  return <h1>{list.title}</h1>;
}

function Intro(props: { list: ResolvedList }) {
  const { list } = props;
  switch (list.kind) {
    case 'category': {
      const children = list.trail.at(-1)!.children;
      if (children.length === 0) return null;
      return (
        <nav class="subcategories" aria-label="Subcategories">
          <ul>
            {children.map((c) => (
              <li key={c.name}>
                <a href={c.href}>{c.label}</a> <span class="count">({c.published})</span>
              </li>
            ))}
          </ul>
        </nav>
      );
    }
    case 'source': {
      const s = list.source;
      return (
        <dl class="source-facts">
          <dt>Country</dt>
          <dd>
            <a href={countryHref(s.country)}>{countryName(s.country)}</a>
          </dd>
          <dt>Language</dt>
          <dd>{s.language ? <a href={languageHref(s.language)}>{languageName(s.language)}</a> : 'Identified per article'}</dd>
          <dt>Website</dt>
          <dd>
            <a href={s.homepage} rel="external" {...(s.language ? { hreflang: s.language } : {})}>
              {s.homepage}
            </a>
          </dd>
        </dl>
      );
    }
    case 'language':
      return null;
    case 'country':
      return (
        <p class="source-facts">
          Outlets:{' '}
          {list.sources.map((s, i) => (
            <Fragment key={s.id}>
              {i > 0 ? ', ' : ''}
              <a href={sourceHref(s.id)} {...(s.language ? { lang: s.language } : {})}>
                {s.name}
              </a>
            </Fragment>
          ))}
        </p>
      );
  }
}
