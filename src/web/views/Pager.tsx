/** Newer/older links between the pages of a list; `href(n)` is page n's URL (page 1 without `?page=`). */
export function Pager(props: { page: number; pages: number; href: (n: number) => string }) {
  if (props.pages <= 1) return null;
  return (
    <nav class="pager" aria-label="Pages">
      {props.page > 1 ? (
        <a rel="prev" href={props.href(props.page - 1)}>
          Newer
        </a>
      ) : null}
      {props.page < props.pages ? (
        <a rel="next" href={props.href(props.page + 1)}>
          Older
        </a>
      ) : null}
    </nav>
  );
}

/** The URL of page n of the list at `base`. */
export const pageHref = (base: string) => (n: number) => (n === 1 ? base : `${base}?page=${n}`);
