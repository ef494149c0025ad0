import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { GraphEdge } from '../../graph/graph-types';
import { NeighbourhoodArgs, PathsArgs } from '../args/graph.args';
import type { ApiContext } from '../context/api-context';
import { badUserInput } from '../errors/api-errors';
import { isEntityModel, toNodeModel, type EntityModel, type NodeModel } from '../models/node-model';
import { toRelationModel, type RelationModel } from '../models/relation-model';
import { fromGlobalId } from '../ids/global-id';
import { loadModels, requireEntity, requireNode, requireNodeFound } from '../services/node-access';
import { traceMentions, type MentionModel } from '../services/trace-mentions';
import { EntityInterface } from '../types/entity.interface';
import { MentionType } from '../types/mention.type';
import { PathType, SubgraphType } from '../types/result.types';

/** Questions about the shape of the graph around and between nodes. */
@Resolver()
export class GraphResolver {
  @Query(() => SubgraphType, { description: 'Nodes and relations within `depth` hops of a node.' })
  async neighbourhood(
    @Args() args: NeighbourhoodArgs,
    @Ctx() ctx: ApiContext,
  ): Promise<{ nodes: NodeModel[]; edges: RelationModel[]; truncated: boolean }> {
    const maxNodes = args.maxNodes ?? ctx.config.maxPageSize;
    if (maxNodes > ctx.config.maxPageSize) {
      throw badUserInput(`maxNodes must be at most ${ctx.config.maxPageSize}`, { argument: 'maxNodes', max: ctx.config.maxPageSize });
    }
    // The walk starts from the id as given and returns the start node first, so checking it needs no read of its own.
    const sub = await ctx.store.neighbourhood(fromGlobalId(args.id).storeId, { depth: args.depth ?? 1, types: args.types ?? undefined, maxNodes, ...ctx.reads });
    await requireNodeFound(ctx, args.id, 'id', sub.nodes[0]);
    ctx.loaders.prime(sub.nodes);
    return { nodes: sub.nodes.map(toNodeModel), edges: sub.edges.map(toRelationModel), truncated: sub.truncated };
  }

  @Query(() => [PathType], { description: 'Shortest paths between two nodes, each relation with its evidence.' })
  async paths(
    @Args() args: PathsArgs,
    @Ctx() ctx: ApiContext,
  ): Promise<{ length: number; nodes: NodeModel[]; relations: RelationModel[] }[]> {
    const paths = await ctx.store.shortestPaths(fromGlobalId(args.from).storeId, fromGlobalId(args.to).storeId, {
      maxHops: args.maxHops ?? 4,
      types: args.types ?? undefined,
      limit: args.first ?? 10,
      ...ctx.reads,
    });
    // A path begins and ends with the two nodes; only when there is none are they read to tell "no path" from NOT_FOUND.
    const ends = paths[0]?.nodes;
    await Promise.all([requireNodeFound(ctx, args.from, 'from', ends?.[0]), requireNodeFound(ctx, args.to, 'to', ends?.at(-1))]);
    return paths.map((path) => ({ length: path.edges.length, nodes: path.nodes.map(toNodeModel), relations: path.edges.map(toRelationModel) }));
  }

  @Query(() => [EntityInterface], { description: 'Entities directly related to both a and b (any relation, either way), by name.' })
  async commonConnections(
    @Arg('a', () => ID) a: string,
    @Arg('b', () => ID) b: string,
    @Ctx() ctx: ApiContext,
  ): Promise<EntityModel[]> {
    const [nodeA, nodeB] = await Promise.all([requireNode(ctx, a, 'a'), requireNode(ctx, b, 'b')]);
    const [pageA, pageB] = await Promise.all(
      [nodeA, nodeB].map((n) => ctx.loaders.relations(n.id, { direction: 'BOTH' })),
    );
    const others = (id: string, edges: GraphEdge[]): Set<string> =>
      new Set(edges.map((e) => (e.source === id ? e.target : e.source)));
    const ofB = others(nodeB.id, pageB.edges);
    const shared = [...others(nodeA.id, pageA.edges)].filter((id) => ofB.has(id) && id !== nodeA.id && id !== nodeB.id);
    const entities = (await loadModels(ctx, shared)).filter(isEntityModel);
    return entities.sort((x, y) => x.name.localeCompare(y.name, 'zh') || (x.storeId < y.storeId ? -1 : 1));
  }

  @Query(() => [MentionType], { description: 'Every mention of an entity across the documents, oldest document first, with quotes.' })
  async trace(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<MentionModel[]> {
    const entity = await requireEntity(ctx, id, 'id');
    return traceMentions(ctx, entity.node);
  }
}
