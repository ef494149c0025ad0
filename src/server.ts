import 'reflect-metadata';
import pino from 'pino';
import { buildApiSchema } from './api';
import { createApp } from './app';
import { loadConfig } from './config';
import { createIngest, prepareGraph } from './prepare-graph';
import { createGraphStore } from './store/create-graph-store';

/** Starts the API: config, store, prepared graph, HTTP server; stops cleanly on SIGTERM and SIGINT. */
async function main(argv: string[]): Promise<void> {
  const emitAt = argv.indexOf('--emit-schema');
  if (emitAt !== -1) {
    // `npm run schema:emit`: regenerate the committed SDL, no server.
    await buildApiSchema({ emitSchemaFile: argv[emitAt + 1] ?? 'schema/schema.graphql' });
    return;
  }
  const config = loadConfig();
  const logger = pino({ level: config.logLevel });
  const store = createGraphStore(config, logger);
  await prepareGraph(store, config, logger);
  const app = await createApp({ store, config, logger, ingest: createIngest(store, config) });
  const url = await app.listen(config.port, config.host);
  logger.info({ url: `${url}/graphql`, graphiql: `${url}/`, store: config.neo4jUri ? 'neo4j' : 'memory' }, `vetgraph API listening on ${url}`);

  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing requests in flight');
    const force = setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, config.requestTimeoutMs + 5000);
    force.unref();
    app
      .stop()
      .then(() => store.close())
      .then(() => logger.info('stopped'))
      .catch((error: unknown) => {
        logger.error({ err: error }, 'error while shutting down');
        process.exitCode = 1;
      });
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? (error.name === 'ConfigError' ? error.message : error.stack) : String(error)}\n`);
    process.exitCode = 1;
  });
}
