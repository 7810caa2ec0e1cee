import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import type { PublishedArticle } from '../../store/published.ts';
import { startBrowserSite, type BrowserSite } from './browser-site.ts';
import { browserTestsSkip } from './chromium.ts';
import { HOSTILE_NAME, HOSTILE_TITLE } from './hostile-outlet.ts';

let site: BrowserSite;
let article: PublishedArticle;
/** The site as served, Content-Security-Policy and all. */
let guarded: BrowserContext;
/** The same pages with the CSP switched off: escaping and sanitising alone must keep every payload inert. */
let bare: BrowserContext;

interface Watched {
  page: Page;
  /** Which payloads called `__xss`, dialogs opened, console errors (CSP refusals among them), uncaught errors. */
  events(): Promise<{ ran: string[]; dialogs: string[]; consoleErrors: string[]; pageErrors: string[] }>;
}

async function watch(context: BrowserContext): Promise<Watched> {
  const page = await context.newPage();
  const dialogs: string[] = [];
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return {
    page,
    events: async () => ({ ran: await page.evaluate(() => (window as unknown as { __xssRan: string[] }).__xssRan), dialogs, consoleErrors, pageErrors }),
  };
}

/** Elements and attributes the payloads would need in the DOM to do anything at all. */
function markupLeft(page: Page) {
  return page.evaluate(() => ({
    scripts: [...document.querySelectorAll('script')].filter((s) => s.type !== 'application/ld+json').map((s) => s.outerHTML),
    embedded: [...document.querySelectorAll('svg, img, iframe, object, embed, math')].map((e) => e.outerHTML),
    handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.toLowerCase().startsWith('on'))).map((e) => e.outerHTML.slice(0, 120)),
    links: [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].filter((a) => a.protocol !== 'http:' && a.protocol !== 'https:').map((a) => a.getAttribute('href')),
  }));
}

const NOTHING_LEFT = { scripts: [], embedded: [], handlers: [], links: [] };
const NOTHING_RAN = { ran: [], dialogs: [], consoleErrors: [], pageErrors: [] };

describe('script in a source name, headline, standfirst and body never runs in Chromium', { skip: browserTestsSkip() }, () => {
  before(async () => {
    site = await startBrowserSite({ hostile: true });
    const found = (await site.articles()).find((a) => a.url === site.hostile!.articleUrl);
    assert.ok(found, 'the hostile article went through the whole pipeline and was published');
    article = found;
    guarded = await site.browser.newContext({ baseURL: site.url });
    bare = await site.browser.newContext({ baseURL: site.url, bypassCSP: true });
    for (const context of [guarded, bare]) {
      await context.addInitScript(() => {
        const w = window as unknown as { __xssRan: string[]; __xss: (where: string) => void };
        w.__xssRan = [];
        w.__xss = (where) => w.__xssRan.push(where);
      });
    }
  });

  after(() => site?.close());

  test('the watch itself sees a payload run without the CSP, and the CSP refuse one that is injected', async () => {
    const probe = await watch(bare);
    await probe.page.setContent(`<img src=x onerror="__xss('probe-img')"><script>__xss('probe-script')</script>`);
    await probe.page.waitForFunction(() => (window as unknown as { __xssRan: string[] }).__xssRan.length === 2);
    assert.deepEqual((await probe.events()).ran.sort(), ['probe-img', 'probe-script']);

    const csp = await watch(guarded);
    await csp.page.goto(article.path);
    const refused = csp.page.waitForEvent('console', { predicate: (m) => m.type() === 'error' && m.text().includes('Content Security Policy') });
    await csp.page.evaluate(() => document.body.insertAdjacentHTML('beforeend', `<img src=x onerror="__xss('injected')">`));
    await refused;
    assert.deepEqual((await csp.events()).ran, []);
  });

  test('every page that shows the hostile text runs nothing, keeps no markup from it, and shows it as text', async () => {
    const day = article.path.slice(1, 11).replaceAll('/', '-');
    for (const path of [article.path, `${article.path}?view=side-by-side`, '/', `/date/${day}`, '/sources', `/source/${site.hostile!.source.id}`, '/language/es', '/country/es']) {
      for (const [name, context] of [['with CSP', guarded], ['without CSP', bare]] as const) {
        const w = await watch(context);
        const res = await w.page.goto(path, { waitUntil: 'load' });
        assert.equal(res?.status(), 200, path);
        assert.deepEqual(await markupLeft(w.page), NOTHING_LEFT, `${path} ${name}: markup left`);
        assert.deepEqual(await w.events(), NOTHING_RAN, `${path} ${name}: something ran or was refused`);
        const body = await w.page.locator('body').innerText();
        assert.ok(body.includes(HOSTILE_NAME), `${path} ${name}: the source name shown as written`);
        await w.page.close();
      }
    }
  });

  test('the article shows each payload as the literal text the outlet wrote', async () => {
    const page = await guarded.newPage();
    await page.goto(article.path);
    assert.equal(await page.locator('h1').innerText(), article.title);
    assert.ok(article.title.includes(`<script>__xss('title')</script>`), article.title);
    assert.ok((await page.title()).startsWith(article.title));
    assert.equal(await page.locator('.article-source a[rel="external"]').first().innerText(), HOSTILE_NAME);
    assert.ok((await page.locator('article header .standfirst').innerText()).includes(`<img src=x onerror=__xss('standfirst')>`));
    assert.ok((await page.locator('.article-body').innerText()).includes(`<img src=x onerror=__xss('body-text')>`));
    assert.equal(await page.locator('.article-source cite').innerText(), HOSTILE_TITLE);

    await page.goto(`${article.path}?view=side-by-side`);
    assert.equal(await page.locator('.side-by-side .original strong').first().innerText(), HOSTILE_TITLE);
    await page.close();
  });
});
