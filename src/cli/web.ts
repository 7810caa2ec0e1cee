import { Command, InvalidArgumentError } from 'commander';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import type { Config } from '../config/schema.ts';
import { openStore, type Store } from '../store/index.ts';
import { createWebServer } from '../web/server.ts';

export function webCommand(loadConfig: () => Config): Command {
  return new Command('web')
    .description('serve the public site from the store (published articles only), until Ctrl-C')
    .option('--port <port>', 'port to listen on (default: web.port, 8080)', parsePort)
    .option('--host <host>', 'address to listen on (default: web.host, 127.0.0.1)')
    .action(async (opts: { port?: number; host?: string }) => {
      const config = loadConfig();
      const log = pino({ level: process.env.LOG_LEVEL ?? 'info' }, pino.destination(2));
      const store = await openStore({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
      let app: FastifyInstance | undefined;
      try {
        app = await listenWeb(store, config, { host: opts.host ?? config.web.host, port: opts.port ?? config.web.port, log });
        await new Promise<void>((resolve) => {
          process.once('SIGINT', resolve);
          process.once('SIGTERM', resolve);
        });
      } finally {
        await app?.close();
        await store.close();
      }
    });
}

/** Starts the site on host:port and logs where; the caller closes it. */
export async function listenWeb(store: Store, config: Config, o: { host: string; port: number; log: pino.Logger }): Promise<FastifyInstance> {
  const app = createWebServer({ store, config, log: o.log });
  try {
    const address = await app.listen({ host: o.host, port: o.port });
    o.log.info({ stage: 'web', address }, 'site listening');
    return app;
  } catch (err) {
    await app.close();
    throw new Error(`web: cannot listen on ${o.host}:${o.port}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function parsePort(text: string): number {
  if (!/^\d{1,5}$/.test(text) || Number(text) > 65535) throw new InvalidArgumentError(`"${text}" is not a port number (0-65535)`);
  return Number(text);
}
