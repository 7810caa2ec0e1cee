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
        Links to original articles take you to the outlets' own sites, whose privacy policies apply there. Your browser
        tells them only our site's address, not the page you came from.
      </p>
    </Layout>
  );
}
