import type { StoryDetail, StoryEntry } from '../../store/stories.ts';
import { countryName, isoTime, languageName, readableDate, readableTime } from '../format.ts';
import type { SiteInfo } from '../site.ts';
import { coverageText, storyPath } from '../story-path.ts';
import { Layout } from './Layout.tsx';
import { BlindspotBadge } from './StoryViews.tsx';

/** Entries grouped by the outlet's country, the country that covered the story first coming first. */
function byCountry(entries: StoryEntry[]): [string, StoryEntry[]][] {
  const groups = new Map<string, StoryEntry[]>();
  for (const e of entries) groups.set(e.country, [...(groups.get(e.country) ?? []), e]);
  return [...groups.entries()];
}

export function StoryPage(props: { site: SiteInfo; story: StoryDetail }) {
  const s = props.story;
  const title = `Full coverage: ${s.headline}`;
  return (
    <Layout site={props.site} meta={{ title, description: `${s.headline}: ${coverageText(s)}`, path: storyPath(s) }}>
      <article class="story">
        <header>
          <p class="kicker">Full coverage</p>
          <h1>{s.headline}</h1>
          <p class="count">
            {coverageText(s)}, first seen <time datetime={isoTime(s.firstSeen)}>{readableTime(s.firstSeen)}</time>, last{' '}
            <time datetime={isoTime(s.lastSeen)}>{readableDate(s.lastSeen)}</time> <BlindspotBadge story={s} />
          </p>
          {s.blindspot ? <p class="notice">Widely covered abroad, by none of the English-language sources we follow.</p> : null}
        </header>
        {byCountry(s.entries).map(([country, entries]) => (
          <section class="story-country" key={country} aria-label={countryName(country)}>
            <h2>{countryName(country)}</h2>
            <ul class="article-list">
              {entries.map((e) => (
                <li key={e.id}>
                  <a href={e.path}>{e.title}</a>
                  <span class="card-meta">
                    {e.sourceName} · {languageName(e.language)} · <time datetime={isoTime(e.publishedAt)}>{readableTime(e.publishedAt)}</time> ·{' '}
                    <a href={e.url} hreflang={e.language} rel="external">
                      original
                    </a>
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </article>
    </Layout>
  );
}
