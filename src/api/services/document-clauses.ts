import type { ApiContext } from '../context/api-context';
import { isClauseModel, toNodeModel, type ClauseModel } from '../models/node-model';

/** Reading order: by `order`, then path, so documents without `order` still list stably. */
export function compareClauses(a: ClauseModel, b: ClauseModel): number {
  const oa = a.order ?? Number.MAX_SAFE_INTEGER;
  const ob = b.order ?? Number.MAX_SAFE_INTEGER;
  if (oa !== ob) return oa - ob;
  return a.storeId < b.storeId ? -1 : a.storeId > b.storeId ? 1 : 0;
}

/** Every clause of a document in reading order: its CONTAINS tree, one batched store call for every document a request asks about at once. */
export function documentClauses(ctx: ApiContext, documentId: string): Promise<ClauseModel[]> {
  return ctx.memo(`clauses:${documentId}`, async () => {
    const tree = await ctx.loaders.descendants(documentId, ['CONTAINS']);
    return tree.map(toNodeModel).filter(isClauseModel).sort(compareClauses);
  });
}

/** The keyset key of a clause in reading order: zero-padded order, then id, so keys sort as clauses do. */
export function clauseKey(clause: ClauseModel): string {
  const order = clause.order ?? Number.MAX_SAFE_INTEGER;
  return `${String(order).padStart(16, '0')}/${clause.storeId}`;
}
