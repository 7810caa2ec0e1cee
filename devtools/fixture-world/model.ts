import { LOCALES, type Locale, type Section } from './outlets.ts';
import { storiesByLanguage, type Story } from './stories.ts';
import { isoInOffset, seededRandom, slugify } from './text.ts';

/**
 * The world's ground truth as plain data: its sources and their articles. Pages and feeds are rendered from this
 * on demand, so it holds references to the story lines and little else.
 */

export type Discovery = 'rss2' | 'rss091' | 'rdf' | 'atom' | 'json' | 'news-sitemap' | 'sitemap-index' | 'section-pages';
export type Charset = 'utf-8' | 'iso-8859-2' | 'windows-1251';

export interface FixtureSource {
  id: string;
  name: string;
  /** Origin with a trailing slash: "http://127.0.0.2:40123/". */
  homepage: string;
  host: string;
  port: number;
  country: string;
  /** BCP-47. */
  language: string;
  /** NTREX code of the stories it publishes. */
  storyLanguage: string;
  discovery: Discovery[];
  feeds: string[];
  sitemaps: string[];
  sectionPages: string[];
  articleUrlPattern: string | null;
  sections: Section[];
  charset: Charset;
  compression: 'gzip' | 'br' | null;
  crawlDelay: number | null;
  /** Page template variant, so class names and structure differ between sources. */
  template: 0 | 1 | 2;
  /** An article under /private/ (disallowed in robots.txt) that feeds or section pages link to; must never be fetched. */
  privateUrl: string;
}

export interface FixtureArticle {
  sourceId: string;
  url: string;
  story: string;
  /** BCP-47. */
  language: string;
  title: string;
  /** The document's first line, shown as the dek; the remaining lines are the paragraphs. */
  standfirst: string | null;
  paragraphs: string[];
  /** A subheading the page shows before paragraphs[before]. */
  subheading: { text: string; before: number } | null;
  /** Index of the paragraph the page shows as a blockquote. */
  blockquote: number | null;
  /** ISO 8601 in the outlet's offset. */
  published: string;
  modified: string;
  authors: string[];
  section: string;
  category: string;
  image: { src: string; caption: string; credit: string };
  isAccessibleForFree: boolean;
  related: { title: string; url: string }[];
  revision: number;
  removed: boolean;
}

/** Discovery, compression and robots quirks handed out by position, so the first 13 sources use every format. */
const PLAN: { discovery: Discovery[]; compression?: 'gzip' | 'br'; crawlDelay?: true }[] = [
  { discovery: ['rss2'], compression: 'gzip' },
  { discovery: ['atom'] },
  { discovery: ['rdf'] },
  { discovery: ['news-sitemap'] },
  { discovery: ['json'], compression: 'br' },
  { discovery: ['rss091'], crawlDelay: true },
  { discovery: ['sitemap-index'] },
  { discovery: ['section-pages'] },
  { discovery: ['atom', 'rss2'] },
  { discovery: ['rss2'] },
  { discovery: ['rss2'] },
  { discovery: ['json'] },
  { discovery: ['rss2', 'news-sitemap'] },
];

const LEGACY_CHARSET: Record<string, Charset> = { pol: 'iso-8859-2', rus: 'windows-1251' };

export function feedPaths(discovery: Discovery[]): { feeds: string[]; sitemaps: string[]; sectionPages: boolean } {
  const feeds: string[] = [];
  const sitemaps: string[] = [];
  for (const d of discovery) {
    if (d === 'rss2') feeds.push('rss.xml');
    if (d === 'rss091') feeds.push('rss091.xml');
    if (d === 'rdf') feeds.push('index.rdf');
    if (d === 'atom') feeds.push('atom.xml');
    if (d === 'json') feeds.push('feed.json');
    if (d === 'news-sitemap') sitemaps.push('sitemap-news.xml');
    if (d === 'sitemap-index') sitemaps.push('sitemap-index.xml');
  }
  return { feeds, sitemaps, sectionPages: discovery.includes('section-pages') };
}

export function makeSource(index: number, round: number, langKey: string, host: string, port: number, crawlDelay: number): FixtureSource {
  const locale = LOCALES[langKey] as Locale;
  const plan = PLAN[index % PLAN.length] as (typeof PLAN)[number];
  const template = (index % 3) as 0 | 1 | 2;
  const base = locale.names[round % locale.names.length] as { id: string; name: string };
  const extra = round >= locale.names.length ? Math.floor(round / locale.names.length) : 0;
  const city = locale.cities[round % locale.cities.length] as string;
  const homepage = `http://${host}:${port}/`;
  const paths = feedPaths(plan.discovery);
  const sectionRe = locale.sections.map((s) => s.slug).join('|');
  return {
    id: extra ? `${base.id}-${extra + 1}` : base.id,
    name: extra ? `${base.name} (${city})` : base.name,
    homepage,
    host,
    port,
    country: locale.country,
    language: locale.lang,
    storyLanguage: langKey,
    discovery: plan.discovery,
    feeds: paths.feeds.map((p) => homepage + p),
    sitemaps: paths.sitemaps.map((p) => homepage + p),
    sectionPages: paths.sectionPages ? locale.sections.map((s) => `${homepage}${s.slug}/`) : [],
    articleUrlPattern: paths.sectionPages ? articlePattern(template, sectionRe) : null,
    sections: locale.sections,
    charset: round === 0 ? (LEGACY_CHARSET[langKey] ?? 'utf-8') : 'utf-8',
    compression: plan.compression ?? null,
    crawlDelay: plan.crawlDelay && crawlDelay > 0 ? crawlDelay : null,
    template,
    privateUrl: `${homepage}private/${articlePath(template, locale.sections[0]?.slug ?? 'news', 'exclusive preview', 999_999, '2020-01-01')}`,
  };
}

