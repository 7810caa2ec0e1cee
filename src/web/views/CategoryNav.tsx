import { categoryHref } from '../lists.ts';

/** The masthead's links to the top-level category pages; names come from configuration, so no page pays a query for them. */
export function CategoryNav(props: { categories: string[] }) {
  if (props.categories.length === 0) return null;
  return (
    <nav class="sections" aria-label="Categories">
      <ul>
        {props.categories.map((c) => (
          <li key={c}>
            <a href={categoryHref(c)}>{c}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
