import neo4j, { type Driver } from 'neo4j-driver';
import type { GraphBatch, GraphEdge, GraphNode } from '../../graph/graph-types';
import { RELATION_TYPE_NAMES } from '../../graph/relation-type';
import type { NodeKind } from '../../graph/node-kind';
import { assertBatchShape } from '../batch-validation';
import type { DescendantOptions, GraphCounts, GraphPath, GraphStore, NeighbourhoodOptions, PathOptions, ReadOptions, SearchOptions, NodeListFilter, NodePage, RelationFilter, RelationPage, SearchHit, Subgraph, UpsertResult } from '../graph-store.port';
import { checkDirection, checkIds, checkInteger, checkKinds, checkSomeTypes, checkTypes, MAX_HOPS } from '../read-options';
import { parseSearchQuery } from '../search-ranking';
import { idsTouchedBy, planUpsert } from '../upsert-plan';
import { loadCypherFiles, type CypherTexts } from './cypher-files';
import { luceneNameQuery, luceneQueryFor, MATCH_ALL } from './lucene-query';
import { edgeToRow, nodeToRow, rowToEdge, rowToNode, toNumber } from './record-mapper';
import { inSession, inTransaction, queryRunner, type QueryLogger, type RunQuery } from './run-query';

export interface Neo4jStoreOptions {
  /** Database name; the server's default when omitted. */
  database?: string;
  /** Close the driver in `close()` (set when the store's creator built the driver for it alone). */
  closeDriver?: boolean;
  logger?: QueryLogger;
}

const EMPTY: GraphBatch = { nodes: [], edges: [] };
const int = (value: number) => neo4j.int(value);
/** The `$evidence` and `$text` parameters of the read files: true unless the reader asked for less. */
const shape = (options: ReadOptions | undefined) => ({ evidence: options?.evidence !== false, text: options?.text !== false });

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

/**
 * The GraphStore on Neo4j. Nodes carry `:Node` and their kind as labels; every query is a file
 * in cypher/. A write reads what it touches, merges with the same rule as the MemoryStore, and
 * writes the result in one transaction, so a retried transaction writes the same thing again.
 */
export class Neo4jStore implements GraphStore {
  private readonly cypher: CypherTexts = loadCypherFiles();

  constructor(
    private readonly driver: Driver,
    private readonly options: Neo4jStoreOptions = {},
  ) {}

  /** One read statement, auto-committed (see `inSession`). */
  private query: RunQuery = (name, params, template) =>
    inSession(this.driver, this.options.database, 'READ', (session) => queryRunner(session, this.cypher, this.options.logger)(name, params, template));

  /** Several read statements in one transaction, so they see the same graph. */
  private read<T>(work: (run: RunQuery) => Promise<T>): Promise<T> {
    return inTransaction(this.driver, this.options.database, 'READ', (tx) => work(queryRunner(tx, this.cypher, this.options.logger)));
  }

  private write<T>(work: (run: RunQuery) => Promise<T>): Promise<T> {
    return inTransaction(this.driver, this.options.database, 'WRITE', (tx) => work(queryRunner(tx, this.cypher, this.options.logger)));
  }

  /** Creates the id constraint, the name index, the cjk full-text index and the edge-id index of every relation type, and waits until they are online. */
  async init(): Promise<void> {
    for (const name of ['schema/create-node-id-constraint', 'schema/create-node-name-index', 'schema/create-node-text-index'] as const) {
      await this.write((run) => run(name, {}));
    }
    await this.write(async (run) => {
      for (const type of RELATION_TYPE_NAMES) await run('schema/create-edge-id-index', {}, { TYPE: type });
    });
    await this.read((run) => run('schema/await-indexes', { timeoutSeconds: int(300) }));
  }

  async close(): Promise<void> {
    if (this.options.closeDriver) await this.driver.close();
  }

  async upsert(batch: GraphBatch): Promise<UpsertResult> {
    assertBatchShape(batch);
    return (await this.write((run) => this.apply(run, [], batch))).result;
  }

