import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type FragmentDefinitionNode } from 'graphql';
import type { Logger } from 'pino';
import type { ApiConfig } from '../context/api-context';
import { defaultPageSize } from '../pagination/page-request';
import { measureQuery } from './query-cost';

/** Items assumed for a list field without a size argument (mentions, lead units …). */
const DEFAULT_LIST_SIZE = 10;

/**
 * Refuses operations deeper than Config.maxQueryDepth or costlier than Config.maxQueryComplexity,
 * after parsing and before any resolver runs (variables known, so `first: $n` is counted).
 */
export function queryLimitsPlugin(
  config: Pick<ApiConfig, 'maxQueryDepth' | 'maxQueryComplexity' | 'maxPageSize'>,
  logger: Logger,
): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, schema }) {
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const definition of document.definitions) {
            if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
          }
          const cost = measureQuery(schema, operation, fragments, request.variables ?? {}, {
            defaultPageSize: defaultPageSize(config.maxPageSize),
            defaultListSize: DEFAULT_LIST_SIZE,
          });
          // Variable names only: values can be whole documents (ingestDocument).
          logger.debug(
            { operation: request.operationName, query: request.query?.slice(0, 2000), variables: Object.keys(request.variables ?? {}), ...cost },
            'graphql operation',
          );
          if (cost.depth > config.maxQueryDepth) {
            throw new GraphQLError(`query depth ${cost.depth} exceeds the limit of ${config.maxQueryDepth}`, {
              extensions: { code: 'QUERY_TOO_COMPLEX', depth: cost.depth, maxDepth: config.maxQueryDepth, http: { status: 400 } },
            });
          }
          if (cost.complexity > config.maxQueryComplexity) {
            throw new GraphQLError(`query complexity ${cost.complexity} exceeds the limit of ${config.maxQueryComplexity}`, {
              extensions: {
                code: 'QUERY_TOO_COMPLEX',
                complexity: cost.complexity,
                maxComplexity: config.maxQueryComplexity,
                http: { status: 400 },
              },
            });
          }
        },
      };
    },
  };
}
