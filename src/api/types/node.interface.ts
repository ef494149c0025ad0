import { Field, ID, InterfaceType } from 'type-graphql';
import { graphqlTypeName, type NodeModel } from '../models/node-model';

/** Anything with a global id: every entity, document and clause. */
@InterfaceType('Node', {
  description: 'Anything with a global id: every entity, document and clause. Fetch one with `node(id:)`.',
  resolveType: (value: NodeModel) => graphqlTypeName(value.node.kind),
})
export abstract class NodeInterface {
  @Field(() => ID, { description: 'Opaque global id; stable across re-ingests of the same facts.' })
  id!: string;
}
