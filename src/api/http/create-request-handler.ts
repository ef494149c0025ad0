import type { ApolloServer } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { ApiContext } from '../context/api-context';
import type { ContextDeps } from '../context/create-context';
import { GRAPHIQL_HTML, loadGraphiqlAssets } from './graphiql';
import { createGraphqlHandler } from './graphql-handler';
import { sendHealth, sendReadiness } from './health';
import { sendGraphqlError, sendJson } from './send';

/**
 * Routes of the HTTP server: `/graphql` (GET and POST), the GraphiQL page at `/` and `/graphiql`
 * with its assets under `/graphiql/`, `/healthz` and `/readyz`.
 */
export function createRequestHandler(apollo: ApolloServer<ApiContext>, deps: ContextDeps, logger: Logger) {
  const graphql = createGraphqlHandler(apollo, deps, logger);
  const assets = loadGraphiqlAssets();
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    try {
      if (path === '/graphql') return await graphql(req, res);
      if (path === '/healthz') return sendHealth(res);
      if (path === '/readyz') return await sendReadiness(res, deps.store);
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, { error: 'method not allowed' });
      if (path === '/' || path === '/graphiql') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
        return void res.end(GRAPHIQL_HTML);
      }
      const asset = assets.get(path);
      if (asset) {
        res.writeHead(200, { 'content-type': asset.contentType, 'content-length': asset.body.length, 'cache-control': 'public, max-age=86400' });
        return void res.end(req.method === 'HEAD' ? undefined : asset.body);
      }
      sendJson(res, 404, { error: `no route for ${path}` });
    } catch (error) {
      logger.error({ err: error, path }, 'request failed');
      if (!res.headersSent) sendGraphqlError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      else res.end();
    }
  };
}
