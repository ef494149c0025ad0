import type { GraphBatch, GraphNode } from '../../graph/graph-types';
import { nameKey } from '../resolve';
import { titleKey } from '../relate/document';

/** The file name without its folder, as the gold names documents. */
export function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

/** Lookups over a dumped graph for matching gold names to nodes. */
export interface GraphIndex {
  node(id: string): GraphNode | undefined;
  /** Policy id of an ingested file (by base name). */
  documentOf(file: string): string | undefined;
  /** Base file name of an ingested Policy id. */
  fileOf(documentId: string): string | undefined;
  /** Every name key of a node: name, aliases, English name. */
  keysOf(id: string): Set<string>;
}

/** Indexes a graph once for the evaluator. */
export function indexGraph(graph: GraphBatch): GraphIndex {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const documents = new Map<string, string>();
  const files = new Map<string, string>();
  for (const n of graph.nodes) {
    if (n.kind !== 'Policy' || typeof n.properties.file !== 'string') continue;
    documents.set(baseName(n.properties.file), n.id);
    files.set(n.id, baseName(n.properties.file));
  }
  const keys = new Map<string, Set<string>>();
  return {
    node: (id) => nodes.get(id),
    documentOf: (file) => documents.get(baseName(file)),
    fileOf: (id) => files.get(id),
    keysOf(id) {
      let set = keys.get(id);
      if (!set) {
        const n = nodes.get(id);
        const names = n ? [n.name, ...n.aliases, ...(n.nameEn ? [n.nameEn] : [])] : [];
        if (n?.kind === 'Policy') names.push(...[n.properties.docNumber, n.properties.title].filter((v): v is string => typeof v === 'string'));
        set = new Set(names.flatMap((name) => [nameKey(name), titleKey(name)]));
        keys.set(id, set);
      }
      return set;
    },
  };
}
