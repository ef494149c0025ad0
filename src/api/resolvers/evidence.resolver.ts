import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Evidence } from '../../graph/evidence';
import type { ApiContext } from '../context/api-context';
import { notFound } from '../errors/api-errors';
import { isClauseModel, isDocumentModel, toNodeModel, type ClauseModel, type DocumentModel } from '../models/node-model';
import type { RelationModel } from '../models/relation-model';
import { formatCitation } from '../services/format-citation';
import type { MentionModel } from '../services/trace-mentions';
import { ClauseType } from '../types/clause.type';
import { DocumentType } from '../types/document.type';
import { EvidenceType } from '../types/evidence.type';
import { MentionType } from '../types/mention.type';
import { RelationObjectType } from '../types/relation.type';

/** The document evidence was read from; NOT_FOUND if the store lost it. */
export async function evidenceDocument(ctx: ApiContext, evidence: Evidence): Promise<DocumentModel> {
  const node = await ctx.loaders.nodes.load(evidence.document);
  const model = node ? toNodeModel(node) : null;
  if (!model || !isDocumentModel(model)) throw notFound(`document "${evidence.document}"`);
  return model;
}

/** The clause evidence was read in, or null when it was read outside any clause. */
export async function evidenceClause(ctx: ApiContext, evidence: Evidence): Promise<ClauseModel | null> {
  if (!evidence.clause) return null;
  const node = await ctx.loaders.nodes.load(evidence.clause);
  const model = node ? toNodeModel(node) : null;
  return model && isClauseModel(model) ? model : null;
}

/** Evidence's links back to its document and clause, and its citation. */
@Resolver(() => EvidenceType)
export class EvidenceResolver {
  @FieldResolver(() => DocumentType, { description: 'The document the quote is from.' })
  document(@Root() evidence: Evidence, @Ctx() ctx: ApiContext): Promise<DocumentModel> {
    return evidenceDocument(ctx, evidence);
  }

  @FieldResolver(() => ClauseType, { nullable: true, description: 'The clause the quote is in, if any.' })
  clause(@Root() evidence: Evidence, @Ctx() ctx: ApiContext): Promise<ClauseModel | null> {
    return evidenceClause(ctx, evidence);
  }

  @FieldResolver(() => String, { description: 'GB/T 7714 reference to the document: 发文单位. 题名: 文号[Z]. 日期.' })
  async citation(@Root() evidence: Evidence, @Ctx() ctx: ApiContext): Promise<string> {
    return formatCitation(await evidenceDocument(ctx, evidence));
  }
}

/** A mention's evidence, document, clause and relation. */
@Resolver(() => MentionType)
export class MentionResolver {
  @FieldResolver(() => EvidenceType)
  evidence(@Root() mention: MentionModel): Evidence {
    return mention.evidence;
  }

  @FieldResolver(() => RelationObjectType, { nullable: true, description: 'The relation this mention is evidence of, if any.' })
  relation(@Root() mention: MentionModel): RelationModel | null {
    return mention.relation;
  }

  @FieldResolver(() => DocumentType)
  document(@Root() mention: MentionModel, @Ctx() ctx: ApiContext): Promise<DocumentModel> {
    return evidenceDocument(ctx, mention.evidence);
  }

  @FieldResolver(() => ClauseType, { nullable: true })
  clause(@Root() mention: MentionModel, @Ctx() ctx: ApiContext): Promise<ClauseModel | null> {
    return evidenceClause(ctx, mention.evidence);
  }
}
