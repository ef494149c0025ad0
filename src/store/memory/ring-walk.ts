/** Which nodes a walk keeps: the start node first, then each ring in id order. */
export interface WalkResult {
  ids: string[];
  /** True when `maxNodes` cut the walk short. */
  truncated: boolean;
}

function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The MemoryStore's breadth-first walk, for neighbourhoods and descendants alike (the rule
 * cypher/read/get-neighbourhood.cypher and get-descendants.cypher mirror): ring by ring up to
 * `depth`, keeping each ring in id order until `maxNodes` is reached. Walking ring by ring visits
 * each node once, where enumerating paths would explode around hub nodes. `expand` returns the
 * nodes one step on from a ring.
 */
export function walkRings(start: string, depth: number, maxNodes: number, expand: (ring: string[]) => Iterable<string>): WalkResult {
  const ids = [start];
  const seen = new Set(ids);
  let ring = ids;
  for (let level = 1; level <= depth && ring.length > 0; level++) {
    const fresh = [...new Set(expand(ring))].filter((id) => !seen.has(id)).sort(byId);
    const room = maxNodes - ids.length;
    if (fresh.length > room) {
      ids.push(...fresh.slice(0, room));
      return { ids, truncated: true };
    }
    fresh.forEach((id) => seen.add(id));
    ids.push(...fresh);
    ring = fresh;
  }
  return { ids, truncated: false };
}
