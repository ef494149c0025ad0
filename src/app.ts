import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino, { type Logger } from 'pino';
import { buildApiSchema, createApolloServer, createRequestHandler, type ApiConfig, type IngestFn } from './api';
import type { GraphStore } from './store/graph-store.port';

/** What the app is built from; the store is made (and closed) by the caller. */
export interface AppDeps {
  store: GraphStore;
  config: ApiConfig;
  logger?: Logger;
  ingest?: IngestFn;
}

/** A running or runnable HTTP server over the GraphQL API. */
export interface App {
  server: Server;
  /** Starts listening; port 0 picks a free port. Resolves to the base URL, e.g. http://127.0.0.1:4000. */
  listen(port: number, host: string): Promise<string>;
  /** Stops taking requests, lets those in flight finish, and stops Apollo. Does not close the store. */
  stop(): Promise<void>;
}

/** Builds the GraphQL app (schema, Apollo, HTTP routes) over a store; nothing listens until `listen`. */
export async function createApp(deps: AppDeps): Promise<App> {
  const logger = deps.logger ?? pino({ level: 'silent' });
  const schema = await buildApiSchema();
  const apollo = createApolloServer(schema, deps.config, logger);
  await apollo.start();
  const handler = createRequestHandler(apollo, { store: deps.store, config: deps.config, logger, ingest: deps.ingest }, logger);
  const server = createServer((req, res) => void handler(req, res));
  server.requestTimeout = deps.config.requestTimeoutMs + 5000;
  return {
    server,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const address = server.address() as AddressInfo;
          const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          resolve(`http://${shownHost}:${address.port}`);
        });
      }),
    stop: async () => {
      await new Promise<void>((resolve) => {
        if (!server.listening) return resolve();
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      await apollo.stop();
    },
  };
}
