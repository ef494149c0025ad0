import type { GraphBatch } from '../graph-types';

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // XML 1.0 forbids most control characters even when escaped.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

const NODE_KEYS = ['kind', 'name', 'nameEn', 'aliases', 'properties'] as const;
const EDGE_KEYS = ['type', 'properties', 'evidence'] as const;

/** Writes a graph as GraphML (for Gephi, yEd, Cytoscape); lists and maps are stored as JSON strings. */
export function toGraphml(graph: GraphBatch): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...NODE_KEYS.map((k) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="string"/>`),
    ...EDGE_KEYS.map((k) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="string"/>`),
    '  <graph id="vetgraph" edgedefault="directed">',
  ];
  const data = (key: string, value: unknown) =>
    value === undefined ? '' : `<data key="${key}">${escapeXml(typeof value === 'string' ? value : JSON.stringify(value))}</data>`;
  for (const n of graph.nodes) {
    const fields = NODE_KEYS.map((k) => data(`n_${k}`, n[k])).join('');
    out.push(`    <node id="${escapeXml(n.id)}">${fields}</node>`);
  }
  for (const e of graph.edges) {
    const fields = EDGE_KEYS.map((k) => data(`e_${k}`, e[k])).join('');
    out.push(`    <edge id="${escapeXml(e.id)}" source="${escapeXml(e.source)}" target="${escapeXml(e.target)}">${fields}</edge>`);
  }
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
