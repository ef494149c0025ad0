import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Evidence } from '../../graph/evidence';
import { RelationsArgs } from '../args/relations.args';
import type { ApiContext } from '../context/api-context';
import type { EntityModel } from '../models/node-model';
import { toRelationEdge, type RelationEdgeModel } from '../models/relation-model';
import { sliceConnection, toConnection, type ConnectionModel } from '../pagination/connection';
import { toPageRequest } from '../pagination/page-request';
import { pinyinKeys } from '../services/pinyin-keys';
import { traceMentions, type MentionModel } from '../services/trace-mentions';
import { EntityInterface } from '../types/entity.interface';
import { EvidenceType } from '../types/evidence.type';
import { MentionType } from '../types/mention.type';
import { RelationConnectionType } from '../types/relation.type';

/** Fields every entity kind shares; type-graphql gives them to each kind's object type. */
@Resolver(() => EntityInterface)
export class EntityResolver {
  @FieldResolver(() => String, { description: 'Full pinyin of the name, lower case, no spaces or tones.' })
  pinyin(@Root() entity: EntityModel): string {
    return pinyinKeys(entity.name).full;
  }

  @FieldResolver(() => String, { description: 'Pinyin initials of the name, e.g. cqdzgczyxy.' })
  pinyinInitials(@Root() entity: EntityModel): string {
    return pinyinKeys(entity.name).initials;
  }

  @FieldResolver(() => RelationConnectionType, { description: 'Relations of the entity (Relay), in relation-id order.' })
  async relations(
    @Root() entity: EntityModel,
    @Args() args: RelationsArgs,
    @Ctx() ctx: ApiContext,
  ): Promise<ConnectionModel<RelationEdgeModel>> {
    const request = toPageRequest(args, ctx.config.maxPageSize);
    const filter = { types: args.types ?? undefined, direction: args.direction ?? 'BOTH' };
    const toEdge = (edge: RelationEdgeModel['node']['edge'], cursor: string) => toRelationEdge(edge, entity.storeId, cursor);
    if (request.direction === 'forward') {
      const page = await ctx.loaders.relations(entity.storeId, { ...filter, first: request.size + 1, after: request.after });
      return toConnection(page.edges.slice(0, request.size), (e) => e.id, toEdge, {
        hasNextPage: page.edges.length > request.size,
        hasPreviousPage: request.after !== undefined,
        totalCount: page.totalCount,
      });
    }
    // The port pages forward only; a backward page reads all of this node's relations and slices.
    const all = await ctx.loaders.relations(entity.storeId, filter);
    return sliceConnection(all.edges, (e) => e.id, request, toEdge);
  }

  @FieldResolver(() => [MentionType], { description: 'Every mention of the entity across documents, oldest document first (same as `trace`).' })
  mentions(@Root() entity: EntityModel, @Ctx() ctx: ApiContext): Promise<MentionModel[]> {
    return traceMentions(ctx, entity.node);
  }

  @FieldResolver(() => [EvidenceType], { description: 'Where the entity itself (its name) was read.' })
  evidence(@Root() entity: EntityModel): Evidence[] {
    return entity.node.evidence;
  }
}
