import type { ArticleCard, PublishedArticle } from '../../store/published.ts';
import type { StorySummary } from '../../store/stories.ts';
import { categoryAbout } from './category-jsonld.ts';
import { dayOfPath, engineName, isoTime, languageName, qualityFlagText, readableDate, readableTime, routeText } from '../format.ts';
import { categoryHref, languageHref, sourceHref, translatedFromText } from '../lists.ts';
import type { SiteInfo } from '../site.ts';
import { ListSection } from './ArticleList.tsx';
import { Blocks, Figure, SideBySide } from './Blocks.tsx';
import { Layout } from './Layout.tsx';
import { TrendsSection } from './TrendsSection.tsx';
import { FullCoverageLink } from './StoryViews.tsx';

export interface ArticlePageProps {
  site: SiteInfo;
  article: PublishedArticle;
  sideBySide: boolean;
  alike: ArticleCard[];
  latest: ArticleCard[];
  trends: ArticleCard[];
  /** The article's story, when clustering has placed it. */
  story?: StorySummary | null;
}

export function ArticlePage(props: ArticlePageProps) {
  const { site, article: a } = props;
  const day = dayOfPath(a.path);
  const language = languageName(a.language);
  const modified = a.modifiedAt ?? a.siteUpdatedAt;
  // An article already in English has no original to compare.
  const translated = a.translation.engine !== 'none';
  const sideBySide = props.sideBySide && translated;
  return (
    <Layout
      site={site}
      meta={{
        title: a.title,
        ...(a.standfirst ? { description: a.standfirst } : {}),
        path: a.canonicalPath,
        ogType: 'article',
        published: isoTime(a.publishedAt),
        modified: isoTime(modified),
        jsonLd: newsArticle(site, a),
      }}
    >
      <article class="article">
        <header>
          {a.category ? (
            <p class="kicker">
              <a href={categoryHref(a.category)}>{a.category}</a>
            </p>
          ) : null}
          <h1>{a.title}</h1>
          <p class="dateline">
            <time datetime={isoTime(a.publishedAt)}>{readableTime(a.publishedAt)}</time>
            {a.authors.length > 0 ? <span class="byline"> · By {a.authors.join(', ')}</span> : null}
          </p>
          {a.standfirst ? <p class="standfirst">{a.standfirst}</p> : null}
        </header>
        <Provenance article={a} />
        <FullCoverageLink story={props.story ?? null} />
        {translated ? (
          <nav class="view-switch" aria-label="Text shown">
            {sideBySide ? (
              <a href={a.path}>Show the translation only</a>
            ) : (
              <a href={`${a.path}?view=side-by-side`}>Show the original {language} beside the translation</a>
            )}
          </nav>
        ) : null}
        {sideBySide ? (
          <>
            <div class="side-by-side heads">
              <div class="pair">
                <p class="original" lang={a.language}>
                  <strong>{a.original.title}</strong>
                  {a.original.standfirst ? <span class="standfirst"> {a.original.standfirst}</span> : null}
                </p>
                <p class="translation" lang="en">
                  <strong>{a.title}</strong>
                  {a.standfirst ? <span class="standfirst"> {a.standfirst}</span> : null}
                </p>
              </div>
            </div>
            <SideBySide original={a.original.blocks} translated={a.blocks} originalLang={a.language} />
          </>
        ) : (
          <>
            {a.image && !a.blocks.some((b) => b.type === 'image' && b.src === a.image!.src) ? <Figure image={a.image} /> : null}
            <Blocks blocks={a.blocks} />
          </>
        )}
        <footer class="article-source">
          <p>
            Source:{' '}
            <a href={a.url} rel="external">
              {a.sourceName}
            </a>
            {' · '}
            <a href={sourceHref(a.sourceId)}>More from {a.sourceName}</a>
            {' · '}
            <a href={languageHref(a.language)}>{translatedFromText(a.language)}</a>
          </p>
          <p>
            <a href={a.url} hreflang={a.language} rel="external">
              Read the original in {language}
            </a>
            {a.original.title ? (
              <>
                {': '}
                <cite lang={a.language}>{a.original.title}</cite>
              </>
            ) : null}
          </p>
          {day ? (
            <p>
              <a href={`/date/${day}`}>All news articles on {readableDate(`${day}T00:00:00Z`)}</a>
            </p>
          ) : null}
        </footer>
      </article>
      <ListSection title="You may like" items={props.alike} empty="No other articles alike yet." />
      <ListSection title="Latest" items={props.latest} />
      <TrendsSection items={props.trends} />
    </Layout>
  );
}

function Provenance(props: { article: PublishedArticle }) {
  const t = props.article.translation;
  if (t.engine === 'none') return <p class="provenance">Originally published in English; shown as written.</p>;
  return (
    <div class="provenance">
      <p>
        Translated by {engineName(t.engine, t.model)} ({routeText(t.route)}) on{' '}
        <time datetime={isoTime(t.translatedAt)}>{readableDate(t.translatedAt)}</time>. Machine translation: the
        original is the authority.
      </p>
      {t.decision === 'publish-with-notice' ? (
        <p class="notice" role="note">
          Our quality check flagged this translation
          {t.qualityFlags.length > 0 ? ` (${t.qualityFlags.map(qualityFlagText).join('; ')})` : ''}: it may contain
          errors. Compare it with the original before relying on it.
        </p>
      ) : null}
    </div>
  );
}

function newsArticle(site: SiteInfo, a: PublishedArticle) {
  const url = `${site.baseUrl}${a.path}`;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.title,
    ...(a.standfirst ? { description: a.standfirst } : {}),
    inLanguage: 'en',
    url,
    mainEntityOfPage: url,
    datePublished: isoTime(a.publishedAt),
    dateModified: isoTime(a.modifiedAt ?? a.siteUpdatedAt),
    author: a.authors.length > 0 ? a.authors.map((name) => ({ '@type': 'Person', name })) : [{ '@type': 'Organization', name: a.sourceName, url: a.source.homepage }],
    publisher: { '@type': 'Organization', name: site.name, url: `${site.baseUrl}/` },
    sourceOrganization: { '@type': 'Organization', name: a.sourceName, url: a.source.homepage },
    isBasedOn: a.url,
    translationOfWork: { '@type': 'NewsArticle', url: a.url, inLanguage: a.language, ...(a.original.title ? { headline: a.original.title } : {}) },
    ...(a.translation.engine !== 'none' ? { translator: { '@type': 'SoftwareApplication', name: engineName(a.translation.engine, a.translation.model) } } : {}),
    ...(a.category ? { articleSection: a.category, ...categoryAbout(a.category) } : {}),
  };
}
