import type { FixtureArticle, FixtureSource } from './model.ts';
import { LOCALES, type Locale } from './outlets.ts';
import { feedType } from './render-feeds.ts';
import { esc } from './text.ts';

/**
 * Article pages with the clutter real news pages carry (nav, ads, share bar, newsletter box, comments) around the
 * story, in three template variants so an extractor cannot lean on one set of class names.
 */

const CLASSES = [
  { wrap: 'article', header: 'site-header', body: 'article-body', dek: 'standfirst', byline: 'byline', related: 'related-links', share: 'share-bar', ad: 'ad-slot', news: 'newsletter-box', comments: 'comments', footer: 'site-footer', crumbs: 'breadcrumb' },
  { wrap: 'story', header: 'masthead', body: 'story__content', dek: 'story__dek', byline: 'story__author', related: 'story__related', share: 'social-share', ad: 'advert', news: 'nl-signup', comments: 'reader-comments', footer: 'footer', crumbs: 'crumbs' },
  { wrap: 'nota', header: 'top', body: 'entry-content', dek: 'entry-summary', byline: 'entry-meta', related: 'mas-noticias', share: 'sharing', ad: 'banner', news: 'subscribe', comments: 'disqus', footer: 'bottom', crumbs: 'path' },
] as const;

type Classes = (typeof CLASSES)[number];

/** Wraps the first long word of a paragraph in a tag, so bodies carry inline links and emphasis. */
function inline(text: string, open: string, close: string): string {
  const m = /[\p{L}]{7,}/u.exec(text);
  if (!m) return esc(text);
  return esc(text.slice(0, m.index)) + open + esc(m[0]) + close + esc(text.slice(m.index + m[0].length));
}

function paragraphHtml(a: FixtureArticle, i: number, src: FixtureSource): string {
  const text = a.paragraphs[i] as string;
  if (i === a.blockquote) return `<blockquote><p>${esc(text)}</p></blockquote>`;
  if (i === 0) {
    const word = /[\p{L}]{7,}/u.exec(text)?.[0] ?? 'tema';
    return `<p>${inline(text, `<a href="${esc(`${src.homepage}tag/${encodeURIComponent(word.toLowerCase())}`)}">`, '</a>')}</p>`;
  }
  if (i === 1) return `<p>${inline(text, '<em>', '</em>')}</p>`;
  if (i === 3) return `<p>${inline(text, '<strong>', '</strong>')}</p>`;
  return `<p>${esc(text)}</p>`;
}

function relatedHtml(a: FixtureArticle, c: Classes, template: number, locale: Locale): string {
  const items = a.related.map((r) =>
    template === 1 ? `<p class="${c.related}-item">• <a href="${esc(r.url)}">${esc(r.title)}</a></p>` : `<li>• <a href="${esc(r.url)}">${esc(r.title)}</a></li>`,
  );
  if (template === 1) return `<div class="${c.related}">${items.join('')}</div>`;
  const label = template === 2 ? `<span class="${c.related}-label">${esc(locale.ui.related)}</span>` : '';
  return `<div class="${c.related}">${label}<ul>${items.join('')}</ul></div>`;
}

function bodyHtml(a: FixtureArticle, src: FixtureSource, c: Classes, locale: Locale): string {
  const out: string[] = [];
  const relatedAt = Math.min(a.paragraphs.length, Math.max(1, Math.floor(a.paragraphs.length / 3)));
  a.paragraphs.forEach((_, i) => {
    if (i === relatedAt && a.related.length > 0) out.push(relatedHtml(a, c, src.template, locale));
    if (a.subheading && i === a.subheading.before) out.push(`<h2>${esc(a.subheading.text)}</h2>`);
    out.push(paragraphHtml(a, i, src));
    if (i === 1) out.push(`<div class="${c.ad}" data-slot="mid-1"><span>${esc(locale.ui.advert)}</span><iframe src="/ads/slot?id=${i}" width="300" height="250"></iframe></div>`);
  });
  return out.join('\n');
}

function jsonLd(a: FixtureArticle, src: FixtureSource): string {
  const data = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: a.url,
    headline: a.title,
    description: a.standfirst ?? undefined,
    datePublished: a.published,
    dateModified: a.modified,
    author: a.authors.map((name) => ({ '@type': 'Person', name })),
    publisher: { '@type': 'Organization', name: src.name, logo: { '@type': 'ImageObject', url: `${src.homepage}static/logo.png` } },
    image: { '@type': 'ImageObject', url: a.image.src, width: 1200, height: 675 },
    inLanguage: a.language,
    isAccessibleForFree: a.isAccessibleForFree,
    articleSection: LOCALES[src.storyLanguage]?.sections.find((s) => s.slug === a.section)?.label ?? a.section,
  };
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  // Script text is not decoded for character references, so a legacy-charset page writes JSON escapes instead.
  return src.charset === 'utf-8' ? json : json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function navHtml(src: FixtureSource, locale: Locale, c: Classes): string {
  const links = [`<a href="${src.homepage}">${esc(locale.ui.home)}</a>`, ...locale.sections.map((s) => `<a href="${src.homepage}${s.slug}/">${esc(s.label)}</a>`)];
  const extra = ['culture', 'sport', 'opinion', 'tech', 'video', 'podcasts', 'weather', 'archive'].map((p) => `<a href="${src.homepage}${p}/">${p}</a>`);
  return `<header class="${c.header}"><a class="logo" href="${src.homepage}">${esc(src.name)}</a><nav><ul>${[...links, ...extra].map((l) => `<li>${l}</li>`).join('')}</ul></nav><a class="login" href="${src.homepage}login">Login</a> <a class="subscribe" href="${src.homepage}private/abo">${esc(locale.ui.subscribe)}</a></header>`;
}

