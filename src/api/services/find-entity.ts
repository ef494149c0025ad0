import type { GraphNode } from '../../graph/graph-types';
import { ENTITY_KINDS } from '../../graph/node-kind';
import type { ApiContext } from '../context/api-context';
import { looksLikePinyin, normaliseLatinKey } from './pinyin-keys';

/** Names first, then ids: the same answer every time when several entities share a name or key. */
function best(nodes: GraphNode[], name: string): GraphNode | null {
  const sorted = [...nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return sorted.find((n) => n.name === name) ?? sorted[0] ?? null;
}

/**
 * The entity a person means by `name`: its name, English name, an alias, or the full pinyin or
 * initials of one of those (重庆电子工程职业学院 ← chongqingdianzigongchengzhiyexueyuan, cqdzgczyxy),
 * which ingest stores with each entity; all through the store's name index. Pinyin typed with
 * spaces or capitals (`CQ DZ GC`) is compared as its letters and digits alone.
 */
export async function findEntity(ctx: ApiContext, name: string): Promise<GraphNode | null> {
  const wanted = name.normalize('NFKC').trim();
  if (!wanted) return null;
  let found = await ctx.store.findByName(wanted, [...ENTITY_KINDS], ctx.reads);
  const key = normaliseLatinKey(wanted);
  if (found.length === 0 && looksLikePinyin(wanted) && key !== wanted.toLowerCase()) {
    found = await ctx.store.findByName(key, [...ENTITY_KINDS], ctx.reads);
  }
  ctx.loaders.prime(found);
  return best(found, wanted);
}
