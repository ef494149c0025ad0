import { MaxLength } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, ID, Query, Resolver } from 'type-graphql';
import { ENTITY_KINDS } from '../../graph/node-kind';
import { EntitiesArgs } from '../args/entities.args';
import { SearchArgs } from '../args/graph.args';
import type { ApiContext } from '../context/api-context';
import { toNodeModel, type NodeModel } from '../models/node-model';
import type { ConnectionModel } from '../pagination/connection';
import { findEntity } from '../services/find-entity';
import { findNode } from '../services/node-access';
import { pageNodes, type NodeEdgeModel } from '../services/page-nodes';
import { EntityConnection } from '../types/connections';
import { EntityInterface } from '../types/entity.interface';
import { NodeInterface } from '../types/node.interface';
import { SearchHitType } from '../types/result.types';

@ArgsType()
class EntityByNameArgs {
  @Field({ description: 'Name, alias, English name, or pinyin (full or initials) of the entity.' })
  @MaxLength(200)
  name!: string;
}

/** Entry points that find nodes: by id, by name, by listing, by search. */
@Resolver()
export class EntityQueryResolver {
  @Query(() => NodeInterface, { nullable: true, description: 'Any node by its global id (or a raw store id such as School:…).' })
  async node(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<NodeModel | null> {
    const node = await findNode(ctx, id);
    return node ? toNodeModel(node) : null;
  }

  @Query(() => EntityInterface, {
    nullable: true,
    description: 'The entity a name stands for: its name, an alias, its English name, or its pinyin (full or initials).',
  })
  async entity(@Args() { name }: EntityByNameArgs, @Ctx() ctx: ApiContext): Promise<NodeModel | null> {
    const node = await findEntity(ctx, name);
    return node ? toNodeModel(node) : null;
  }

  @Query(() => EntityConnection.ConnectionType, { description: 'Entities in id order, optionally of one kind or matching a name.' })
  entities(@Args() args: EntitiesArgs, @Ctx() ctx: ApiContext): Promise<ConnectionModel<NodeEdgeModel>> {
    const kinds = args.kind ? [args.kind] : [...ENTITY_KINDS];
    return pageNodes(ctx, { kinds, nameContains: args.nameContains ?? undefined }, args);
  }

  @Query(() => [SearchHitType], { description: 'Full-text search over names, aliases and clause text (Chinese aware), best first.' })
  async search(@Args() args: SearchArgs, @Ctx() ctx: ApiContext): Promise<{ node: NodeModel; score: number }[]> {
    const hits = await ctx.store.search(args.query, { kinds: args.kinds ?? undefined, first: args.first ?? 10, ...ctx.reads });
    ctx.loaders.prime(hits.map((h) => h.node));
    return hits.map((h) => ({ node: toNodeModel(h.node), score: h.score }));
  }
}
