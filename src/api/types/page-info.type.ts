import { Field, Int, ObjectType } from 'type-graphql';

/** Relay page info. */
@ObjectType('PageInfo', { description: 'Where a page sits in its connection (Relay).' })
export class PageInfoType {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

/** A connection type for items of `nodeType`, with its edge type: `<Name>Connection` and `<Name>Edge`. */
export function connectionTypes(name: string, nodeType: () => Function, description: string) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field({ description: 'Opaque keyset cursor: pass it as `after` or `before`.' })
    cursor!: string;

    @Field(nodeType)
    node!: unknown;
  }

  @ObjectType(`${name}Connection`, { description })
  class ConnectionType {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfoType)
    pageInfo!: PageInfoType;

    @Field(() => Int, { description: 'How many items match in all pages together.' })
    totalCount!: number;
  }

  return { EdgeType, ConnectionType };
}
