import { IsOptional, MaxLength } from 'class-validator';
import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { policyId } from '../../graph/ids';
import { DocumentsArgs } from '../args/entities.args';
import { PageArgs } from '../args/page.args';
import type { ApiContext } from '../context/api-context';
import { badUserInput } from '../errors/api-errors';
import { isDocumentModel, isEntityModel, type ClauseModel, type DocumentModel, type EntityModel } from '../models/node-model';
import { sliceConnection, type ConnectionModel } from '../pagination/connection';
import { toPageRequest } from '../pagination/page-request';
import { clauseKey, documentClauses } from '../services/document-clauses';
import { formatCitation } from '../services/format-citation';
import { findNode, loadModels } from '../services/node-access';
import { normaliseDocNumber } from '../services/normalise-doc-number';
import { pageNodes, type NodeEdgeModel } from '../services/page-nodes';
import { ClauseConnection, DocumentConnection } from '../types/connections';
import { DocumentType } from '../types/document.type';
import { EntityInterface } from '../types/entity.interface';

@ArgsType()
class DocumentArgs {
  @Field(() => String, { nullable: true, description: '文号, e.g. 渝府发〔2019〕18号 (brackets and spaces may vary).' })
  @IsOptional()
  @MaxLength(200)
  docNumber?: string | null;

  @Field(() => ID, { nullable: true, description: 'Global id of the document.' })
  @IsOptional()
  @MaxLength(2000)
  id?: string | null;
}

type ClauseEdge = { cursor: string; node: ClauseModel };

/** Documents: lookup, listing, their clauses and the citation network. */
@Resolver(() => DocumentType)
export class DocumentResolver {
  @Query(() => DocumentType, { nullable: true, description: 'A document by 文号 or by id (give exactly one).' })
  async document(@Args() args: DocumentArgs, @Ctx() ctx: ApiContext): Promise<DocumentModel | null> {
    if ((args.docNumber == null) === (args.id == null)) {
      throw badUserInput('give exactly one of docNumber and id', { argument: 'docNumber' });
    }
    if (args.id != null) {
      const node = await findNode(ctx, args.id);
      return node?.kind === 'Policy' ? (await loadModels(ctx, [node.id])).filter(isDocumentModel)[0] ?? null : null;
    }
    const number = normaliseDocNumber(args.docNumber ?? '');
    const [byId] = (await loadModels(ctx, [policyId(number, '')])).filter(isDocumentModel);
    if (byId) return byId;
    // A document whose id is its title may still carry the number as a name or alias.
    const byName = await ctx.store.findByName(number, ['Policy'], ctx.reads);
    return (await loadModels(ctx, byName.map((n) => n.id))).filter(isDocumentModel)[0] ?? null;
  }

  @Query(() => DocumentConnection.ConnectionType, { description: 'Documents in id order.' })
  documents(@Args() args: DocumentsArgs, @Ctx() ctx: ApiContext): Promise<ConnectionModel<NodeEdgeModel>> {
    return pageNodes(ctx, { kinds: ['Policy'], nameContains: args.titleContains ?? undefined }, args);
  }

  @FieldResolver(() => ClauseConnection.ConnectionType, { description: 'All clauses of the document, in reading order.' })
  async clauses(@Root() doc: DocumentModel, @Args() args: PageArgs, @Ctx() ctx: ApiContext): Promise<ConnectionModel<ClauseEdge>> {
    const request = toPageRequest(args, ctx.config.maxPageSize);
    const clauses = await documentClauses(ctx, doc.storeId);
    return sliceConnection(clauses, clauseKey, request, (node, cursor) => ({ cursor, node }));
  }

  @FieldResolver(() => [DocumentType], { description: 'Documents this one (or one of its clauses) cites.' })
  async cites(@Root() doc: DocumentModel, @Ctx() ctx: ApiContext): Promise<DocumentModel[]> {
    const clauses = await documentClauses(ctx, doc.storeId);
    const sources = [doc.storeId, ...clauses.map((c) => c.storeId)];
    const pages = await Promise.all(sources.map((id) => ctx.loaders.relations(id, { types: ['CITES'], direction: 'OUT' })));
    const targets = new Set(pages.flatMap((p) => p.edges.map((e) => e.target)));
    targets.delete(doc.storeId);
    return (await loadModels(ctx, [...targets].sort())).filter(isDocumentModel);
  }

  @FieldResolver(() => [DocumentType], { description: 'Documents that cite this one (directly or from a clause).' })
  async citedBy(@Root() doc: DocumentModel, @Ctx() ctx: ApiContext): Promise<DocumentModel[]> {
    const page = await ctx.loaders.relations(doc.storeId, { types: ['CITES'], direction: 'IN' });
    const sources = await loadModels(ctx, page.edges.map((e) => e.source));
    const ids = new Set(sources.map((s) => (isDocumentModel(s) ? s.storeId : 'documentId' in s ? s.documentId : '')));
    ids.delete(doc.storeId);
    ids.delete('');
    return (await loadModels(ctx, [...ids].sort())).filter(isDocumentModel);
  }

  @FieldResolver(() => [EntityInterface], { description: 'Bodies that issued the document (ISSUED_BY).' })
  async issuedBy(@Root() doc: DocumentModel, @Ctx() ctx: ApiContext): Promise<EntityModel[]> {
    const page = await ctx.loaders.relations(doc.storeId, { types: ['ISSUED_BY'], direction: 'OUT' });
    return (await loadModels(ctx, page.edges.map((e) => e.target))).filter(isEntityModel);
  }

  @FieldResolver(() => String, { description: 'GB/T 7714 reference: 发文单位. 题名: 文号[Z]. 日期.' })
  citation(@Root() doc: DocumentModel): string {
    return formatCitation(doc);
  }
}
