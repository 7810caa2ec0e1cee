import { Command, InvalidArgumentError } from 'commander';
import { startFixtureWorld } from './world.ts';

/** `npm run fixture-world -- [--sources N] [--articles M] [--hostile]`: serves the world and prints its configuration. */

function positiveInt(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError(`${flag} takes a positive integer, got "${value}"`);
  return n;
}

const program = new Command('fixture-world')
  .description('Serve a local news world on 127.0.0.N and print a Foreign Desk configuration for it.')
  .option('--sources <n>', 'number of sources (default: one per language)', (v) => positiveInt(v, '--sources'))
  .option('--articles <m>', 'articles per source', (v) => positiveInt(v, '--articles'), 10)
  .option('--languages <codes>', 'comma-separated languages (spa,fra,… or es,fr,…)', (v) => v.split(',').map((s) => s.trim()).filter(Boolean))
  .option('--hostile', 'also serve the hostile endpoints and a source that meets them', false)
  .option('--seed <n>', 'seed for dates, authors and sections', (v) => positiveInt(v, '--seed'), 1)
  .option('--crawl-delay <s>', 'Crawl-delay one host states in robots.txt (0: none)', (v) => Number(v), 1)
  .parse();

const opts = program.opts<{ sources?: number; articles: number; languages?: string[]; hostile: boolean; seed: number; crawlDelay: number }>();
const world = await startFixtureWorld({
  sources: opts.sources,
  articlesPerSource: opts.articles,
  languages: opts.languages,
  hostile: opts.hostile,
  seed: opts.seed,
  crawlDelay: opts.crawlDelay,
});

process.stdout.write(`# Foreign Desk configuration for the fixture world (${world.sources.length} sources, ${world.articles().length} articles).\n`);
process.stdout.write(`# Serving until Ctrl-C.\n`);
process.stdout.write(world.configYaml());

const stop = () => {
  void world.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
