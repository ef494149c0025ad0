import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ClauseMatchResolver, ClauseResolver } from '../resolvers/clause.resolver';
import { DocumentResolver } from '../resolvers/document.resolver';
import { EntityQueryResolver } from '../resolvers/entity-query.resolver';
import { EntityResolver } from '../resolvers/entity.resolver';
import { EvidenceResolver, MentionResolver } from '../resolvers/evidence.resolver';
import { GraphResolver } from '../resolvers/graph.resolver';
import { MutationResolver } from '../resolvers/mutation.resolver';
import { RelationEdgeResolver, RelationResolver } from '../resolvers/relation.resolver';
import { ENTITY_OBJECT_TYPES } from '../types/entity-kind.types';

/** Every resolver class of the API. */
const RESOLVERS = [
  EntityQueryResolver,
  EntityResolver,
  RelationResolver,
  RelationEdgeResolver,
  EvidenceResolver,
  MentionResolver,
  DocumentResolver,
  ClauseResolver,
  ClauseMatchResolver,
  GraphResolver,
  MutationResolver,
] as const;

/** Builds the executable schema; with `emitSchemaFile` it also writes the SDL there (sorted, as committed). */
export function buildApiSchema(options: { emitSchemaFile?: string } = {}): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...RESOLVERS],
    orphanedTypes: ENTITY_OBJECT_TYPES,
    validate: true,
    emitSchemaFile: options.emitSchemaFile ? { path: options.emitSchemaFile, sortedSchema: true } : false,
  });
}
