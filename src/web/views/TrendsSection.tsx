import type { ArticleCard } from '../../store/published.ts';
import { ListSection } from './ArticleList.tsx';

/** Trends 24h, best first; left out until readers have viewed something. */
export function TrendsSection(props: { items: ArticleCard[] }) {
  if (props.items.length === 0) return null;
  return <ListSection title="Trends 24h" items={props.items} />;
}
