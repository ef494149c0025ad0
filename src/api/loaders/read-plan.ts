import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, getNamedType, Kind, OperationTypeNode, TypeInfo, visit, visitWithTypeInfo, type DocumentNode, type GraphQLSchema } from 'graphql';
import type { ReadOptions } from '../../store/graph-store.port';
import type { ApiContext } from '../context/api-context';

/**
 * What every store read of one request carries. It starts as full reads and is narrowed once the
 * operation is known (before any resolver runs): a query that selects no evidence reads none, and
 * one that shows no clause text reads none, which on Neo4j are most of the bytes. All reads of a
 * request share it, so the node loader never mixes nodes read whole and read slim.
 */
export type ReadPlan = Required<ReadOptions>;

/** The GraphQL types that show evidence: a field returning one of them needs the stored evidence. */
const EVIDENCE_TYPES = new Set(['Evidence', 'Mention']);

/** The fields whose resolvers read a clause's text (`Type.field`). */
const TEXT_FIELDS = new Set(['Clause.text', 'Clause.similar']);

/**
 * The plan for one document. A mutation reads everything (it reads whole nodes to merge and
 * re-write them). Otherwise evidence is read when some field's type is Evidence or Mention
 * (resolvers that read evidence return one of those types; a new one must too, or be listed
 * here), and clause text when a field of TEXT_FIELDS is selected anywhere.
 */
export function planReads(schema: GraphQLSchema, document: DocumentNode): ReadPlan {
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.some((op) => op.operation !== OperationTypeNode.QUERY)) return { evidence: true, text: true };
  const info = new TypeInfo(schema);
  const plan = { evidence: false, text: false };
  visit(
    document,
    visitWithTypeInfo(info, {
      Field(node) {
        const type = info.getType();
        const parent = info.getParentType();
        // An unknown field would fail validation; reading everything is the safe answer anyway.
        if (!type || !parent) {
          plan.evidence = plan.text = true;
          return BREAK;
        }
        if (EVIDENCE_TYPES.has(getNamedType(type).name)) plan.evidence = true;
        if (TEXT_FIELDS.has(`${parent.name}.${node.name.value}`)) plan.text = true;
        return plan.evidence && plan.text ? BREAK : undefined;
      },
    }),
  );
  return plan;
}

/**
 * Narrows the request's ReadPlan once its operation is resolved. Apollo hands the same parsed
 * document to every request of the same query text, so each document is planned once per server.
 */
export function readPlanPlugin(): ApolloServerPlugin<ApiContext> {
  const plans = new WeakMap<DocumentNode, ReadPlan>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, schema, contextValue }) {
          let plan = plans.get(document);
          if (!plan) {
            plan = planReads(schema, document);
            plans.set(document, plan);
          }
          Object.assign(contextValue.reads, plan);
        },
      };
    },
  };
}
