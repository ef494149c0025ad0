import { isInt } from 'neo4j-driver';
import type { GraphEdge, GraphNode } from '../../graph/graph-types';
import { isNodeKind } from '../../graph/node-kind';
import { isRelationType } from '../../graph/relation-type';
import { buildSearchText, storedPinyinKeys } from '../search-ranking';
import { StoreCorruptError } from '../store-errors';

/*
 * Between graph/ types and what Neo4j stores. Properties and evidence are nested values Neo4j
 * cannot hold as properties, so they travel as JSON strings; driver Integers become numbers here
 * so no driver type leaves the adapter. A clause's `text` is kept apart, as `n.text`, so that reads
 * which do not show it leave it in the database (ReadOptions.text); an entity's pinyin keys are
 * copied to the list `n.pinyin`, so a name look-up can compare them in Cypher.
 */

type Row = Record<string, unknown>;

/** A driver value as a JS number (Neo4j Integers included). */
export function toNumber(value: unknown): number {
  return isInt(value) ? value.toNumber() : Number(value);
}

function parseJson(owner: string, field: string, text: unknown): unknown {
  try {
    return JSON.parse(String(text ?? 'null'));
  } catch {
    throw new StoreCorruptError(`${owner} has a ${field} value that is not JSON`);
  }
}

/** The parameters row that write/merge-nodes.cypher sets on a node. */
export function nodeToRow(node: GraphNode): Row {
  const { text, ...rest } = node.properties;
  const apart = typeof text === 'string';
  return {
    id: node.id,
    kind: node.kind,
    name: node.name,
    nameEn: node.nameEn ?? null,
    aliases: node.aliases,
    pinyin: storedPinyinKeys(node).map((k) => k.toLowerCase()),
    searchText: buildSearchText(node),
    props: JSON.stringify(apart ? rest : node.properties),
    text: apart ? text : null,
    evidence: JSON.stringify(node.evidence),
  };
}

/** The parameters row that write/merge-edges.cypher sets on a relationship. */
export function edgeToRow(edge: GraphEdge): Row {
  return { id: edge.id, source: edge.source, target: edge.target, props: JSON.stringify(edge.properties), evidence: JSON.stringify(edge.evidence) };
}

/** A node from the `n {.id, .kind, ..., text, evidence}` projection the read files return. */
export function rowToNode(row: unknown): GraphNode {
  const r = row as Row;
  const owner = `node ${String(r.id)}`;
  if (typeof r.kind !== 'string' || !isNodeKind(r.kind)) throw new StoreCorruptError(`${owner} has an unknown kind "${String(r.kind)}"`);
  // Stored rows were written from normalised nodes (nodeToRow), so they are read back as they are.
  const node: GraphNode = {
    id: String(r.id),
    kind: r.kind,
    name: String(r.name),
    aliases: Array.isArray(r.aliases) ? r.aliases.map(String) : [],
    properties: (parseJson(owner, 'props', r.props) ?? {}) as GraphNode['properties'],
    evidence: (parseJson(owner, 'evidence', r.evidence) ?? []) as GraphNode['evidence'],
  };
  if (typeof r.text === 'string') node.properties.text = r.text;
  if (typeof r.nameEn === 'string' && r.nameEn !== '') node.nameEn = r.nameEn;
  return node;
}

/** An edge from the `r {.id, ..., type, source, target}` projection the read files return. */
export function rowToEdge(row: unknown): GraphEdge {
  const r = row as Row;
  const owner = `edge ${String(r.id)}`;
  if (typeof r.type !== 'string' || !isRelationType(r.type)) throw new StoreCorruptError(`${owner} has an unknown type "${String(r.type)}"`);
  return {
    id: String(r.id),
    type: r.type,
    source: String(r.source),
    target: String(r.target),
    properties: (parseJson(owner, 'props', r.props) ?? {}) as GraphEdge['properties'],
    evidence: (parseJson(owner, 'evidence', r.evidence) ?? []) as GraphEdge['evidence'],
  };
}
