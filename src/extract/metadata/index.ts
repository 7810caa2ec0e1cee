import type { ExtractedArticle, ImageRef } from '../types.ts';
import { chooseAuthors } from './byline.ts';
import { collectSignals, meta, type PageSignals } from './collect.ts';
import { absoluteUrl, clean, textOf, visibleText, type DomDocument, type DomElement } from './dom.ts';
import { ldObject, ldString, parseJsonLd, pickNodes, type LdNode, type LdPicture } from './jsonld.ts';
import { headlineCandidates, lastCrumb } from './headline-candidates.ts';
import { normaliseLanguage } from './language.ts';
import { headlineLines } from './near-headline.ts';
import { chooseDates } from './published.ts';
import { chooseStandfirst } from './standfirst.ts';
import { chooseTitle, normTitle } from './title.ts';

export type ArticleMetadata = Omit<ExtractedArticle, 'url' | 'blocks'>;
export type { DomDocument } from './dom.ts';

const EMPTY: ArticleMetadata = {
  canonicalUrl: null, title: null, standfirst: null, authors: [], published: null, modified: null, section: null,
  siteName: null, image: null, declaredLanguage: null, isAccessibleForFree: null,
};

function hostLabels(url: string): string[] {
  try {
    const labels = new URL(url).hostname.replace(/^www\d?\./, '').split('.');
    return [labels.slice(0, -1).join('.'), labels.join('.'), ...labels.slice(0, -1).filter((l) => l.length >= 4)];
  } catch {
    return [];
  }
}

function siteNameOf(s: PageSignals, ld: LdPicture): string | null {
  const publisher = ldObject(ld.article?.['publisher']) ?? ld.organization;
  const ogTitle = normTitle(meta(s, 'og:title') ?? '');
  // Some CMSs write the page title into og:site_name; that is no site name.
  const og = meta(s, 'og:site_name');
  const ogSite = og && !(ogTitle.length >= 10 && normTitle(og).includes(ogTitle)) ? og : null;
  return ogSite ?? ldString(publisher) ?? meta(s, 'application-name', 'apple-mobile-web-app-title', 'twitter:site')?.replace(/^@/, '') ?? null;
}

function imageOf(s: PageSignals, article: LdNode | null, url: string): ImageRef | null {
  const ldImage = article?.['image'];
  const ldNode = ldObject(ldImage);
  const src =
    absoluteUrl(meta(s, 'og:image:secure_url', 'og:image', 'og:image:url', 'twitter:image', 'twitter:image:src'), url) ??
    absoluteUrl(ldString(ldImage, 'url') ?? ldString(ldImage, 'contentUrl'), url) ??
    absoluteUrl((s.links.get('image_src') ?? [])[0], url);
  if (!src) return null;
  const image: ImageRef = { src };
  const alt = meta(s, 'og:image:alt', 'twitter:image:alt');
  if (alt) image.alt = clean(alt);
  const caption = ldString(ldNode?.['caption']) ?? ldString(ldNode?.['description']);
  if (caption) image.caption = clean(caption);
  const credit = ldString(ldNode?.['creditText']) ?? ldString(ldNode?.['copyrightHolder']) ?? ldString(ldNode?.['author']);
  if (credit) image.credit = clean(credit);
  const width = Number(meta(s, 'og:image:width') ?? ldNode?.['width']);
  const height = Number(meta(s, 'og:image:height') ?? ldNode?.['height']);
  if (Number.isInteger(width) && width > 0) image.width = width;
  if (Number.isInteger(height) && height > 0) image.height = height;
  return image;
}

