import type { SourceListing } from '../../store/published.ts';
import { countryName, languageName } from '../format.ts';
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
            </tr>
          </thead>
          <tbody>
            {props.sources.map((s) => (
              <tr key={s.id}>
                <td>
                  <a href={s.homepage} rel="external" {...(s.language ? { hreflang: s.language } : {})}>
                    {s.name}
                  </a>
                </td>
                <td>{countryName(s.country)}</td>
                <td>{s.language ? languageName(s.language) : 'Identified per article'}</td>
                <td>{s.published}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
