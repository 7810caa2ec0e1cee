import type { ArticleCard } from '../../store/published.ts';
import { readableDate } from '../format.ts';
import type { SiteInfo } from '../site.ts';
import { ArticleList } from './ArticleList.tsx';
import { Layout } from './Layout.tsx';
import { Pager, pageHref } from './Pager.tsx';

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
  const href = pageHref(`/date/${props.day}`);
  return (
    <Layout site={props.site} meta={{ title: props.page > 1 ? `${title}, page ${props.page}` : title, path: href(props.page) }}>
      <h1>{title}</h1>
      <p class="count">
        {props.total} {props.total === 1 ? 'article' : 'articles'}
        {props.pages > 1 ? `, page ${props.page} of ${props.pages}` : ''}
      </p>
      <ArticleList items={props.items} empty="No articles were published on this day." />
      <Pager page={props.page} pages={props.pages} href={href} />
    </Layout>
  );
}
