import { registerEnumType } from 'type-graphql';
import { ENTITY_KINDS, type EntityKind } from '../../graph/node-kind';
import { RELATION_TYPES, RELATION_TYPE_NAMES, type RelationType } from '../../graph/relation-type';
import type { Direction } from '../../store/graph-store.port';

/** The GraphQL enum objects, built from the graph model so the schema cannot drift from it. */
export const EntityKindEnum = Object.fromEntries(ENTITY_KINDS.map((k) => [k, k])) as { [K in EntityKind]: K };
export const RelationTypeEnum = Object.fromEntries(RELATION_TYPE_NAMES.map((t) => [t, t])) as {
  [T in RelationType]: T;
};
export const DirectionEnum = { OUT: 'OUT', IN: 'IN', BOTH: 'BOTH' } as const satisfies Record<Direction, Direction>;

registerEnumType(EntityKindEnum, {
  name: 'EntityKind',
  description: 'Kinds of real-world actors and things the graph knows (not documents or clauses).',
});

registerEnumType(RelationTypeEnum, {
  name: 'RelationType',
  description: 'Kinds of relation, each with the wording in the source text that it stands for.',
  valuesConfig: Object.fromEntries(
    RELATION_TYPE_NAMES.map((t) => [t, { description: `${RELATION_TYPES[t].en}（${RELATION_TYPES[t].zh}）` }]),
  ),
});

registerEnumType(DirectionEnum, {
  name: 'Direction',
  description: 'Which way a relation points, seen from the node asked about.',
  valuesConfig: {
    OUT: { description: 'The node is the source (出边).' },
    IN: { description: 'The node is the target (入边).' },
    BOTH: { description: 'Either way (双向).' },
  },
});
