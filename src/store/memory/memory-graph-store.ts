import { join } from 'node:path';
import type { GraphBatch, GraphEdge, GraphNode } from '../../graph/graph-types';
import type { NodeKind } from '../../graph/node-kind';
import type {
  GraphCounts,
  GraphPath,
  DescendantOptions,
  GraphStore,
  NodeListFilter,
  NeighbourhoodOptions,
  NodePage,
  PathOptions,
  ReadOptions,
  RelationFilter,
  RelationPage,
  SearchHit,
  SearchOptions,
  Subgraph,
  UpsertResult,
} from '../graph-store.port';
import { walkRings } from './ring-walk';
import { checkDirection, checkIds, checkInteger, checkKinds, checkSomeTypes, checkTypes, MAX_HOPS } from '../read-options';
import { parseSearchQuery } from '../search-ranking';
import { planUpsert, type UpsertPlan } from '../upsert-plan';
import { readGraphFile, writeGraphFile } from './graph-file';
import { GraphIndex } from './graph-index';
import * as reads from './memory-reads';
import { shortestPaths } from './shortest-paths';

/** Where the MemoryStore keeps its graph; none means in memory only (tests). */
export interface MemoryStoreOptions {
  dataDir?: string;
}

/**
 * The slimmer twins of each stored (frozen) node and edge (without evidence, without text, or
 * both), each made once, so repeated reads return the same object.
 */
const twins = new WeakMap<GraphNode | GraphEdge, Map<string, GraphNode | GraphEdge>>();

/** A stored node or edge as a read returns it: itself, or its twin without what the reader did not ask for. */
function shaped<T extends GraphNode | GraphEdge>(item: T, options: ReadOptions | undefined): T {
  const dropEvidence = options?.evidence === false && item.evidence.length > 0;
  const dropText = options?.text === false && 'kind' in item && 'text' in item.properties;
  if (!dropEvidence && !dropText) return item;
  const key = `${dropEvidence}/${dropText}`;
  let shapes = twins.get(item);
  if (!shapes) twins.set(item, (shapes = new Map()));
  let twin = shapes.get(key) as T | undefined;
  if (!twin) {
    const { text: _text, ...rest } = item.properties;
    twin = Object.freeze({
      ...item,
      ...(dropEvidence ? { evidence: Object.freeze([]) } : {}),
      ...(dropText ? { properties: Object.freeze(rest) } : {}),
    }) as unknown as T;
    shapes.set(key, twin);
  }
  return twin;
}

/**
 * The embedded store, the default when no Neo4j is configured: the whole graph in maps with
 * adjacency, name and text indexes, saved to `<dataDir>/graph.json` after every write.
 * A write is planned against the current graph, saved, and only then applied in memory, so a
 * failed save leaves both the file and the memory as they were. Writes run one at a time.
 */
export class MemoryStore implements GraphStore {
  private readonly graph = new GraphIndex();
  private readonly file?: string;
  private writing: Promise<unknown> = Promise.resolve();
  private loaded = false;

  constructor(options: MemoryStoreOptions = {}) {
    this.file = options.dataDir === undefined ? undefined : join(options.dataDir, 'graph.json');
  }

  /** Loads the saved graph, if any; a file that is not one we wrote is a StoreCorruptError. */
  init(): Promise<void> {
    return this.exclusive(async () => undefined);
  }

  private async load(): Promise<void> {
    if (this.loaded || !this.file) return;
    const saved = await readGraphFile(this.file);
    for (const node of saved?.nodes ?? []) this.graph.putNode(node);
    for (const edge of saved?.edges ?? []) this.graph.putEdge(edge);
    this.loaded = true;
  }

  async close(): Promise<void> {
    await this.writing.catch(() => undefined);
  }

  upsert(batch: GraphBatch): Promise<UpsertResult> {
    return this.exclusive(async () => {
      const plan = planUpsert(batch, this.existingFor(batch, new Set()));
      await this.commit([], plan);
      return plan.result;
    });
  }

  deleteNodes(ids: readonly string[], replacement?: GraphBatch): Promise<{ nodesDeleted: number }> {
    return this.exclusive(async () => {
      const doomed = new Set(checkIds(ids).filter((id) => this.graph.nodes.has(id)));
      const plan = planUpsert(replacement ?? { nodes: [], edges: [] }, this.existingFor(replacement, doomed));
      await this.commit([...doomed], plan);
      return { nodesDeleted: doomed.size };
    });
  }

  async getNodes(ids: readonly string[], options?: ReadOptions): Promise<(GraphNode | null)[]> {
    return checkIds(ids).map((id) => {
      const node = this.graph.nodes.get(id);
      return node ? shaped(node, options) : null;
    });
  }

  async getRelations(ids: readonly string[], filter: RelationFilter): Promise<RelationPage[]> {
    const clean = {
      direction: checkDirection(filter.direction),
      types: checkTypes(filter.types),
      first: filter.first === undefined ? undefined : checkInteger('first', filter.first, 0),
      after: filter.after,
    };
    return checkIds(ids).map((id) => {
      const page = reads.relationPage(this.graph, id, clean);
      return { ...page, edges: page.edges.map((e) => shaped(e, filter)), others: page.others.map((n) => shaped(n, filter)) };
    });
  }

