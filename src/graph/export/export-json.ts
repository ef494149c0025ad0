import type { GraphBatch, GraphNode } from '../graph-types';

/** One ingested document, as the export lists it. */
export interface ExportedDocument {
  id: string;
  file: string;
  title: string;
  docNumber: string | null;
  issuers: string[];
  date: string | null;
  level: string;
  kind: string;
}

/** The JSON export: documents, then every node and edge with its evidence. Format documented in the README. */
export interface GraphExport {
  documents: ExportedDocument[];
  nodes: { id: string; kind: string; name: string; nameEn?: string; aliases: string[]; properties: GraphNode['properties'] }[];
  edges: GraphBatch['edges'];
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** The documents of the corpus: Policy nodes that were ingested (not only cited). */
export function listDocuments(nodes: readonly GraphNode[]): ExportedDocument[] {
  return nodes
    .filter((n) => n.kind === 'Policy' && n.properties.inCorpus === true)
    .map((n) => ({
      id: n.id,
      file: str(n.properties.file) ?? '',
      title: str(n.properties.title) ?? n.name,
      docNumber: str(n.properties.docNumber),
      issuers: Array.isArray(n.properties.issuers) ? n.properties.issuers.map(String) : [],
      date: str(n.properties.date),
      level: str(n.properties.level) ?? '',
      kind: str(n.properties.docKind) ?? '',
    }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** Builds the JSON export of a whole graph, in a stable order (by id) so two exports of one graph are equal. */
export function toExportJson(graph: GraphBatch): GraphExport {
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    documents: listDocuments(graph.nodes),
    nodes: [...graph.nodes].sort(byId).map(({ id, kind, name, nameEn, aliases, properties }) => ({
      id,
      kind,
      name,
      ...(nameEn ? { nameEn } : {}),
      aliases,
      properties,
    })),
    edges: [...graph.edges].sort(byId),
  };
}
