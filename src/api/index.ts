/** The GraphQL API: schema, Apollo server, per-request context and the HTTP routes. */
export { createApolloServer } from './apollo/create-apollo-server';
export type { ApiConfig, ApiContext } from './context/api-context';
export type { ContextDeps } from './context/create-context';
export { createRequestHandler } from './http/create-request-handler';
export type { IngestFn, IngestSummary } from './ingest/ingest-port';
export { buildApiSchema } from './schema/build-api-schema';
