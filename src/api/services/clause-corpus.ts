import type { ApiContext } from '../context/api-context';
import { toNodeModel, isClauseModel } from '../models/node-model';
import { bigramsOf, type BigramProfile } from './clause-similarity';
import { listAllNodes } from './node-access';

/** Bigram profiles of every clause in the graph, computed lazily and at most once per request. */
export function clauseCorpus(ctx: ApiContext): Promise<BigramProfile[]> {
  return ctx.memo('clause-corpus', async () => {
    const nodes = await listAllNodes(ctx, ['Clause']);
    return nodes
      .map(toNodeModel)
      .filter(isClauseModel)
      .map((c) => ({ id: c.storeId, document: c.documentId, bigrams: bigramsOf(`${c.heading ?? ''}${c.text}`) }));
  });
}
