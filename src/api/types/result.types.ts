import { Field, Float, Int, ObjectType } from 'type-graphql';
import { NodeInterface } from './node.interface';
import { RelationObjectType } from './relation.type';

/** A search result: `node` is any node (entity, document or clause), best first. */
@ObjectType('SearchHit', { description: 'A search result, best first.' })
export class SearchHitType {
  @Field(() => NodeInterface)
  node!: unknown;

  @Field(() => Float, { description: 'Relevance; higher is better. Comparable within one result list only.' })
  score!: number;
}

/** Nodes and relations around a node. */
@ObjectType('Subgraph', { description: 'The nodes and relations within some hops of a node.' })
export class SubgraphType {
  @Field(() => [NodeInterface])
  nodes!: unknown[];

  @Field(() => [RelationObjectType])
  edges!: unknown[];

  @Field({ description: 'True when maxNodes cut the neighbourhood short.' })
  truncated!: boolean;
}

/** One path between two nodes. */
@ObjectType('Path', { description: 'A shortest path between two nodes; relations are followed either way.' })
export class PathType {
  @Field(() => Int, { description: 'Number of relations on the path.' })
  length!: number;

  @Field(() => [NodeInterface], { description: 'The nodes in order, from the start to the end.' })
  nodes!: unknown[];

  @Field(() => [RelationObjectType], { description: 'The relations in order, each with its evidence.' })
  relations!: unknown[];
}

/** What an ingest wrote. `document` is resolved by MutationResolver. */
@ObjectType('IngestResult', { description: 'What ingesting one document wrote to the graph.' })
export class IngestResultType {
  @Field(() => Int)
  nodesCreated!: number;

  @Field(() => Int)
  nodesUpdated!: number;

  @Field(() => Int)
  edgesCreated!: number;

  @Field(() => Int)
  edgesUpdated!: number;

  @Field(() => [String], { description: 'What the pipeline could not read or resolve.' })
  warnings!: string[];
}
