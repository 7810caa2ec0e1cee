import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { PublishedArticle } from '../../store/published.ts';
import { categoryHref as categoryPath } from '../lists.ts';
import { artifactPath, startBrowserSite, type BrowserSite } from './browser-site.ts';
import { browserTestsSkip } from './chromium.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let site: BrowserSite;
let article: PublishedArticle;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/**
 * axe-core's serious and critical findings on the page as loaded. The site's CSP allows no scripts, so axe is
 * evaluated through the DevTools protocol (which the CSP does not govern) rather than added as a script element.
 */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ['violations'] })).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.map((n) => `    ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`.replace(/\n/g, ' ')).join('\n')}`);
}

describe('accessibility (axe-core) and screenshots, light and dark', { skip: browserTestsSkip() }, () => {
  before(async () => {
    site = await startBrowserSite();
    const all = await site.articles();
    const full = all.find((a) => a.language === 'es' && a.standfirst && a.category?.includes('/'));
    assert.ok(full, 'a Spanish article with a standfirst and a subcategory');
    article = full;
  });

  after(() => site?.close());

  test('the axe run itself finds serious problems on a page that has them', async () => {
    const page = await site.browser.newPage();
    await page.setContent('<html lang="en"><title>Probe</title><body><main><p style="color:#bbb;background:#fff">faint text</p><a href="/x"><img src="/y.png"></a></main></body></html>');
    const found = (await seriousViolations(page)).map((v) => v.split(':')[0]);
    assert.deepEqual(found.sort(), ['critical image-alt', 'serious color-contrast', 'serious link-name'], found.join('\n'));
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`no serious or critical axe violations on any kind of page (${scheme})`, async () => {
      const context = await site.browser.newContext({ baseURL: site.url, colorScheme: scheme });
      const page = await context.newPage();
      const day = article.path.slice(1, 11).replaceAll('/', '-');
      const pages: [string, number][] = [
        ['/', 200],
        [article.path, 200],
        [`${article.path}?view=side-by-side`, 200],
        [`/date/${day}`, 200],
        ['/sources', 200],
        [categoryPath(article.category!.split('/')[0]!), 200],
        [categoryPath(article.category!), 200],
        [`/source/${article.sourceId}`, 200],
        [`/language/${article.language}`, 200],
        [`/country/${article.source.country.toLowerCase()}`, 200],
        ['/about', 200],
        ['/privacy', 200],
        ['/no/such/page', 404],
      ];
      const problems: string[] = [];
      for (const [path, status] of pages) {
        const res = await page.goto(path);
        assert.equal(res?.status(), status, path);
        for (const v of await seriousViolations(page)) problems.push(`${path}: ${v}`);
      }
      await context.close();
      assert.deepEqual(problems, [], problems.join('\n'));
    });

    test(`full-page screenshots of home and an article (${scheme}) are saved as test artefacts`, async () => {
      const context = await site.browser.newContext({ baseURL: site.url, colorScheme: scheme, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      for (const [name, path] of [['home', '/'], ['article', article.path], ['side-by-side', `${article.path}?view=side-by-side`]]) {
        await page.goto(path!);
        const png = await page.screenshot({ fullPage: true, path: artifactPath(`${name}-${scheme}.png`) });
        assert.ok(png.subarray(1, 4).toString() === 'PNG' && png.length > 10_000, `${name}: a real PNG (${png.length} bytes)`);
      }
      await context.close();
    });
  }
});
