import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, getNamedType, Kind, OperationTypeNode, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { ReadOptions } from '../../store/graph-store.port';
import type { ApiContext } from '../context/api-context';

/**
 * What every store read of one request carries. It starts as full reads and is narrowed once the
 * operation is known (before any resolver runs): a query that selects no evidence reads none, which
 * on Neo4j is most of the bytes. All reads of a request share it, so the node loader never mixes
 * nodes read with evidence and without.
 */
export type ReadPlan = Required<ReadOptions>;

/** The GraphQL types that show evidence: a field returning one of them needs the stored evidence. */
const EVIDENCE_TYPES = new Set(['Evidence', 'Mention']);

/**
 * True when the document has a mutation (mutations read whole nodes to merge and re-write them) or
 * selects, anywhere, a field whose type is Evidence or Mention. Resolvers that read evidence
 * return one of those types; a new one must too, or be listed here.
 */
export function documentReadsEvidence(schema: GraphQLSchema, document: DocumentNode): boolean {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.some((op) => op.operation !== OperationTypeNode.QUERY)) return true;
  const info = new TypeInfo(schema);
  let found = false;
  visit(
    document,
    visitWithTypeInfo(info, {
      Field() {
        const type = info.getType();
        // An unknown field would fail validation; reading everything is the safe answer anyway.
        if (!type || EVIDENCE_TYPES.has(getNamedType(type).name)) {
          found = true;
          return BREAK;
        }
        return undefined;
      },
    }),
  );
  return found;
}

/** Narrows the request's ReadPlan once its operation is resolved. */
export function readPlanPlugin(): ApolloServerPlugin<ApiContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, schema, contextValue }) {
          contextValue.reads.evidence = documentReadsEvidence(schema, document);
        },
      };
    },
  };
}
