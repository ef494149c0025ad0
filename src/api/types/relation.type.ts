import { GraphQLJSON } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { Properties } from '../../graph/graph-types';
import type { Evidence } from '../../graph/evidence';
import type { RelationType } from '../../graph/relation-type';
import type { Direction } from '../../store/graph-store.port';
import { DirectionEnum, RelationTypeEnum } from './enums';
import { EvidenceType } from './evidence.type';
import { PageInfoType } from './page-info.type';

/**
 * A typed, directed relation between two nodes, with the evidence it was read from. `source` and
 * `target` (in RelationResolver) are typed `Node!`, not `Entity!`: a task relation (LEADS,
 * RESPONSIBLE_FOR) points at a Clause and CITES at a Document; select `... on Entity { name }`.
 */
@ObjectType('Relation', { description: 'A typed, directed relation between two nodes, with its evidence.' })
export class RelationObjectType {
  @Field(() => ID, { description: 'Opaque id of the relation; one relation per (type, source, target).' })
  id!: string;

  @Field(() => RelationTypeEnum)
  type!: RelationType;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Extra facts, e.g. the table a row came from.' })
  properties!: Properties;

  @Field(() => [EvidenceType], { description: 'Every place the relation was read, in document order.' })
  evidence!: Evidence[];
}

/** An edge of a RelationConnection: the relation seen from the node whose relations were asked for. */
@ObjectType('RelationEdge')
export class RelationEdgeType {
  @Field({ description: 'Opaque keyset cursor: pass it as `after` or `before`.' })
  cursor!: string;

  @Field(() => RelationObjectType)
  node!: RelationObjectType;

  @Field(() => DirectionEnum, { description: 'OUT when the node asked about is the source, IN when it is the target.' })
  direction!: Direction;
}

@ObjectType('RelationConnection', { description: 'A page of relations (Relay), in relation-id order.' })
export class RelationConnectionType {
  @Field(() => [RelationEdgeType])
  edges!: RelationEdgeType[];

  @Field(() => PageInfoType)
  pageInfo!: PageInfoType;

  @Field(() => Int, { description: 'How many relations match in all pages together.' })
  totalCount!: number;
}
