import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RelationType } from '../../graph/relation-type';
import type { Direction } from '../../store/graph-store.port';
import { SimilarArgs } from '../args/graph.args';
import type { ApiContext } from '../context/api-context';
import { notFound } from '../errors/api-errors';
import { isClauseModel, isDocumentModel, isEntityModel, type ClauseModel, type DocumentModel, type EntityModel, type NodeModel } from '../models/node-model';
import { clauseCorpus } from '../services/clause-corpus';
import { bigramsOf, findSimilar } from '../services/clause-similarity';
import { loadModel, loadModels } from '../services/node-access';
import { ClauseMatchType } from '../types/clause-match.type';
import { ClauseType } from '../types/clause.type';
import { DocumentType } from '../types/document.type';
import { EntityInterface } from '../types/entity.interface';

interface ClauseMatchModel {
  clauseId: string;
  score: number;
}

/** The nodes at the other end of a clause's relations of one type. */
async function neighbours(ctx: ApiContext, clause: ClauseModel, type: RelationType, direction: Direction): Promise<NodeModel[]> {
  const page = await ctx.loaders.relations(clause.storeId, { types: [type], direction });
  const ids = page.edges.map((e) => (e.source === clause.storeId ? e.target : e.source));
  return loadModels(ctx, [...new Set(ids)]);
}

/** A clause's document, its task units, the entities it mentions, its place in the tree, and look-alikes. */
@Resolver(() => ClauseType)
export class ClauseResolver {
  @FieldResolver(() => DocumentType)
  async document(@Root() clause: ClauseModel, @Ctx() ctx: ApiContext): Promise<DocumentModel> {
    const model = await loadModel(ctx, clause.documentId);
    if (!isDocumentModel(model)) throw notFound(`document "${clause.documentId}"`);
    return model;
  }

  @FieldResolver(() => [EntityInterface], { description: 'Lead units of the task (牵头单位).' })
  async lead(@Root() clause: ClauseModel, @Ctx() ctx: ApiContext): Promise<EntityModel[]> {
    return (await neighbours(ctx, clause, 'LEADS', 'IN')).filter(isEntityModel);
  }

  @FieldResolver(() => [EntityInterface], { description: 'Units responsible for the task (责任单位).' })
  async responsible(@Root() clause: ClauseModel, @Ctx() ctx: ApiContext): Promise<EntityModel[]> {
    return (await neighbours(ctx, clause, 'RESPONSIBLE_FOR', 'IN')).filter(isEntityModel);
  }

  @FieldResolver(() => [EntityInterface], { description: 'Entities the clause mentions.' })
  async mentions(@Root() clause: ClauseModel, @Ctx() ctx: ApiContext): Promise<EntityModel[]> {
    return (await neighbours(ctx, clause, 'MENTIONS', 'OUT')).filter(isEntityModel);
  }

  @FieldResolver(() => ClauseType, { nullable: true, description: 'The clause this one is part of; null at the top.' })
  async parent(@Root() clause: ClauseModel, @Ctx() ctx: ApiContext): Promise<ClauseModel | null> {
    return (await neighbours(ctx, clause, 'CONTAINS', 'IN')).filter(isClauseModel)[0] ?? null;
  }

  @FieldResolver(() => [ClauseType], { description: 'The clauses directly under this one, in reading order.' })
  async children(@Root() clause: ClauseModel, @Ctx() ctx: ApiContext): Promise<ClauseModel[]> {
    const children = (await neighbours(ctx, clause, 'CONTAINS', 'OUT')).filter(isClauseModel);
    return children.sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
  }

  @FieldResolver(() => [ClauseMatchType], {
    description: 'Clauses of other documents with similar wording (character-bigram Jaccard), best first.',
  })
  async similar(@Root() clause: ClauseModel, @Args() args: SimilarArgs, @Ctx() ctx: ApiContext): Promise<ClauseMatchModel[]> {
    const corpus = await clauseCorpus(ctx);
    const target = { id: clause.storeId, document: clause.documentId, bigrams: bigramsOf(`${clause.heading ?? ''}${clause.text}`) };
    return findSimilar(target, corpus, { minScore: args.minScore ?? 0.3, first: args.first ?? 10 }).map((m) => ({ clauseId: m.id, score: m.score }));
  }
}

/** The clause of a similarity match. */
@Resolver(() => ClauseMatchType)
export class ClauseMatchResolver {
  @FieldResolver(() => ClauseType)
  async clause(@Root() match: ClauseMatchModel, @Ctx() ctx: ApiContext): Promise<ClauseModel> {
    const model = await loadModel(ctx, match.clauseId);
    if (!isClauseModel(model)) throw notFound(`clause "${match.clauseId}"`);
    return model;
  }
}
