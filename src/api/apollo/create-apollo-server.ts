import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { ApiConfig, ApiContext } from '../context/api-context';
import { createFormatError } from '../errors/format-error';
import { unavailableStatusPlugin } from '../errors/unavailable-status.plugin';
import { queryLimitsPlugin } from '../limits/query-limits.plugin';
import { readPlanPlugin } from '../loaders/read-plan';

/** The Apollo server over our schema: error codes without stacks, query limits, our own GraphiQL page, no cache-control hints. */
export function createApolloServer(schema: GraphQLSchema, config: ApiConfig, logger: Logger): ApolloServer<ApiContext> {
  return new ApolloServer<ApiContext>({
    schema,
    formatError: createFormatError(logger),
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // Compact JSON: Apollo's default indents every answer, which makes large ones a third bigger.
    stringifyResult: (result) => JSON.stringify(result),
    // server.ts owns shutdown: Apollo would otherwise stop itself and re-raise the signal mid-drain.
    stopOnTerminationSignals: false,
    // No cache hints are used; Apollo's default cache-control plugin would wrap every field resolver.
    plugins: [queryLimitsPlugin(config, logger), readPlanPlugin(), unavailableStatusPlugin(), ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled()],
    logger: {
      debug: (m) => logger.debug(m),
      info: (m) => logger.info(m),
      warn: (m) => logger.warn(m),
      error: (m) => logger.error(m),
    },
  });
}
