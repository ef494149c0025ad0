import DataLoader from 'dataloader';
import type { GraphNode } from '../../graph/graph-types';
import type { RelationType } from '../../graph/relation-type';
import type { GraphStore, RelationFilter, RelationPage } from '../../store/graph-store.port';
import type { ReadPlan } from './read-plan';

/** Per-request batching over the store: every load in one tick becomes one store call. */
export interface Loaders {
  /** Nodes by store id; null where there is none. */
  nodes: DataLoader<string, GraphNode | null>;
  /** One node's relations under a filter; loads with the same filter share one `getRelations` call, which also primes `nodes` with the far ends. */
  relations(id: string, filter: RelationFilter): Promise<RelationPage>;
  /** Every node reached from one node along `types` outwards (see `GraphStore.getDescendants`); loads with the same types share one store call and prime `nodes`. */
  descendants(id: string, types: RelationType[]): Promise<GraphNode[]>;
  /** Remembers nodes that arrived some other way (lists, search), so later loads need no store call. */
  prime(nodes: readonly GraphNode[]): void;
  /** A node this request already holds (loaded or primed), without waiting; undefined otherwise. */
  peek(id: string): GraphNode | undefined;
}

/** A stable key for a filter, so equal filters asked by different resolvers meet in one batch. */
export function relationFilterKey(filter: RelationFilter): string {
  const types = filter.types ? [...new Set(filter.types)].sort().join(',') : '*';
  // Relation types are upper-case words and directions are fixed words, so `|` never occurs in them; `after` goes last.
  return `${types}|${filter.direction}|${filter.first ?? ''}|${filter.after ?? ''}`;
}

/** Makes the loaders of one request; every store call reads as `reads` says at the time it runs. */
export function createLoaders(store: GraphStore, reads: ReadPlan): Loaders {
  const known = new Map<string, GraphNode>();
  const remember = (node: GraphNode): void => {
    if (!known.has(node.id)) known.set(node.id, node);
    nodes.prime(node.id, node);
  };
  const nodes = new DataLoader<string, GraphNode | null>(async (ids) => {
    const found = await store.getNodes(ids, { ...reads });
    for (const node of found) if (node && !known.has(node.id)) known.set(node.id, node);
    return found;
  });
  const byFilter = new Map<string, DataLoader<string, RelationPage>>();
  const loaderFor = (filter: RelationFilter): DataLoader<string, RelationPage> => {
    const key = relationFilterKey(filter);
    let loader = byFilter.get(key);
    if (!loader) {
      const frozen: RelationFilter = { ...filter, types: filter.types ? [...filter.types] : undefined };
      loader = new DataLoader<string, RelationPage>(async (ids) => {
        const pages = await store.getRelations(ids, { ...frozen, ...reads });
        // The far ends come with the relations, so resolving them needs no further store call.
        for (const page of pages) page.others.forEach(remember);
        return pages;
      });
      byFilter.set(key, loader);
    }
    return loader;
  };
  const byTypes = new Map<string, DataLoader<string, GraphNode[]>>();
  const descendantLoaderFor = (types: RelationType[]): DataLoader<string, GraphNode[]> => {
    const frozen = [...new Set(types)].sort();
    const key = frozen.join();
    let loader = byTypes.get(key);
    if (!loader) {
      loader = new DataLoader<string, GraphNode[]>(async (ids) => {
        const lists = await store.getDescendants(ids, { types: frozen, ...reads });
        for (const list of lists) list.forEach(remember);
        return lists;
      });
      byTypes.set(key, loader);
    }
    return loader;
  };
  return {
    nodes,
    relations: (id, filter) => loaderFor(filter).load(id),
    descendants: (id, types) => descendantLoaderFor(types).load(id),
    prime: (list) => list.forEach(remember),
    peek: (id) => known.get(id),
  };
}
