import { Command, InvalidArgumentError } from 'commander';
import { startDemo } from './demo.ts';

/** `npm run demo -- [--port 8080] [--articles 6]`: the offline demo on http://127.0.0.1:8080. */
const program = new Command('demo')
  .description('Serve Foreign Desk over a local news world: no internet needed')
  .option('--port <port>', 'port of the site', (v) => {
    if (!/^\d{1,5}$/.test(v)) throw new InvalidArgumentError(`"${v}" is not a port number`);
    return Number(v);
  }, 8080)
  .option('--articles <n>', 'articles per outlet', (v) => Number(v), 6)
  .parse();
const opts = program.opts<{ port: number; articles: number }>();

const started = Date.now();
const demo = await startDemo({ port: opts.port, host: '127.0.0.1', dataDir: './data/demo', articlesPerSource: opts.articles });
console.log(`Foreign Desk demo: ${demo.world.sources.length} outlets in ${new Set(demo.world.sources.map((s) => s.language)).size} languages on 127.0.0.N; taking them in…`);
const { published } = await demo.firstPass;
console.log(`${published} articles published in ${((Date.now() - started) / 1000).toFixed(0)} s. Open ${demo.url}/ (Ctrl-C to stop).`);
const stop = () => void demo.stop().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