  async deleteNodes(ids: readonly string[], replacement?: GraphBatch): Promise<{ nodesDeleted: number }> {
    const doomed = [...new Set(checkIds(ids))];
    if (replacement) assertBatchShape(replacement);
    const { nodesDeleted } = await this.write((run) => this.apply(run, doomed, replacement ?? EMPTY));
    return { nodesDeleted };
  }

  /** Deletes, locks and reads what the batch touches, plans, writes: all inside the caller's transaction. */
  private async apply(run: RunQuery, doomed: string[], batch: GraphBatch) {
    const [deleted] = doomed.length ? await run('write/delete-nodes', { ids: doomed }) : [{ deleted: 0 }];
    const { nodeIds, endpointIds } = idsTouchedBy(batch);
    const touched = [...new Set([...nodeIds, ...endpointIds])].sort();
    if (touched.length) await run('write/lock-nodes', { ids: touched });
    const stored = await this.nodesById(run, touched, {});
    const edges: GraphEdge[] = [];
    for (const [type, group] of groupBy(batch.edges, (e) => e.type)) {
      const ids = [...new Set(group.map((e) => e.id))];
      edges.push(...(await run('read/get-edges', { ids }, { TYPE: type })).map((r) => rowToEdge(r.edge)));
    }
    const plan = planUpsert(batch, {
      nodes: new Map(nodeIds.filter((id) => stored.has(id)).map((id) => [id, stored.get(id)!])),
      edges: new Map(edges.map((e) => [e.id, e])),
      hasNode: (id) => stored.has(id),
    });
    for (const [kind, nodes] of groupBy(plan.nodes, (n) => n.kind)) {
      await run('write/merge-nodes', { nodes: nodes.map(nodeToRow) }, { KIND: kind });
    }
    for (const [type, group] of groupBy(plan.edges, (e) => e.type)) {
      const [row] = await run('write/merge-edges', { edges: group.map(edgeToRow) }, { TYPE: type });
      if (toNumber(row.written) !== group.length) throw new Error(`wrote ${String(row.written)} of ${group.length} ${type} edges`);
    }
    return { result: plan.result, nodesDeleted: toNumber(deleted.deleted) };
  }

  private async nodesById(run: RunQuery, ids: string[], options: ReadOptions): Promise<Map<string, GraphNode>> {
    if (ids.length === 0) return new Map();
    const rows = await run('read/get-nodes', { ids, ...shape(options) });
    return new Map(rows.map((r) => rowToNode(r.node)).map((n) => [n.id, n]));
  }

  async getNodes(ids: readonly string[], options?: ReadOptions): Promise<(GraphNode | null)[]> {
    const found = await this.nodesById(this.query, [...new Set(checkIds(ids))], options ?? {});
    return ids.map((id) => found.get(id) ?? null);
  }

  async getRelations(ids: readonly string[], filter: RelationFilter): Promise<RelationPage[]> {
    const params = {
      ids: [...new Set(checkIds(ids))],
      direction: checkDirection(filter.direction),
      types: checkTypes(filter.types) ?? null,
      first: filter.first === undefined ? null : int(checkInteger('first', filter.first, 0)),
      after: filter.after ?? null,
      ...shape(filter),
    };
    if (params.ids.length === 0) return [];
    const rows = await this.query('read/get-relations', params);
    const pages = new Map(
      rows.map((r) => [
        r.id as string,
        { edges: (r.edges as unknown[]).map(rowToEdge), others: (r.others as unknown[]).map(rowToNode), totalCount: toNumber(r.totalCount) },
      ]),
    );
    return ids.map((id) => pages.get(id)!);
  }

  async getDescendants(ids: readonly string[], options: DescendantOptions): Promise<GraphNode[][]> {
    const params = { ids: [...new Set(checkIds(ids))], types: checkSomeTypes(options.types), ...shape(options) };
    if (params.ids.length === 0) return [];
    const rows = await this.query('read/get-descendants', params);
    const found = new Map(rows.map((r) => [r.id as string, (r.descendants as unknown[]).map(rowToNode)]));
    return ids.map((id) => found.get(id)!);
  }

