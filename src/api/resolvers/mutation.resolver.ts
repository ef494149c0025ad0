import { Args, Ctx, FieldResolver, Mutation, Resolver, Root, UseMiddleware } from 'type-graphql';
import { AddAliasArgs, IngestDocumentArgs, MergeEntitiesArgs } from '../args/mutation.args';
import { RequireApiKey } from '../auth/require-api-key.middleware';
import type { ApiContext } from '../context/api-context';
import { ApiError, badUserInput } from '../errors/api-errors';
import type { IngestSummary } from '../ingest/ingest-port';
import { isDocumentModel, toNodeModel, type DocumentModel, type EntityModel } from '../models/node-model';
import { audited } from '../services/audit';
import { loadModels, requireEntity } from '../services/node-access';
import { planMerge } from '../services/plan-merge';
import { DocumentType } from '../types/document.type';
import { EntityInterface } from '../types/entity.interface';
import { IngestResultType } from '../types/result.types';

/** Changes to the graph; each needs the API key, is audited, and is one store transaction. */
@Resolver(() => IngestResultType)
export class MutationResolver {
  @Mutation(() => IngestResultType, { description: 'Reads a document and writes its facts to the graph (needs the API key).' })
  @UseMiddleware(RequireApiKey)
  ingestDocument(@Args() args: IngestDocumentArgs, @Ctx() ctx: ApiContext): Promise<IngestSummary> {
    const bytes = Buffer.byteLength(args.text, 'utf8');
    return audited(ctx, 'ingestDocument', { filename: args.filename, bytes }, async () => {
      if (bytes > ctx.config.maxDocumentBytes) {
        throw badUserInput(`text is ${bytes} bytes; the limit is ${ctx.config.maxDocumentBytes}`, {
          argument: 'text',
          max: ctx.config.maxDocumentBytes,
        });
      }
      if (!ctx.ingest) throw new ApiError('SERVICE_UNAVAILABLE', 'this server has no ingest pipeline configured');
      return ctx.ingest(args.filename, args.text);
    });
  }

  @FieldResolver(() => DocumentType, { nullable: true, description: 'The document as it now stands in the graph.' })
  async document(@Root() summary: IngestSummary, @Ctx() ctx: ApiContext): Promise<DocumentModel | null> {
    ctx.loaders.nodes.clear(summary.documentId);
    return (await loadModels(ctx, [summary.documentId])).filter(isDocumentModel)[0] ?? null;
  }

  @Mutation(() => EntityInterface, { description: 'Adds another name to an entity (needs the API key). Adding a name it has is a no-op.' })
  @UseMiddleware(RequireApiKey)
  addAlias(@Args() args: AddAliasArgs, @Ctx() ctx: ApiContext): Promise<EntityModel> {
    const alias = args.alias.normalize('NFKC').trim();
    return audited(ctx, 'addAlias', { entity: args.entity, alias }, async () => {
      const entity = await requireEntity(ctx, args.entity, 'entity');
      const node = entity.node;
      if (alias === node.name || node.aliases.includes(alias)) return entity;
      const updated = { ...node, aliases: [...node.aliases, alias] };
      await ctx.store.upsert({ nodes: [updated], edges: [] });
      ctx.loaders.nodes.clear(node.id);
      return toNodeModel(updated) as EntityModel;
    });
  }

  @Mutation(() => EntityInterface, {
    description: 'Merges `drop` into `keep`: names become aliases, relations move over, `drop` is deleted; all or nothing (needs the API key).',
  })
  @UseMiddleware(RequireApiKey)
  mergeEntities(@Args() args: MergeEntitiesArgs, @Ctx() ctx: ApiContext): Promise<EntityModel> {
    return audited(ctx, 'mergeEntities', { keep: args.keep, drop: args.drop }, async () => {
      const [keep, drop] = await Promise.all([requireEntity(ctx, args.keep, 'keep'), requireEntity(ctx, args.drop, 'drop')]);
      if (keep.storeId === drop.storeId) throw badUserInput('keep and drop are the same entity', { argument: 'drop' });
      // Read the drop's relations fresh (not from the request cache): they are about to be rewritten.
      const [relations] = await ctx.store.getRelations([drop.storeId], { direction: 'BOTH' });
      const batch = planMerge(keep.node, drop.node, relations.edges);
      await ctx.store.deleteNodes([drop.storeId], batch);
      ctx.loaders.nodes.clearAll();
      return toNodeModel(batch.nodes[0]) as EntityModel;
    });
  }
}
