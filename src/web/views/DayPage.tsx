import type { ArticleCard } from '../../store/published.ts';
import { readableDate } from '../format.ts';
import type { SiteInfo } from '../site.ts';
import { ArticleList } from './ArticleList.tsx';
import { Layout } from './Layout.tsx';

export interface DayPageProps {
  site: SiteInfo;
  /** YYYY-MM-DD */
  day: string;
  items: ArticleCard[];
  page: number;
  pages: number;
  total: number;
}

export function DayPage(props: DayPageProps) {
  const title = `All news articles on ${readableDate(`${props.day}T00:00:00Z`)}`;
  const base = `/date/${props.day}`;
  const pageHref = (n: number) => (n === 1 ? base : `${base}?page=${n}`);
  return (
    <Layout site={props.site} meta={{ title: props.page > 1 ? `${title}, page ${props.page}` : title, path: pageHref(props.page) }}>
      <h1>{title}</h1>
      <p class="count">
        {props.total} {props.total === 1 ? 'article' : 'articles'}
        {props.pages > 1 ? `, page ${props.page} of ${props.pages}` : ''}
      </p>
      <ArticleList items={props.items} empty="No articles were published on this day." />
      {props.pages > 1 ? (
        <nav class="pager" aria-label="Pages">
          {props.page > 1 ? (
            <a rel="prev" href={pageHref(props.page - 1)}>
              Newer
            </a>
          ) : null}
          {props.page < props.pages ? (
            <a rel="next" href={pageHref(props.page + 1)}>
              Older
            </a>
          ) : null}
        </nav>
      ) : null}
    </Layout>
  );
}
