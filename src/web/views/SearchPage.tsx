import type { SourceListing } from '../../store/published.ts';
import type { SearchResults } from '../../store/search.ts';
import { countryName, isoTime, languageName, readableTime } from '../format.ts';
import { Marked } from '../search/highlight.tsx';
import { searchQueryString, type SearchParams } from '../search/params.ts';
import type { SiteInfo } from '../site.ts';
import { Layout } from './Layout.tsx';

export type SearchOutcome =
  | { kind: 'empty' }
  | { kind: 'refused'; message: string }
  | { kind: 'results'; results: SearchResults; pageSize: number };

export interface SearchPageProps {
  site: SiteInfo;
  params: SearchParams;
  sources: SourceListing[];
  outcome: SearchOutcome;
}

export function SearchPage(props: SearchPageProps) {
  const { params, outcome } = props;
  const q = params.q.trim();
  const title = outcome.kind === 'results' ? `Search: ${q}${params.page > 1 ? `, page ${params.page}` : ''}` : 'Search';
  return (
    <Layout site={props.site} meta={{ title, path: '/search', noindex: true }}>
      <h1>Search</h1>
      <SearchForm params={params} sources={props.sources} />
      {outcome.kind === 'empty' ? (
        <div class="search-help">
          <p>Type one or more words to find articles that contain all of them, in the English translation or in the original language.</p>
          <SyntaxHelp />
        </div>
      ) : null}
      {outcome.kind === 'refused' ? (
        <div class="search-help">
          <p class="notice" role="alert">
            {outcome.message}
          </p>
          <SyntaxHelp />
        </div>
      ) : null}
      {outcome.kind === 'results' ? <Results params={params} results={outcome.results} pageSize={outcome.pageSize} /> : null}
    </Layout>
  );
}

function SyntaxHelp() {
  return (
    <ul class="search-syntax">
      <li>
        <code>"prime minister"</code> finds the exact phrase
      </li>
      <li>
        <code>election -europe</code> leaves out articles that mention Europe
      </li>
      <li>
        <code>minist*</code> finds minister, ministry, ministers…
      </li>
      <li>
        <code>Madrid OR Barcelona</code> finds either
      </li>
    </ul>
  );
}

const distinct = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null))].sort();

function SearchForm(props: { params: SearchParams; sources: SourceListing[] }) {
  const f = props.params.filters;
  const languages = distinct(props.sources.map((s) => s.language)).sort((a, b) => languageName(a).localeCompare(languageName(b)));
  const countries = distinct(props.sources.map((s) => s.country)).sort((a, b) => countryName(a).localeCompare(countryName(b)));
  return (
    <form class="search-form" role="search" action="/search" method="get">
      <p>
        <label for="search-q">Search for</label> <input id="search-q" type="search" name="q" value={props.params.q} maxlength={500} />{' '}
        <button type="submit">Search</button>
      </p>
      <fieldset>
        <legend>Narrow the results</legend>
        <label for="search-language">Original language</label>
        <select id="search-language" name="language">
          <option value="">Any</option>
          {languages.map((l) => (
            <option value={l} selected={f.language === l}>
              {languageName(l)}
            </option>
          ))}
        </select>
        <label for="search-country">Country</label>
        <select id="search-country" name="country">
          <option value="">Any</option>
          {countries.map((c) => (
            <option value={c} selected={f.country === c}>
              {countryName(c)}
            </option>
          ))}
        </select>
        <label for="search-source">Source</label>
        <select id="search-source" name="source">
          <option value="">Any</option>
          {props.sources.map((s) => (
            <option value={s.id} selected={f.source === s.id}>
              {s.name}
            </option>
          ))}
        </select>
        <label for="search-category">Category</label>
        <input id="search-category" name="category" value={f.category ?? ''} placeholder="e.g. News" />
        <label for="search-from">From</label>
        <input id="search-from" type="date" name="from" value={f.from ?? ''} />
        <label for="search-to">To</label>
        <input id="search-to" type="date" name="to" value={f.to ?? ''} />
      </fieldset>
    </form>
  );
}

function Results(props: { params: SearchParams; results: SearchResults; pageSize: number }) {
  const { params, results } = props;
  const first = (params.page - 1) * props.pageSize + 1;
  const last = first + results.hits.length - 1;
  const href = (page: number) => `/search?${searchQueryString(params, page)}`;
  const hasNext = last < results.total;
  return (
    <section aria-labelledby="results">
      <h2 id="results">Results</h2>
      <p class="count" role="status">
        {results.total === 0
          ? `No articles match “${params.q.trim()}”${Object.keys(params.filters).length > 0 ? ' with these filters' : ''}.`
          : results.hits.length === 0
            ? `No more results: the ${results.total} matching articles end before page ${params.page}.`
            : results.capped
              ? `${first}–${last} of the ${results.total} most recent matching articles, best first. More match: add words or filters to reach older ones.`
              : `${first}–${last} of ${results.total} matching articles, best first.`}
      </p>
      {results.hits.length > 0 ? (
        <ol class="article-list search-results" start={first}>
          {results.hits.map((h) => (
            <li key={h.id}>
              <a href={h.path}>
                <Marked text={h.titleMarked} />
              </a>
              <span class="card-meta">
                {h.sourceName} · from {languageName(h.language)}
                {h.category ? ` · ${h.category}` : ''} · <time datetime={isoTime(h.publishedAt)}>{readableTime(h.publishedAt)}</time>
              </span>
              {h.snippetLanguage === 'en' ? (
                <p class="snippet">
                  <Marked text={h.snippet} />
                </p>
              ) : (
                <p class="snippet">
                  <span class="snippet-language">In the original {languageName(h.snippetLanguage)}: </span>
                  <span lang={h.snippetLanguage}>
                    <Marked text={h.snippet} />
                  </span>
                </p>
              )}
            </li>
          ))}
        </ol>
      ) : null}
      {params.page > 1 || hasNext ? (
        <nav class="pager" aria-label="Result pages">
          {params.page > 1 ? (
            <a rel="prev" href={href(params.page - 1)}>
              Previous
            </a>
          ) : null}
          {hasNext ? (
            <a rel="next" href={href(params.page + 1)}>
              Next
            </a>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}
