import { Field, InterfaceType } from 'type-graphql';
import type { EntityKind } from '../../graph/node-kind';
import { graphqlTypeName, type EntityModel } from '../models/node-model';
import { EntityKindEnum } from './enums';
import { NodeInterface } from './node.interface';

/** A real-world actor or thing; one object type per kind implements it. */
@InterfaceType('Entity', {
  implements: NodeInterface,
  description: 'A real-world actor or thing (school, enterprise, government body, alliance …) read from the documents.',
  resolveType: (value: EntityModel) => graphqlTypeName(value.node.kind),
})
export abstract class EntityInterface implements NodeInterface {
  // Declared by Node; type-graphql copies it into this interface and every implementation.
  id!: string;

  @Field(() => EntityKindEnum)
  kind!: EntityKind;

  @Field({ description: 'Canonical Chinese name.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'English name, when a document gives one.' })
  nameEn!: string | null;

  @Field(() => [String], { description: 'Other names the documents use (short forms, former names).' })
  aliases!: string[];
}
