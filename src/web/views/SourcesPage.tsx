import type { SourceListing } from '../../store/published.ts';
import { countryName, languageName } from '../format.ts';
import { countryHref, languageHref, sourceHref } from '../lists.ts';
import type { SiteInfo } from '../site.ts';
import { Layout } from './Layout.tsx';

export function SourcesPage(props: { site: SiteInfo; sources: SourceListing[] }) {
  return (
    <Layout site={props.site} meta={{ title: 'Sources', description: 'Every outlet whose articles this site translates.', path: '/sources' }}>
      <h1>Sources</h1>
      <p>Every outlet whose articles we translate, with its country and language. Each article links to its original.</p>
      {props.sources.length === 0 ? (
        <p class="empty">No sources are configured.</p>
      ) : (
        <table class="sources">
          <thead>
            <tr>
              <th scope="col">Outlet</th>
              <th scope="col">Country</th>
              <th scope="col">Language</th>
              <th scope="col">Articles</th>
              <th scope="col">Website</th>
            </tr>
          </thead>
          <tbody>
            {props.sources.map((s) => (
              <tr key={s.id}>
                <td>
                  <a href={sourceHref(s.id)} {...(s.language ? { lang: s.language } : {})}>
                    {s.name}
                  </a>
                </td>
                <td>
                  <a href={countryHref(s.country)}>{countryName(s.country)}</a>
                </td>
                <td>{s.language ? <a href={languageHref(s.language)}>{languageName(s.language)}</a> : 'Identified per article'}</td>
                <td>{s.published}</td>
                <td>
                  <a href={s.homepage} rel="external" {...(s.language ? { hreflang: s.language } : {})}>
                    {new URL(s.homepage).host}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
