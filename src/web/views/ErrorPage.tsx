import type { SiteInfo } from '../site.ts';
import { Layout } from './Layout.tsx';

export type ErrorStatus = 404 | 410 | 429;

const TEXT: Record<ErrorStatus, { title: string; body: string }> = {
  404: { title: 'Page not found', body: 'There is no page at this address. It may have been mistyped, or the article may not be published yet.' },
  410: { title: 'Article removed', body: 'This article has been taken down and is no longer available here.' },
  429: { title: 'Too many requests', body: 'This address has sent more requests than the site answers in a short time. Please wait a little and try again.' },
};

export function ErrorPage(props: { site: SiteInfo; status: ErrorStatus; path: string }) {
  const t = TEXT[props.status];
  return (
    <Layout site={props.site} meta={{ title: t.title, path: props.path, noindex: true }}>
      <h1>{t.title}</h1>
      <p>{t.body}</p>
      <p>
        <a href="/">Go to the front page</a> for the latest articles.
      </p>
    </Layout>
  );
}
