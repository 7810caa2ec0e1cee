import { Command } from 'commander';
import type { Config } from '../config/schema.ts';
import { CATEGORY_SOURCES } from '../organize/assign.ts';
import { categoryCounts, type CategoryCounts } from '../organize/category-counts.ts';
import { openStore } from '../store/index.ts';
import { renderTable } from './table.ts';

export function categoriesCommand(loadConfig: () => Config): Command {
  return new Command('categories')
    .description('the category taxonomy with IPTC Media Topic codes, published articles per category and where their categories came from')
    .option('--json', 'one JSON document instead of tables')
    .action(async (opts: { json?: boolean }) => {
      const config = loadConfig();
      const store = await openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
      try {
        const counts = categoryCounts(await store.categories.publishedCounts());
        console.log(opts.json ? JSON.stringify(counts) : renderCounts(counts));
      } finally {
        await store.close();
      }
    });
}

export function renderCounts(c: CategoryCounts): string {
  const sources = [...CATEGORY_SOURCES, ...Object.keys(c.bySource).filter((s) => !(CATEGORY_SOURCES as readonly string[]).includes(s))];
  const tree = renderTable(
    ['category', 'IPTC media topic', 'articles', ...sources],
    c.nodes.map((n) => [n.parent ? `  ${n.name}` : n.path, n.iptc, n.total, ...sources.map((s) => n.bySource[s] ?? 0)]),
  );
  const lines = [tree, '', `published: ${c.published}; ${sources.map((s) => `${s}: ${c.bySource[s] ?? 0}`).join(', ')}; without a category: ${c.uncategorised}`];
  if (c.outside.length > 0) lines.push(`not in the taxonomy: ${c.outside.map((o) => `${o.category} (${o.articles})`).join(', ')}`);
  return lines.join('\n');
}
