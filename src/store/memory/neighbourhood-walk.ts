/** Which nodes a neighbourhood keeps, in the order both stores return them (Neo4j: cypher/read/get-neighbourhood.cypher). */
export interface WalkResult {
  /** The start node first, then each ring of neighbours in id order. */
  ids: string[];
  /** True when `maxNodes` cut the walk short. */
  truncated: boolean;
}

function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The MemoryStore's breadth-first walk, the rule cypher/read/get-neighbourhood.cypher mirrors: ring by ring up to `depth`, keeping each ring in id
 * order until `maxNodes` is reached. Walking ring by ring visits each node once, where a
 * variable-length Cypher pattern would enumerate every path and explode around hub nodes.
 * `expand` returns the neighbours (either direction) of a ring.
 */
export async function walkNeighbourhood(
  start: string,
  depth: number,
  maxNodes: number,
  expand: (ring: string[]) => Promise<Iterable<string>>,
): Promise<WalkResult> {
  const ids = [start];
  const seen = new Set(ids);
  let ring = ids;
  for (let level = 1; level <= depth && ring.length > 0; level++) {
    const fresh = [...new Set(await expand(ring))].filter((id) => !seen.has(id)).sort(byId);
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