  async findByName(name: string, kinds?: NodeKind[], options?: ReadOptions): Promise<GraphNode[]> {
    const params = { key: String(name).toLowerCase(), kinds: checkKinds(kinds) ?? null, ...shape(options) };
    // The name narrows through the full-text index by its Chinese and Latin pieces; a name with
    // none (one Chinese character, punctuation, a stop word) is checked against every node.
    const query = luceneNameQuery(params.key);
    const rows = query === MATCH_ALL ? await this.query('read/find-by-name', params) : await this.query('read/find-by-name-indexed', { ...params, query });
    return rows.map((r) => rowToNode(r.node));
  }

  async listNodes(filter: NodeListFilter): Promise<NodePage> {
    const params = {
      kinds: checkKinds(filter.kinds) ?? null,
      needle: filter.nameContains ? filter.nameContains.toLowerCase() : null,
      first: int(checkInteger('first', filter.first, 0)),
      after: filter.after ?? null,
      ...shape(filter),
    };
    const [row] = await this.query('read/list-nodes', params);
    return { nodes: (row.nodes as unknown[]).map(rowToNode), totalCount: toNumber(row.totalCount) };
  }

  async search(query: string, options: SearchOptions): Promise<SearchHit[]> {
    const terms = parseSearchQuery(query);
    const params = {
      query: luceneQueryFor(terms),
      terms,
      kinds: checkKinds(options.kinds) ?? null,
      first: int(checkInteger('first', options.first, 0)),
      ...shape(options),
    };
    const rows = await this.query('read/search-nodes', params);
    return rows.map((r) => ({ node: rowToNode(r.node), score: Number(r.score) }));
  }

  /** One statement: a breadth-first search in Cypher, then the relationships among what it kept. */
  async neighbourhood(id: string, options: NeighbourhoodOptions): Promise<Subgraph> {
    const depth = checkInteger('depth', options.depth, 1, MAX_HOPS);
    const params = { id, types: checkTypes(options.types) ?? null, maxNodes: int(checkInteger('maxNodes', options.maxNodes, 1)), ...shape(options) };
    const [row] = await this.query('read/get-neighbourhood', params, { MAX_HOPS: depth });
    // A start id with no node finds no row: the neighbourhood of nothing.
    if (!row) return { nodes: [], edges: [], truncated: false };
    return { nodes: (row.nodes as unknown[]).map(rowToNode), edges: (row.edges as unknown[]).map(rowToEdge), truncated: row.truncated === true };
  }

  async shortestPaths(from: string, to: string, options: PathOptions): Promise<GraphPath[]> {
    const maxHops = checkInteger('maxHops', options.maxHops, 1, MAX_HOPS);
    const params = {
      from,
      to,
      types: checkTypes(options.types) ?? null,
      limit: int(checkInteger('limit', options.limit, 1)),
      ...shape(options),
    };
    // Neo4j refuses a shortest path from a node to itself; the port's answer is "no path".
    if (from === to) return [];
    const rows = await this.query('read/shortest-paths', params, { MAX_HOPS: maxHops });
    return rows.map((r) => ({ nodes: (r.nodes as unknown[]).map(rowToNode), edges: (r.edges as unknown[]).map(rowToEdge) }));
  }

  async counts(): Promise<GraphCounts> {
    return this.read(async (run) => {
      const tally = async (name: 'read/count-nodes' | 'read/count-edges') =>
        Object.fromEntries((await run(name, {})).map((r) => [r.key as string, toNumber(r.count)]));
      return { nodes: await tally('read/count-nodes'), edges: await tally('read/count-edges') };
    });
  }

  async dump(): Promise<GraphBatch> {
    return this.read(async (run) => ({
      nodes: (await run('read/all-nodes', {})).map((r) => rowToNode(r.node)),
      edges: (await run('read/all-edges', {})).map((r) => rowToEdge(r.edge)),
    }));
  }

  /** Deletes in batches that commit one by one, so a large graph never needs one huge transaction. */
  async clear(): Promise<void> {
    await inSession(this.driver, this.options.database, 'WRITE', (session) => queryRunner(session, this.cypher, this.options.logger)('write/delete-all', {}));
  }
}
