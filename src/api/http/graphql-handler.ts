import type { ApolloServer } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import type { ApiConfig, ApiContext } from '../context/api-context';
import { createContext, type ContextDeps } from '../context/create-context';
import { PayloadTooLargeError, readBody } from './read-body';
import { sendGraphqlError } from './send';

function headerMapOf(req: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/** Why a request failed before GraphQL could run it: a status, a code and a message. */
class EarlyResponse extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

async function parsedBody(req: IncomingMessage, headers: HeaderMap, config: ApiConfig): Promise<unknown> {
  if (req.method !== 'POST') return undefined;
  let text: string;
  try {
    text = await readBody(req, config.maxRequestBytes);
  } catch (error) {
    if (error instanceof PayloadTooLargeError) throw new EarlyResponse(413, 'PAYLOAD_TOO_LARGE', error.message);
    throw error;
  }
  if (!(headers.get('content-type') ?? '').toLowerCase().includes('application/json')) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new EarlyResponse(400, 'BAD_REQUEST', 'the request body is not valid JSON');
  }
}

/**
 * Serves `/graphql` through Apollo's `executeHTTPGraphQLRequest`: reads the body within the size
 * limit, builds the per-request context, and answers 503 TIMEOUT if the request outlives its limit
 * (the context's deadline then stops its remaining store calls).
 */
export function createGraphqlHandler(apollo: ApolloServer<ApiContext>, deps: ContextDeps, logger: Logger) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const startedAt = Date.now();
    const headers = headerMapOf(req);
    let body: unknown;
    try {
      body = await parsedBody(req, headers, deps.config);
    } catch (error) {
      if (error instanceof EarlyResponse) return sendGraphqlError(res, error.status, error.code, error.message);
      throw error;
    }
    const url = new URL(req.url ?? '/', 'http://localhost');
    const execution = apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? 'GET').toUpperCase(), headers, search: url.search, body },
      context: async () =>
        createContext(deps, {
          header: (name) => headers.get(name),
          remote: req.socket.remoteAddress ?? 'unknown',
          startedAt,
        }),
    });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), deps.config.requestTimeoutMs);
    });
    const outcome = await Promise.race([execution, timeout]).finally(() => clearTimeout(timer));
    if (outcome === 'timeout') {
      execution.catch((error: unknown) => logger.debug({ err: error }, 'request finished after its time-out'));
      logger.warn({ url: req.url, ms: Date.now() - startedAt }, 'request timed out');
      return sendGraphqlError(res, 503, 'TIMEOUT', `the request took longer than ${deps.config.requestTimeoutMs} ms and was stopped`);
    }
    for (const [key, value] of outcome.headers) res.setHeader(key, value);
    res.statusCode = outcome.status ?? 200;
    if (outcome.body.kind === 'complete') {
      res.end(outcome.body.string);
    } else {
      for await (const chunk of outcome.body.asyncIterator) res.write(chunk);
      res.end();
    }
    logger.debug({ method: req.method, status: res.statusCode, ms: Date.now() - startedAt }, 'graphql request');
  };
}
