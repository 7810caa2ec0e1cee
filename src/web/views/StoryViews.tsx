import type { StorySummary } from '../../store/stories.ts';
import { isoTime, readableTime } from '../format.ts';
import { coverageText, storyPath } from '../story-path.ts';

/** The badge of a story the configured English-language sources miss. */
export function BlindspotBadge(props: { story: StorySummary }) {
  if (!props.story.blindspot) return null;
  return (
    <span class="badge blindspot" title="Widely covered abroad, by none of the English-language sources we follow">
      Language blindspot
    </span>
  );
}

/** The home page's biggest recent stories. */
export function StoriesSection(props: { stories: StorySummary[] }) {
  if (props.stories.length === 0) return null;
  return (
    <section aria-labelledby="stories">
      <h2 id="stories">Stories</h2>
      <ul class="story-list">
        {props.stories.map((s) => (
          <li key={s.id}>
            <a href={storyPath(s)}>{s.headline}</a> <BlindspotBadge story={s} />
            <span class="card-meta">
              Full coverage: {coverageText(s)} · last <time datetime={isoTime(s.lastSeen)}>{readableTime(s.lastSeen)}</time>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** On an article of a story told by two outlets or more: the way to the story page. */
export function FullCoverageLink(props: { story: StorySummary | null }) {
  const s = props.story;
  if (!s || s.outlets < 2) return null;
  return (
    <p class="full-coverage">
      <a href={storyPath(s)}>Full coverage: {coverageText(s)}</a> <BlindspotBadge story={s} />
    </p>
  );
}