/** Unanchored on purpose: it also matches the /private/ link, which robots.txt must keep out. */
function articlePattern(template: 0 | 1 | 2, sectionRe: string): string {
  if (template === 0) return `/(${sectionRe})/\\d{4}/\\d{2}/\\d{2}/[a-z0-9-]+-\\d+\\.html$`;
  if (template === 1) return `/(${sectionRe})/[a-z0-9-]+_\\d+\\.html$`;
  return `/(${sectionRe})/\\d{8}/\\d+-[a-z0-9-]+$`;
}

export function articlePath(template: 0 | 1 | 2, section: string, title: string, num: number, published: string): string {
  const slug = slugify(title);
  const [y, m, d] = published.slice(0, 10).split('-');
  if (template === 0) return `${section}/${y}/${m}/${d}/${slug}-${num}.html`;
  if (template === 1) return `${section}/${slug}_${num}.html`;
  return `${section}/${y}${m}${d}/${num}-${slug}`;
}

export interface ArticleSeed {
  story: Story;
  variation: number;
  publishedMs: number;
  modifiedMs?: number;
  num: number;
  rand: () => number;
}

/** One article of a source from a story; the related list is filled in by the caller once all exist. */
export function makeArticle(src: FixtureSource, seed: ArticleSeed): FixtureArticle {
  const locale = LOCALES[src.storyLanguage] as Locale;
  const { rand } = seed;
  const { story, variation: v } = seed;
  const city = locale.cities[v % locale.cities.length] as string;
  const title = v === 0 ? story.title : `${city}${v > locale.cities.length ? ` ${v}` : ''}: ${story.title}`;
  const lines = story.lines.length > 1 ? story.lines : [story.title, ...story.lines];
  const paragraphs = lines.slice(1);
  if (v > 0) paragraphs[0] = `${city.toUpperCase()} — ${paragraphs[0]}`;
  const section = locale.sections[Math.floor(rand() * locale.sections.length)] as Section;
  const authorCount = rand() < 0.25 ? 2 : 1;
  const first = Math.floor(rand() * locale.authors.length);
  const authors = Array.from({ length: authorCount }, (_, k) => locale.authors[(first + k) % locale.authors.length] as string);
  const published = isoInOffset(seed.publishedMs, locale.offset);
  const path = articlePath(src.template, section.slug, title, seed.num, published);
  const quote = paragraphs.findIndex((p, i) => i >= 2 && /["«»„“”]/.test(p));
  const caption = (paragraphs[0] ?? title).split(/(?<=[.!?])\s/)[0] as string;
  return {
    sourceId: src.id,
    url: src.homepage + path,
    story: story.story,
    language: src.language,
    title,
    standfirst: lines[0] as string,
    paragraphs,
    subheading: paragraphs.length >= 4 ? { text: locale.ui.subheading, before: Math.floor(paragraphs.length / 2) } : null,
    blockquote: quote >= 0 ? quote : paragraphs.length >= 5 ? 2 : null,
    published,
    modified: isoInOffset(seed.modifiedMs ?? seed.publishedMs, locale.offset),
    authors,
    section: section.slug,
    category: section.category,
    image: { src: `${src.homepage}img/${seed.num}.jpg`, caption: caption.length > 160 ? `${caption.slice(0, 157)}…` : caption, credit: `${locale.ui.photo}: ${locale.authors[(first + 2) % locale.authors.length]}` },
    isAccessibleForFree: seed.num % 7 !== 3,
    related: [],
    revision: 1,
    removed: false,
  };
}

/** Links each article to the next three of its source, the way "•" related-headline lists point at recent pieces. */
export function linkRelated(list: FixtureArticle[]): void {
  for (const [i, a] of list.entries()) {
    a.related = [];
    for (let k = 1; k <= 3 && k < list.length; k++) {
      const other = list[(i + k) % list.length] as FixtureArticle;
      a.related.push({ title: other.title, url: other.url });
    }
  }
}

/** The j-th article of a source tells the j-th story (wrapping with a variation), so no two share their text. */
export function storyFor(src: FixtureSource, j: number, sourceIndex: number): { story: Story; variation: number } {
  const pool = storiesByLanguage().get(src.storyLanguage) ?? [];
  if (pool.length === 0) throw new Error(`fixture world: no stories for language "${src.storyLanguage}" in ntrex-dev/stories`);
  return { story: pool[(j + sourceIndex * 7) % pool.length] as Story, variation: Math.floor(j / pool.length) };
}

/** Articles spread over the last days, newest first, deterministic for a seed relative to `now`. */
export function makeArticles(src: FixtureSource, count: number, sourceIndex: number, seed: number, now: number): FixtureArticle[] {
  const rand = seededRandom(seed * 7919 + sourceIndex);
  const spacing = Math.min(4 * 3_600_000, (3 * 86_400_000) / Math.max(count, 1));
  const list: FixtureArticle[] = [];
  for (let j = 0; j < count; j++) {
    const publishedMs = now - Math.round((j + 0.2 + rand() * 0.6) * spacing);
    const edited = rand() < 0.3;
    list.push(
      makeArticle(src, {
        ...storyFor(src, j, sourceIndex),
        publishedMs,
        modifiedMs: edited ? Math.min(now, publishedMs + Math.round(rand() * 2 * 3_600_000)) : publishedMs,
        num: 100_000 + j,
        rand,
      }),
    );
  }
  linkRelated(list);
  return list;
}
