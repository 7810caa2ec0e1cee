import type { SiteInfo } from '../site.ts';
import { Layout } from './Layout.tsx';

export function AboutPage(props: { site: SiteInfo }) {
  const { site } = props;
  return (
    <Layout site={site} meta={{ title: 'About', description: site.tagline, path: '/about' }}>
      <h1>About {site.name}</h1>
      <p>
        {site.name} collects articles from news sites that publish in languages other than English, translates them into
        English by machine, and publishes the translations here. Every article names its source as the outlet writes its
        own name, links to the original, and says which engine translated it, by which route, and when.
      </p>
      <h2>Disclaimer</h2>
      <p>
        The information on this site comes from external sources that are not under our control. Machine translation
        makes mistakes: the original is the authority. Including a link does not mean we recommend it or endorse the
        views it expresses.
      </p>
      <p>
        See the <a href="/sources">list of sources</a> and our <a href="/privacy">privacy notice</a>.
      </p>
    </Layout>
  );
}
