import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import type { Browser } from 'playwright-core';
import { startDemo, type Demo } from '../../../devtools/demo/demo.ts';
import type { PublishedArticle } from '../../store/published.ts';
import { launchChromium } from './chromium.ts';
import { startHostileOutlet, type HostileOutlet } from './hostile-outlet.ts';

/** Screenshots and other files a browser test leaves for people to look at (gitignored). */
const ARTIFACTS_DIR = fileURLToPath(new URL('../../../test-artifacts/', import.meta.url));

/**
 * What one browser test file works on: the offline demo (Spanish and Portuguese outlets of the local world, taken in,
 * translated with Apertium and published by the real pipeline) served on 127.0.0.1, and one Chromium.
 */
export interface BrowserSite {
  url: string;
  demo: Demo;
  browser: Browser;
  /** Present when started with `hostile: true`: the outlet whose name and article carry script payloads. */
  hostile: HostileOutlet | null;
  /** Every published article, newest first, as the site's pages show it. */
  articles(): Promise<PublishedArticle[]>;
  close(): Promise<void>;
}

export async function startBrowserSite(o: { hostile?: boolean } = {}): Promise<BrowserSite> {
  const dir = mkdtempSync(join(tmpdir(), 'fd-browser-'));
  const hostile = o.hostile ? await startHostileOutlet() : null;
  let demo: Demo | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await demo?.stop();
    await hostile?.close();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    demo = await startDemo({
      port: 0,
      host: '127.0.0.1',
      dataDir: dir,
      languages: ['spa', 'por'],
      articlesPerSource: 3,
      ...(hostile ? { extraSources: [hostile.source] } : {}),
      log: pino({ level: 'silent' }),
    });
    await demo.firstPass;
    browser = await launchChromium();
    const store = demo.ctx.store;
    return {
      url: demo.url,
      demo,
      browser,
      hostile,
      articles: async () => {
        const out: PublishedArticle[] = [];
        for (const card of await store.published.latest({ limit: 100 })) {
          const found = await store.published.lookup(card.id);
          if (found.status === 'published') out.push(found.article);
        }
        return out;
      },
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}

export function artifactPath(name: string): string {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return join(ARTIFACTS_DIR, name);
}
