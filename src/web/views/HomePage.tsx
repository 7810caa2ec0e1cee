import type { ArticleCard } from '../../store/published.ts';
import type { StorySummary } from '../../store/stories.ts';
import { categoryHref } from '../lists.ts';
import type { SiteInfo } from '../site.ts';
import { ArticleList, ListSection } from './ArticleList.tsx';
import { Layout } from './Layout.tsx';
import { StoriesSection } from './StoryViews.tsx';
import { TrendsSection } from './TrendsSection.tsx';

export function HomePage(props: { site: SiteInfo; latest: ArticleCard[]; categories: { category: string; items: ArticleCard[] }[]; trends: ArticleCard[]; stories?: StorySummary[] }) {
  return (
    <Layout site={props.site} meta={{ title: props.site.name, description: props.site.tagline, path: '/' }}>
      <h1 class="visually-hidden">{props.site.name}</h1>
      <ListSection title="Latest" items={props.latest} empty="No articles have been published yet." />
      <StoriesSection stories={props.stories ?? []} />
      <TrendsSection items={props.trends} />
      {props.categories.length > 0 ? (
        <section aria-labelledby="top-stories">
          <h2 id="top-stories">Top stories by category</h2>
          {props.categories.map((c) => (
            <section class="category" key={c.category}>
              <h3>
                <a href={categoryHref(c.category)}>{c.category}</a>
              </h3>
              <ArticleList items={c.items} />
            </section>
          ))}
        </section>
      ) : null}
    </Layout>
  );
}
