import { Command } from 'commander';
import { ConfigError, describeConfig, loadConfig } from '../config/load.ts';
import type { Config } from '../config/schema.ts';
import { categoriesCommand } from './categories.ts';
import { doctorCommand } from './doctor.ts';
import { ingestCommand, runCommand } from './ingest.ts';
import { sourcesCommand } from './sources.ts';
import { translateCommand } from './translate.ts';
import { webCommand } from './web.ts';

const program = new Command('foreigndesk')
  .description("Foreign Desk: read the world's non-English press in English")
  .option('-c, --config <file>', 'configuration file (default: foreigndesk.config.yaml, or $FOREIGNDESK_CONFIG)')
  .showHelpAfterError();

/** Configuration is read lazily, once, so `--help` works without a valid file. */
let config: Config | undefined;
const getConfig = () => (config ??= loadConfig({ path: program.opts<{ config?: string }>().config }));

program.addCommand(ingestCommand(getConfig));
program.addCommand(runCommand(getConfig));
program.addCommand(sourcesCommand(getConfig));
program.addCommand(translateCommand(getConfig));
program.addCommand(doctorCommand(getConfig));
program.addCommand(webCommand(getConfig));
program.addCommand(categoriesCommand(getConfig));
program
  .command('config')
  .description('print the effective configuration (file + environment + defaults), secrets masked')
  .action(() => console.log(describeConfig(getConfig())));

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exitCode = 2;
  } else {
    console.error(`foreigndesk: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  }
}
