import type { GraphNode } from '../../graph/graph-types';
import { ENTITY_KINDS } from '../../graph/node-kind';
import type { ApiContext } from '../context/api-context';
import { looksLikePinyin, normaliseLatinKey, pinyinKeys } from './pinyin-keys';

/** Names first, then ids: the same answer every time when several entities share a name. */
function best(nodes: GraphNode[], name: string): GraphNode | null {
  const sorted = [...nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return sorted.find((n) => n.name === name) ?? sorted[0] ?? null;
}

/** How many search hits a pinyin look-up checks for an exact key. */
const PINYIN_CANDIDATES = 50;

/**
 * Entities whose name's full pinyin or initials equal `key`: the store's search finds candidates by
 * the pinyin keys ingest stores with each name (through the full-text index on Neo4j), and the
 * exact key decides.
 */
async function findByPinyin(ctx: ApiContext, key: string): Promise<GraphNode[]> {
  const hits = await ctx.store.search(key, { kinds: [...ENTITY_KINDS], first: PINYIN_CANDIDATES, ...ctx.reads });
  return hits
    .map((h) => h.node)
    .filter((n) => [n.name, ...n.aliases].some((name) => {
      const keys = pinyinKeys(name);
      return keys.full === key || keys.initials === key;
    }));
}

/**
 * The entity a person means by `name`: exact name, English name or alias first (the store's index),
 * then, for Latin input, full pinyin or initials (重庆电子工程职业学院 ← chongqingdianzigongchengzhiyexueyuan, cqdzgczyxy).
 */
export async function findEntity(ctx: ApiContext, name: string): Promise<GraphNode | null> {
  const wanted = name.normalize('NFKC').trim();
  if (!wanted) return null;
  const exact = await ctx.store.findByName(wanted, [...ENTITY_KINDS], ctx.reads);
  if (exact.length > 0) {
    ctx.loaders.prime(exact);
    return best(exact, wanted);
  }
  if (!looksLikePinyin(wanted)) return null;
  const matches = await findByPinyin(ctx, normaliseLatinKey(wanted));
  ctx.loaders.prime(matches);
  return best(matches, wanted);
}
