import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import type { PublishedArticle } from '../../store/published.ts';
import { categoryHref } from '../lists.ts';
import { startBrowserSite, type BrowserSite } from './browser-site.ts';
import { browserTestsSkip } from './chromium.ts';

let site: BrowserSite;
let context: BrowserContext;
let article: PublishedArticle;

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?Z$/;
const text = (page: Page, selector: string) => page.locator(selector).innerText();
const listedPaths = (page: Page) => page.locator('main .article-list li > a').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
const pathOf = (page: Page) => new URL(page.url()).pathname + new URL(page.url()).search;

describe('the site in Chromium', { skip: browserTestsSkip() }, () => {
  before(async () => {
    site = await startBrowserSite();
    // No JavaScript at all: the site promises to work without it, and the view switch is a plain link.
    context = await site.browser.newContext({ baseURL: site.url, javaScriptEnabled: false });
    const all = await site.articles();
    const full = all.find((a) => a.language === 'es' && a.standfirst && a.category?.includes('/') && all.some((b) => b.id !== a.id && b.category === a.category && b.language === a.language));
    assert.ok(full, `a Spanish article with a standfirst, a subcategory and a sibling in it among ${all.length}`);
    article = full;
  });

  after(() => site?.close());

  test('an article page has the anatomy readers expect', async () => {
    const page = await context.newPage();
    const res = await page.goto(article.path);
    assert.equal(res?.status(), 200);
    const a = article;
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.equal(await text(page, '.masthead .site-name'), 'Foreign Desk');
    assert.equal(await page.locator('.masthead .site-name').getAttribute('href'), '/');
    assert.equal(await text(page, '.masthead .tagline'), "The world's non-English press, in English");

    assert.equal(await page.locator('h1').count(), 1);
    assert.equal(await text(page, 'article h1'), a.title);
    assert.equal(await text(page, 'article .kicker'), a.category);
    assert.equal(await page.locator('article .kicker a').getAttribute('href'), categoryHref(a.category!));
    const published = page.locator('article .dateline time');
    assert.equal(await published.getAttribute('datetime'), new Date(a.publishedAt).toISOString());
    assert.match((await published.getAttribute('datetime'))!, ISO);
    assert.match(await published.innerText(), /^\d{1,2} [A-Z][a-z]+ \d{4} at \d\d:\d\d UTC$/);
    assert.equal(await text(page, 'article header .standfirst'), a.standfirst);
    const paragraphs = await page.locator('.article-body > p').allInnerTexts();
    assert.ok(paragraphs.length >= 2 && paragraphs.every((p) => p.trim().length > 20), JSON.stringify(paragraphs));

    const sourceLine = page.locator('.article-source p', { hasText: 'Source:' });
    assert.ok((await sourceLine.innerText()).startsWith(`Source: ${a.sourceName}`), await sourceLine.innerText());
    assert.equal(await sourceLine.getByRole('link', { name: a.sourceName, exact: true }).getAttribute('href'), a.url);
    const original = page.getByRole('link', { name: 'Read the original in Spanish' });
    assert.equal(await original.getAttribute('href'), a.url);
    assert.equal(await original.getAttribute('hreflang'), 'es');
    assert.equal(await page.locator('.article-source cite').getAttribute('lang'), 'es');

    const provenance = page.locator('.provenance p').first();
    assert.match(await provenance.innerText(), /^Translated by Apertium \(Spanish → English\) on \d{1,2} [A-Z][a-z]+ \d{4}\. Machine translation: the original is the authority\.$/);
    assert.equal(await provenance.locator('time').getAttribute('datetime'), new Date(a.translation.translatedAt).toISOString());

    const day = a.path.slice(1, 11).replaceAll('/', '-');
    const dayLink = page.getByRole('link', { name: /^All news articles on \d{1,2} [A-Z][a-z]+ \d{4}$/ });
    assert.equal(await dayLink.getAttribute('href'), `/date/${day}`);

    for (const [heading, min] of [['You may like', 1], ['Latest', 2]] as const) {
      const section = page.getByRole('region', { name: heading });
      assert.equal(await section.getByRole('heading', { level: 2 }).innerText(), heading);
      const links = await section.locator('.article-list li > a').evaluateAll((els) => els.map((e) => e.getAttribute('href')));
      assert.ok(links.length >= min, `${heading}: ${links.length} links`);
      assert.ok(!links.includes(a.path), `${heading} does not offer the article itself`);
    }

    const footer = page.getByRole('contentinfo').getByRole('navigation', { name: 'Site' });
    for (const [name, href] of [['About', '/about'], ['Privacy', '/privacy'], ['Sources', '/sources']]) {
      assert.equal(await footer.getByRole('link', { name, exact: true }).getAttribute('href'), href, name);
    }
    await page.close();
  });

  test('the original/translation switch is a link that works without JavaScript, each side in its own language', async () => {
    const page = await context.newPage();
    await page.goto(article.path);
    await page.getByRole('link', { name: 'Show the original Spanish beside the translation' }).click();
    await page.waitForURL((u) => u.search === '?view=side-by-side');
    assert.equal(pathOf(page), `${article.path}?view=side-by-side`);
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    const originals = page.locator('.side-by-side .pair > .original');
    const translations = page.locator('.side-by-side .pair > .translation');
    const rows = Math.max(article.blocks.length, article.original.blocks.length) + 1;
    assert.equal(await originals.count(), rows);
    assert.equal(await translations.count(), rows);
    assert.deepEqual(new Set(await originals.evaluateAll((els) => els.map((e) => e.getAttribute('lang')))), new Set(['es']));
    assert.deepEqual(new Set(await translations.evaluateAll((els) => els.map((e) => e.getAttribute('lang')))), new Set(['en']));
    assert.equal(await originals.first().locator('strong').innerText(), article.original.title);
    assert.equal(await translations.first().locator('strong').innerText(), article.title);
    const firstOriginal = article.original.blocks.find((b) => b.type === 'paragraph');
    assert.ok(firstOriginal && firstOriginal.type === 'paragraph');
    const originalText = firstOriginal.html.replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').slice(0, 40);
    assert.ok((await originals.allInnerTexts()).some((t) => t.includes(originalText)), `the original paragraph "${originalText}…" is shown`);

    await page.getByRole('link', { name: 'Show the translation only' }).click();
    await page.waitForURL((u) => u.search === '');
    assert.equal(pathOf(page), article.path);
    assert.equal(await page.locator('.side-by-side').count(), 0);
    assert.equal(await page.locator('.article-body [lang="es"]').count(), 0, 'the translation alone carries no Spanish');
    await page.close();
  });

  test('the keyboard reaches the main links, each with a visible focus style, and the skip link leads into the content', async () => {
    const page = await context.newPage();
    await page.goto(article.path);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const box = el.getBoundingClientRect();
      return { text: el.textContent, onScreen: box.left >= 0 && box.top >= 0 && box.right <= innerWidth && box.width > 0 };
    });
    assert.deepEqual(skip, { text: 'Skip to content', onScreen: true });
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    assert.ok(await page.evaluate(() => document.activeElement?.closest('main') !== null), 'after the skip link, focus moves into the main content');

    await page.goto(article.path);
    const reached: { text: string; section: string | null; outline: string }[] = [];
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const s = getComputedStyle(el);
        const section = el.closest('section')?.querySelector('h2')?.textContent ?? null;
        const visible = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && s.outlineColor !== getComputedStyle(document.body).backgroundColor;
        return { text: (el.textContent ?? '').trim(), section, outline: visible ? 'visible' : `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}` };
      });
      if (!focused) break;
      reached.push(focused);
    }
    const names = reached.map((r) => r.text);
    for (const want of ['Foreign Desk', 'Show the original Spanish beside the translation', article.sourceName, 'Read the original in Spanish', 'About', 'Privacy', 'Sources']) {
      assert.ok(names.includes(want), `Tab reaches "${want}" (reached: ${names.join(' | ')})`);
    }
    assert.ok(names.some((n) => n.startsWith('All news articles on')), 'Tab reaches the day link');
    for (const section of ['You may like', 'Latest']) assert.ok(reached.some((r) => r.section === section), `Tab reaches the links under "${section}"`);
    const unstyled = reached.filter((r) => r.outline !== 'visible');
    assert.deepEqual(unstyled, [], 'every focused link shows an outline at least 2px wide in a colour other than the background');
    await page.close();
  });

  test('a reader clicks from home to an article, to its day, to its category and subcategory', async () => {
    const page = await context.newPage();
    await page.goto('/');
    assert.equal(await page.title(), "Foreign Desk: The world's non-English press, in English");
    await page.getByRole('region', { name: 'Latest' }).getByRole('link', { name: article.title, exact: true }).click();
    await page.waitForURL((u) => u.pathname === article.path);
    assert.equal(await text(page, 'h1'), article.title);

    await page.getByRole('link', { name: /^All news articles on / }).click();
    const day = article.path.slice(1, 11).replaceAll('/', '-');
    await page.waitForURL((u) => u.pathname === `/date/${day}`);
    assert.match(await text(page, 'h1'), /^All news articles on \d{1,2} [A-Z][a-z]+ \d{4}$/);
    assert.ok((await listedPaths(page)).includes(article.path), 'the day lists the article');
    assert.match(await text(page, '.count'), /^\d+ articles?$/);

    const [top, sub] = article.category!.split('/') as [string, string];
    await page.getByRole('navigation', { name: 'Categories' }).getByRole('link', { name: top, exact: true }).click();
    await page.waitForURL((u) => u.pathname.startsWith('/category/'));
    assert.equal(await text(page, 'h1'), top);
    assert.ok((await listedPaths(page)).includes(article.path), `${top} lists the article`);
    await page.getByRole('navigation', { name: 'Subcategories' }).getByRole('link', { name: sub, exact: true }).click();
    await page.waitForURL((u) => u.pathname.split('/').length === 4);
    assert.equal(await text(page, 'h1'), sub);
    assert.deepEqual(await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('listitem').allInnerTexts(), ['Home', top, sub]);
    assert.ok((await listedPaths(page)).includes(article.path), `${article.category} lists the article`);
    await page.close();
  });
});
