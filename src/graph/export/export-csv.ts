import type { GraphBatch } from '../graph-types';

function cell(value: unknown): string {
  const text = value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function rows(header: string[], records: unknown[][]): string {
  return [header, ...records].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/**
 * Writes a graph as two RFC 4180 CSV files (neo4j-admin import style headers), one row per node and
 * one row per edge; an edge's first piece of evidence is spread into columns, all of it kept as JSON.
 */
export function toCsv(graph: GraphBatch): { 'nodes.csv': string; 'edges.csv': string } {
  return {
    'nodes.csv': rows(
      ['id:ID', 'kind:LABEL', 'name', 'nameEn', 'aliases', 'properties'],
      graph.nodes.map((n) => [n.id, n.kind, n.name, n.nameEn, n.aliases.join('|'), n.properties]),
    ),
    'edges.csv': rows(
      [':START_ID', ':END_ID', ':TYPE', 'id', 'document', 'line', 'quote', 'properties', 'evidence'],
      graph.edges.map((e) => [
        e.source,
        e.target,
        e.type,
        e.id,
        e.evidence[0]?.document,
        e.evidence[0]?.line,
        e.evidence[0]?.quote,
        e.properties,
        e.evidence,
      ]),
    ),
  };
}
