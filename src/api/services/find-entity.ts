import type { GraphNode } from '../../graph/graph-types';
import { ENTITY_KINDS } from '../../graph/node-kind';
import type { ApiContext } from '../context/api-context';
import { looksLikePinyin, normaliseLatinKey, pinyinKeys } from './pinyin-keys';
import { listAllNodes } from './node-access';

/** Names first, then ids: the same answer every time when several entities share a name. */
function best(nodes: GraphNode[], name: string): GraphNode | null {
  const sorted = [...nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return sorted.find((n) => n.name === name) ?? sorted[0] ?? null;
}

/** Pinyin keys of every entity name and alias → entities; built at most once per request. */
function pinyinIndex(ctx: ApiContext): Promise<Map<string, GraphNode[]>> {
  return ctx.memo('pinyin-index', async () => {
    const index = new Map<string, GraphNode[]>();
    const add = (key: string, node: GraphNode): void => {
      if (!key) return;
      const list = index.get(key) ?? [];
      if (!list.includes(node)) list.push(node);
      index.set(key, list);
    };
    for (const node of await listAllNodes(ctx, [...ENTITY_KINDS])) {
      for (const name of [node.name, ...node.aliases]) {
        const keys = pinyinKeys(name);
        add(keys.full, node);
        add(keys.initials, node);
      }
    }
    return index;
  });
}

/**
 * The entity a person means by `name`: exact name, English name or alias first (the store's index),
 * then, for Latin input, full pinyin or initials (重庆电子工程职业学院 ← chongqingdianzigongchengzhiyexueyuan, cqdzgczyxy).
 */
export async function findEntity(ctx: ApiContext, name: string): Promise<GraphNode | null> {
  const wanted = name.normalize('NFKC').trim();
  if (!wanted) return null;
  const exact = await ctx.store.findByName(wanted, [...ENTITY_KINDS]);
  if (exact.length > 0) {
    ctx.loaders.prime(exact);
    return best(exact, wanted);
  }
  if (!looksLikePinyin(wanted)) return null;
  const matches = (await pinyinIndex(ctx)).get(normaliseLatinKey(wanted)) ?? [];
  return best(matches, wanted);
}
