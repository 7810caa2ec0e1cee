import type { SiteInfo } from '../site.ts';
import { Layout } from './Layout.tsx';

export function PrivacyPage(props: { site: SiteInfo }) {
  return (
    <Layout site={props.site} meta={{ title: 'Privacy', path: '/privacy' }}>
      <h1>Privacy</h1>
      <p>
        {props.site.name} sets no cookies, runs no scripts, and loads nothing from other sites: no advertising, no
        analytics, no fonts or images from third parties. We do not keep readers' IP addresses or build profiles.
      </p>
      <p>
        For "Trends 24h" we count how often each article is read in each hour: one number per article and hour, nothing
        about who read it. To keep search and the API available to everyone, the number of recent requests from each
        address is held in memory for a few minutes at most; it is never written down.
      </p>
      <p>
        Links to original articles take you to the outlets' own sites, whose privacy policies apply there. Your browser
        tells them only our site's address, not the page you came from.
      </p>
    </Layout>
  );
}
