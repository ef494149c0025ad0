import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { ApiConfig, ApiContext } from '../context/api-context';
import { createFormatError } from '../errors/format-error';
import { unavailableStatusPlugin } from '../errors/unavailable-status.plugin';
import { queryLimitsPlugin } from '../limits/query-limits.plugin';

/** The Apollo server over our schema: error codes without stacks, query limits, our own GraphiQL page. */
export function createApolloServer(schema: GraphQLSchema, config: ApiConfig, logger: Logger): ApolloServer<ApiContext> {
  return new ApolloServer<ApiContext>({
    schema,
    formatError: createFormatError(logger),
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // server.ts owns shutdown: Apollo would otherwise stop itself and re-raise the signal mid-drain.
    stopOnTerminationSignals: false,
    plugins: [queryLimitsPlugin(config, logger), unavailableStatusPlugin(), ApolloServerPluginLandingPageDisabled()],
    logger: {
      debug: (m) => logger.debug(m),
      info: (m) => logger.info(m),
      warn: (m) => logger.warn(m),
      error: (m) => logger.error(m),
    },
  });
}
