import { Command } from 'commander';
import { stringify } from 'yaml';
import type { Config, SourceConfig } from '../config/schema.ts';
import { extract } from '../extract/index.ts';
import { decodeHtml, decodeText } from '../fetch/charset.ts';
import { HttpClient } from '../fetch/client.ts';
import { identifyLanguage } from '../language/identify.ts';
import { articleText } from '../pipeline/article-record.ts';
import { feedsOf } from '../pipeline/poll-source.ts';
import { discoverSource } from '../sources/autodiscover.ts';
import { parseFeed } from '../sources/feeds.ts';
import { linksFromSectionPage } from '../sources/section-page.ts';
import { parseSitemap } from '../sources/sitemaps.ts';
import { openStore } from '../store/index.ts';
import { clip, renderTable } from './table.ts';

export function sourcesCommand(loadConfig: () => Config): Command {
  const cmd = new Command('sources').description('list, test and add news sources');

  cmd
    .command('list')
    .description('every configured source with its health')
    .action(async () => {
      const config = loadConfig();
      const store = await openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
      try {
        await store.sources.syncFromConfig(config.sources);
        const rows = await store.sources.health();
        console.log(
          renderTable(
            ['id', 'name', 'country', 'lang', 'enabled', 'articles', 'failed', 'untranslated', 'last success', 'errors', 'last error'],
            rows.map((r) => [r.id, r.name, r.country, r.language, r.enabled ? 'yes' : 'no', r.articles, r.failedArticles, r.awaitingTranslation, r.lastSuccessAt, r.errorCount, clip(r.lastError, 60)]),
          ),
        );
      } finally {
        await store.close();
      }
    });

  cmd
    .command('test <idOrUrl>')
    .description('show what would be taken in from a source, a feed or one article page, without storing anything')
    .option('--limit <n>', 'items to list per feed', '10')
    .action(async (target: string, opts: { limit: string }) => {
      const config = loadConfig();
      const http = HttpClient.fromConfig(config);
      const source = config.sources.find((s) => s.id === target);
      if (!source && !/^https?:\/\//i.test(target)) throw new Error(`"${target}" is neither a configured source id nor an http(s) URL`);
      const targets = source ? feedsOf(source) : [{ url: target, kind: 'auto' as const }];
      for (const t of targets) {
        await testOne(http, config, source, t.url, t.kind, Number(opts.limit));
      }
    });

  cmd
    .command('add <homepage>')
    .description('find the feeds and sitemaps of a site and propose a source entry for the configuration file')
    .action(async (homepage: string) => {
      const config = loadConfig();
      const http = HttpClient.fromConfig(config);
      const result = await discoverSource(homepage, (url, o) => http.get(url, o));
      if (result.found.length > 0) {
        console.log(renderTable(['found', 'kind', 'how', 'items'], result.found.map((f) => [f.url, f.kind, f.how, f.items])));
      }
      for (const p of result.problems) console.error(`note: ${p}`);
      console.log('\n# Proposed entry for the `sources:` list of your configuration file:\n');
      console.log(stringify([result.proposal]));
      if (result.found.length === 0) process.exitCode = 1;
    });

  return cmd;
}

async function testOne(http: HttpClient, config: Config, source: SourceConfig | undefined, url: string, kind: string, limit: number) {
  const res = await http.get(url);
  const html = res.contentType === null || /html/.test(res.contentType);
  console.log(`\n${url}  (HTTP ${res.status}, ${res.contentType ?? 'no content type'}, ${res.body.length} bytes)`);
  if (kind === 'section-page' && source) {
    const items = linksFromSectionPage(decodeHtml(res.body, res.contentType).text, res.url, new RegExp(source.articleUrlPattern ?? '.'));
    printItems('section page', items, limit);
    return;
  }
  if (kind === 'auto' && html) {
    const e = extract(decodeHtml(res.body, res.contentType).text, res.url, source?.extraction);
    const lang = identifyLanguage(articleText(e), { expected: config.languages, declared: e.declaredLanguage });
    console.log(stringify({ ...e, blocks: undefined, language: lang }));
    for (const b of e.blocks) {
      const text = 'text' in b ? b.text : b.type === 'list' ? b.items.map((i) => `• ${i.text}`).join(' ') : b.type === 'related' ? b.items.map((i) => `• ${i.title}`).join(' ') : (b.caption ?? b.src);
      console.log(`[${b.type}] ${clip(text, 160)}`);
    }
    return;
  }
  const text = decodeText(res.body, res.contentType).text;
  const parsed = kind === 'sitemap' ? parseSitemap(text, res.url) : tryFeedThenSitemap(text, res.url);
  printItems(parsed.kind, parsed.items, limit);
  for (const child of parsed.children ?? []) console.log(`  child sitemap: ${child}`);
}

function tryFeedThenSitemap(text: string, url: string) {
  try {
    return parseFeed(text, url);
  } catch (feedError) {
    try {
      return parseSitemap(text, url);
    } catch {
      throw feedError;
    }
  }
}

function printItems(kind: string, items: { url: string; title?: string; published?: string }[], limit: number) {
  console.log(`${kind}: ${items.length} item(s)`);
  console.log(renderTable(['published', 'title', 'url'], items.slice(0, limit).map((i) => [i.published ?? null, clip(i.title ?? null, 60), i.url])));
}
