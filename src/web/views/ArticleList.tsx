import type { ArticleCard } from '../../store/published.ts';
import { isoTime, languageName, readableTime } from '../format.ts';

/** A list of article headlines with their source, original language, category and time. */
export function ArticleList(props: { items: ArticleCard[]; empty?: string }) {
  if (props.items.length === 0) return <p class="empty">{props.empty ?? 'Nothing here yet.'}</p>;
  return (
    <ul class="article-list">
      {props.items.map((a) => (
        <li key={a.id}>
          <a href={a.path}>{a.title}</a>
          <span class="card-meta">
            {a.sourceName} · from {languageName(a.language)}
            {a.category ? ` · ${a.category}` : ''} · <time datetime={isoTime(a.publishedAt)}>{readableTime(a.publishedAt)}</time>
          </span>
        </li>
      ))}
    </ul>
  );
}

/** A titled section holding an article list. */
export function ListSection(props: { title: string; items: ArticleCard[]; empty?: string }) {
  const id = props.title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{props.title}</h2>
      <ArticleList items={props.items} {...(props.empty ? { empty: props.empty } : {})} />
    </section>
  );
}