function sectionOf(s: PageSignals, ld: LdPicture): string | null {
  const fromMeta = ldString(ld.article?.['articleSection']) ?? meta(s, 'article:section', 'section', 'parsely-section', 'sailthru.section', 'article.section', 'cxenseparse:recs:category');
  if (fromMeta) return clean(fromMeta);
  const items = ld.breadcrumb?.['itemListElement'];
  if (Array.isArray(items) && items.length >= 2) {
    const second = ldObject(items[1]);
    const name = ldString(second) ?? ldString(second?.['item']);
    if (name) return clean(name);
  }
  for (const crumb of s.breadcrumbs) {
    const links = crumb.querySelectorAll('a');
    if (links.length >= 2) {
      const name = textOf(links[1]!);
      if (name && name.length < 60) return name;
    }
  }
  return null;
}

function paywallOf(article: LdNode | null, page: LdNode | null): boolean | null {
  for (const node of [article, page]) {
    const v = node?.['isAccessibleForFree'];
    if (typeof v === 'boolean') return v;
    if (typeof v === 'string' && /^(true|false)$/i.test(v.trim())) return v.trim().toLowerCase() === 'true';
  }
  return null;
}

function extract(doc: DomDocument, url: string): ArticleMetadata {
  const s = collectSignals(doc);
  const ld = pickNodes(parseJsonLd(s.jsonLd));
  const article = ld.article;
  const siteName = siteNameOf(s, ld);
  const declaredLanguage =
    normaliseLanguage(s.htmlLang) ??
    normaliseLanguage(ldString(article?.['inLanguage'])) ??
    normaliseLanguage(meta(s, 'og:locale')) ??
    normaliseLanguage(meta(s, 'content-language', 'language', 'dc.language'));
  const headings = headlineCandidates(s, url);
  const title = chooseTitle({
    h1s: headings.h1s,
    secondary: headings.secondary,
    crumb: lastCrumb(ld.breadcrumb),
    og: meta(s, 'og:title'),
    twitter: meta(s, 'twitter:title'),
    ld: ldString(article?.['headline']) ?? ldString(article?.['name']),
    itemprop: (s.itemprops.get('headline') ?? []).map(textOf).find((t) => t.length > 0) ?? meta(s, 'headline'),
    title: s.title === null ? meta(s, 'dc.title', 'parsely-title', 'sailthru.title') : clean(s.title),
    siteNames: [...(siteName ? [siteName] : []), ...hostLabels(url)],
    siteLabels: headings.siteLabels,
    description: meta(s, 'description'),
    opening: headings.opening,
  });
  const monthFirst = /^en-(US|PH)$|^en$/.test(declaredLanguage ?? '');
  const titleNorm = title ? normTitle(title) : '';
  const holdsTitle = (h: DomElement): boolean => titleNorm.length > 0 && normTitle(visibleText(h)).includes(titleNorm);
  const headline = s.h1s.find(holdsTitle) ?? s.h2s.find(holdsTitle) ?? s.h1s[0];
  const near = headlineLines(headline);
  const dates = chooseDates(s, { article, page: ld.page, url, language: declaredLanguage, monthFirst, near });
  const canonical = absoluteUrl((s.links.get('canonical') ?? [])[0], url) ?? absoluteUrl(meta(s, 'og:url'), url) ?? absoluteUrl(ldString(article?.['url']), url);
  return {
    canonicalUrl: canonical,
    title,
    standfirst: chooseStandfirst(s, article, title),
    authors: chooseAuthors(s, ld, siteName, near, headline),
    published: dates.published,
    modified: dates.modified,
    section: sectionOf(s, ld),
    siteName: siteName ? clean(siteName) : null,
    image: imageOf(s, article, url),
    declaredLanguage,
    isAccessibleForFree: paywallOf(article, ld.page),
  };
}

/** Title, standfirst, authors, dates, section, site, image, canonical URL, language and paywall flag of a page. */
export function extractMetadata(doc: DomDocument, url: string): ArticleMetadata {
  try {
    return extract(doc, url);
  } catch {
    // Metadata is best effort: a page the rules cannot read still yields its body.
    return { ...EMPTY, authors: [] };
  }
}
