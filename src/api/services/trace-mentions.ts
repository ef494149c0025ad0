import { evidenceKey, type Evidence } from '../../graph/evidence';
import type { GraphEdge, GraphNode } from '../../graph/graph-types';
import type { ApiContext } from '../context/api-context';
import { toRelationModel, type RelationModel } from '../models/relation-model';
import { isDocumentModel } from '../models/node-model';
import { loadModels } from './node-access';

/** One mention of an entity: the evidence, the relation it supports (if any), and its document's date. */
export interface MentionModel {
  evidence: Evidence;
  relation: RelationModel | null;
  quote: string;
  line: number;
  date: string | null;
}

/** Every piece of evidence about an entity, without duplicates: its relations' first, then its own. */
export function collectMentions(entity: GraphNode, edges: readonly GraphEdge[]): Omit<MentionModel, 'date'>[] {
  const byKey = new Map<string, Omit<MentionModel, 'date'>>();
  const add = (evidence: Evidence, edge: GraphEdge | null): void => {
    const key = evidenceKey(evidence);
    if (byKey.has(key)) return;
    byKey.set(key, { evidence, relation: edge ? toRelationModel(edge) : null, quote: evidence.quote, line: evidence.line });
  };
  for (const edge of edges) for (const evidence of edge.evidence) add(evidence, edge);
  for (const evidence of entity.evidence) add(evidence, null);
  return [...byKey.values()];
}

/** Mentions in time order: by document date (undated last), then document, then place in the document. */
export function sortMentions(mentions: MentionModel[]): MentionModel[] {
  return [...mentions].sort((a, b) => {
    const da = a.date ?? '\uffff';
    const db = b.date ?? '\uffff';
    if (da !== db) return da < db ? -1 : 1;
    if (a.evidence.document !== b.evidence.document) return a.evidence.document < b.evidence.document ? -1 : 1;
    return a.evidence.start - b.evidence.start;
  });
}

/** Every mention of an entity across the documents, oldest document first. */
export async function traceMentions(ctx: ApiContext, entity: GraphNode): Promise<MentionModel[]> {
  const page = await ctx.loaders.relations(entity.id, { direction: 'BOTH' });
  const mentions = collectMentions(entity, page.edges);
  const documents = await loadModels(ctx, [...new Set(mentions.map((m) => m.evidence.document))]);
  const dates = new Map(documents.filter(isDocumentModel).map((d) => [d.storeId, d.date]));
  return sortMentions(mentions.map((m) => ({ ...m, date: dates.get(m.evidence.document) ?? null })));
}