export function renderArticle(a: FixtureArticle, src: FixtureSource): string {
  const locale = LOCALES[src.storyLanguage] as Locale;
  const c = CLASSES[src.template];
  const section = locale.sections.find((s) => s.slug === a.section);
  const sectionLabel = section?.label ?? a.section;
  const day = a.published.slice(0, 10);
  const time = `<time datetime="${a.published}" class="published">${day} ${a.published.slice(11, 16)}</time>`;
  const authors = a.authors.map((n) => `<a rel="author" href="${src.homepage}autor/${encodeURIComponent(n.toLowerCase().replace(/\s+/g, '-'))}">${esc(n)}</a>`).join(', ');
  const byline = src.template === 2
    ? `<address class="${c.byline}">${esc(locale.ui.by)} ${authors} · ${time}</address>`
    : `<div class="${c.byline}"><span class="author">${esc(locale.ui.by)} ${authors}</span> ${time}</div>`;
  const figure = `<figure class="lead"><img src="${esc(a.image.src)}" alt="${esc(a.image.caption)}" width="1200" height="675"><figcaption>${esc(a.image.caption)} <span class="credit">${esc(a.image.credit)}</span></figcaption></figure>`;
  const dek = a.standfirst ? (src.template === 1 ? `<h2 class="${c.dek}">${esc(a.standfirst)}</h2>` : `<p class="${c.dek}">${esc(a.standfirst)}</p>`) : '';
  const head = src.template === 1 ? `<h1>${esc(a.title)}</h1>${figure}${dek}${byline}` : `<h1>${esc(a.title)}</h1>${dek}${byline}${figure}`;
  const charsetMeta = src.charset === 'utf-8' ? '<meta charset="utf-8">' : `<meta http-equiv="Content-Type" content="text/html; charset=${src.charset}">`;
  const share = `<div class="${c.share}">${esc(locale.ui.share)}: <a href="https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(a.url)}">Facebook</a> <a href="https://twitter.com/intent/tweet?url=${encodeURIComponent(a.url)}">X</a> <a href="mailto:?subject=${encodeURIComponent(a.title)}">E-mail</a></div>`;
  const newsletter = `<aside class="${c.news}"><p>${esc(locale.ui.newsletter)}</p><form action="/newsletter" method="post"><input type="email" name="email"><button>${esc(locale.ui.subscribe)}</button></form></aside>`;
  const comments = `<section class="${c.comments}" id="comments"><h3>${esc(locale.ui.comments)} (2)</h3><div class="comment"><b>lector_77</b><p>${esc(locale.ui.comment)}</p></div><div class="comment"><b>maria.k</b><p>${esc(locale.ui.comment)}</p></div></section>`;
  const wrapTag = src.template === 2 ? 'div' : 'article';
  return `<!DOCTYPE html>
<html lang="${src.language}">
<head>
${charsetMeta}
<title>${esc(a.title)} | ${esc(src.name)}</title>
<meta name="description" content="${esc(a.standfirst ?? a.title)}">
<link rel="canonical" href="${esc(a.url)}">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(a.title)}">
<meta property="og:description" content="${esc(a.standfirst ?? '')}">
<meta property="og:url" content="${esc(a.url)}">
<meta property="og:image" content="${esc(a.image.src)}">
<meta property="og:site_name" content="${esc(src.name)}">
<meta property="og:locale" content="${src.language}_${src.country}">
<meta property="article:published_time" content="${a.published}">
<meta property="article:modified_time" content="${a.modified}">
<meta property="article:section" content="${esc(sectionLabel)}">
${a.authors.map((n) => `<meta property="article:author" content="${esc(n)}">`).join('\n')}
${src.feeds.map((f) => `<link rel="alternate" type="${feedType(f)}" href="${f}">`).join('\n')}
<script type="application/ld+json">${jsonLd(a, src)}</script>
<script>window.dataLayer=window.dataLayer||[];dataLayer.push({section:${JSON.stringify(a.section)}});</script>
<style>.${c.ad}{min-height:250px}</style>
</head>
<body class="page-article">
${navHtml(src, locale, c)}
<div class="${c.ad}" data-slot="top"><span>${esc(locale.ui.advert)}</span></div>
<main>
<ol class="${c.crumbs}"><li><a href="${src.homepage}">${esc(locale.ui.home)}</a></li><li><a href="${src.homepage}${a.section}/">${esc(sectionLabel)}</a></li></ol>
<${wrapTag} class="${c.wrap}">
${head}
${share}
<div class="${c.body}">
${bodyHtml(a, src, c, locale)}
</div>
${newsletter}
${share}
</${wrapTag}>
${comments}
</main>
<footer class="${c.footer}"><p>© ${new Date().getUTCFullYear()} ${esc(src.name)}</p><a href="${src.homepage}aviso-legal">Legal</a> <a href="${src.homepage}privacidad">Privacy</a> <a href="${src.homepage}contacto">Contact</a></footer>
</body>
</html>
`;
}
