/** The site-wide search form in the header: a plain GET form, no script, its field labelled for screen readers. */
export function SearchBox() {
  return (
    <form class="search-box" role="search" action="/search" method="get">
      <label for="site-search" class="visually-hidden">
        Search articles
      </label>
      <input id="site-search" type="search" name="q" placeholder="Search articles" maxlength={500} />
      <button type="submit">Search</button>
    </form>
  );
}