  async getDescendants(ids: readonly string[], options: DescendantOptions): Promise<GraphNode[][]> {
    const types = checkSomeTypes(options.types);
    const outwards = (ring: string[]) => ring.flatMap((n) => this.graph.edgeIdsOf(n, 'OUT', types).map((e) => this.graph.edges.get(e)!.target));
    return checkIds(ids).map((id) => {
      if (!this.graph.nodes.has(id)) return [];
      const { ids: found } = walkRings(id, Infinity, Infinity, outwards);
      return found.slice(1).map((n) => shaped(this.graph.nodes.get(n)!, options));
    });
  }

  async findByName(name: string, kinds?: NodeKind[], options?: ReadOptions): Promise<GraphNode[]> {
    return reads.nodesNamed(this.graph, String(name).toLowerCase(), checkKinds(kinds)).map((n) => shaped(n, options));
  }

  async listNodes(filter: NodeListFilter): Promise<NodePage> {
    const clean = { ...filter, kinds: checkKinds(filter.kinds), first: checkInteger('first', filter.first, 0) };
    const page = reads.nodePage(this.graph, clean);
    return { ...page, nodes: page.nodes.map((n) => shaped(n, filter)) };
  }

  async search(query: string, options: SearchOptions): Promise<SearchHit[]> {
    const terms = parseSearchQuery(query);
    const first = checkInteger('first', options.first, 0);
    return reads.searchNodes(this.graph, terms, checkKinds(options.kinds), first).map((h) => ({ ...h, node: shaped(h.node, options) }));
  }

  async neighbourhood(id: string, options: NeighbourhoodOptions): Promise<Subgraph> {
    const depth = checkInteger('depth', options.depth, 1, MAX_HOPS);
    const maxNodes = checkInteger('maxNodes', options.maxNodes, 1);
    const types = checkTypes(options.types);
    if (!this.graph.nodes.has(id)) return { nodes: [], edges: [], truncated: false };
    const expand = (ring: string[]) =>
      ring.flatMap((n) => [...reads.edgeIdsAround(this.graph, n, 'BOTH', types)].map((e) => reads.otherEnd(this.graph.edges.get(e)!, n)));
    const walk = walkRings(id, depth, maxNodes, expand);
    const nodes = walk.ids.map((n) => shaped(this.graph.nodes.get(n)!, options));
    const edges = reads.edgesAmong(this.graph, walk.ids, types).map((e) => shaped(e, options));
    return { nodes, edges, truncated: walk.truncated };
  }

  async shortestPaths(from: string, to: string, options: PathOptions): Promise<GraphPath[]> {
    const maxHops = checkInteger('maxHops', options.maxHops, 1, MAX_HOPS);
    const limit = checkInteger('limit', options.limit, 1);
    const paths = shortestPaths(this.graph, from, to, { maxHops, limit, types: checkTypes(options.types) });
    return paths.map((p) => ({ nodes: p.nodes.map((n) => shaped(n, options)), edges: p.edges.map((e) => shaped(e, options)) }));
  }

  async counts(): Promise<GraphCounts> {
    return reads.countGraph(this.graph);
  }

  async dump(): Promise<GraphBatch> {
    return this.snapshot();
  }

  clear(): Promise<void> {
    return this.exclusive(async () => {
      if (this.file) await writeGraphFile(this.file, { nodes: [], edges: [] });
      this.graph.clear();
    });
  }

  /**
   * Runs writes one after another, so each is planned against the graph the previous one left;
   * each loads the file first, so a write before `init()` can never overwrite a saved graph.
   */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.writing.catch(() => undefined).then(async () => {
      await this.load();
      return work();
    });
    this.writing = run;
    return run;
  }

  /** What the store holds for a batch's ids, as if the `gone` nodes (and their edges) were deleted. */
  private existingFor(batch: GraphBatch | undefined, gone: ReadonlySet<string>) {
    const live = (id: string) => this.graph.nodes.has(id) && !gone.has(id);
    const list = <T>(items: T[] | undefined) => (Array.isArray(items) ? items : []);
    const nodes = new Map(list(batch?.nodes).filter((n) => live(n?.id)).map((n) => [n.id, this.graph.nodes.get(n.id)!]));
    const edges = new Map(
      list(batch?.edges)
        .map((e) => this.graph.edges.get(e?.id))
        .filter((e): e is GraphEdge => !!e && live(e.source) && live(e.target))
        .map((e) => [e.id, e]),
    );
    return { nodes, edges, hasNode: live };
  }

  /** Saves the graph as it will be, then applies the change in memory; a failed save changes nothing. */
  private async commit(deleted: string[], plan: UpsertPlan): Promise<void> {
    if (this.file) await writeGraphFile(this.file, this.snapshot(deleted, plan));
    for (const id of deleted) this.graph.deleteNode(id);
    for (const node of plan.nodes) this.graph.putNode(node);
    for (const edge of plan.edges) this.graph.putEdge(edge);
  }

  /** The whole graph in id order, with `deleted` nodes (and their edges) gone and `plan` applied. */
  private snapshot(deleted: string[] = [], plan: Pick<UpsertPlan, 'nodes' | 'edges'> = { nodes: [], edges: [] }): GraphBatch {
    const gone = new Set(deleted);
    const nodes = new Map([...this.graph.nodes].filter(([id]) => !gone.has(id)));
    const edges = new Map([...this.graph.edges].filter(([, e]) => !gone.has(e.source) && !gone.has(e.target)));
    for (const node of plan.nodes) nodes.set(node.id, node);
    for (const edge of plan.edges) edges.set(edge.id, edge);
    return { nodes: [...nodes.values()].sort(reads.byId), edges: [...edges.values()].sort(reads.byId) };
  }
}
