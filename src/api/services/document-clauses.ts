import type { ApiContext } from '../context/api-context';
import { isClauseModel, type ClauseModel } from '../models/node-model';
import { loadModels } from './node-access';

/** Reading order: by `order`, then path, so documents without `order` still list stably. */
export function compareClauses(a: ClauseModel, b: ClauseModel): number {
  const oa = a.order ?? Number.MAX_SAFE_INTEGER;
  const ob = b.order ?? Number.MAX_SAFE_INTEGER;
  if (oa !== ob) return oa - ob;
  return a.storeId < b.storeId ? -1 : a.storeId > b.storeId ? 1 : 0;
}

/**
 * Every clause of a document in reading order, found by walking CONTAINS down the clause tree:
 * one batched store call per tree level (for all documents asked about in the same request tick).
 */
export function documentClauses(ctx: ApiContext, documentId: string): Promise<ClauseModel[]> {
  return ctx.memo(`clauses:${documentId}`, async () => {
    const seen = new Set<string>([documentId]);
    const clauses: ClauseModel[] = [];
    let frontier = [documentId];
    while (frontier.length > 0) {
      const pages = await Promise.all(frontier.map((id) => ctx.loaders.relations(id, { types: ['CONTAINS'], direction: 'OUT' })));
      const next = [...new Set(pages.flatMap((p) => p.edges.map((e) => e.target)))].filter((id) => !seen.has(id));
      next.forEach((id) => seen.add(id));
      const models = (await loadModels(ctx, next)).filter(isClauseModel);
      clauses.push(...models);
      frontier = models.map((m) => m.storeId);
    }
    return clauses.sort(compareClauses);
  });
}

/** The keyset key of a clause in reading order: zero-padded order, then id, so keys sort as clauses do. */
export function clauseKey(clause: ClauseModel): string {
  const order = clause.order ?? Number.MAX_SAFE_INTEGER;
  return `${String(order).padStart(16, '0')}/${clause.storeId}`;
}
