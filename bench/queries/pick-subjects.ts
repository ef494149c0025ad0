import type { GraphBatch, GraphEdge } from '../../src/graph/graph-types';
import { pinyinKeys } from '../../src/graph/pinyin-keys';

/** The nodes the query mix asks about, chosen from the graph by rule (never by name). */
export interface Subjects {
  /** A school with partners: the entity of the name, relations, 3-level and neighbourhood queries. */
  schoolId: string;
  schoolName: string;
  /** The school's name as pinyin initials (cqgyzyjsxy): how vetgraph's entity(name) is asked on a Latin keyboard. */
  schoolPinyin: string;
  /** A node three hops from the school (two when none is three away): the paths query's far end. */
  pathTo: string;
  pathHops: number;
  /** An ingested document with at most `maxClauses` clauses, the most of those. */
  documentId: string;
  documentClauses: number;
  /** Four characters of the school's name: a Chinese search that finds it and the clauses naming it. */
  searchQuery: string;
}

/** Largest page the queries ask for; subjects whose answers would be cut by it are passed over, so every target returns everything. */
export const PAGE = 50;
export const MAX_CLAUSES = 100;

function adjacency(edges: readonly GraphEdge[]): Map<string, GraphEdge[]> {
  const around = new Map<string, GraphEdge[]>();
  for (const e of edges) {
    for (const end of [e.source, e.target]) {
      const list = around.get(end);
      if (list) list.push(e);
      else around.set(end, [e]);
    }
  }
  return around;
}

/** Breadth-first hop counts from `start`, up to `maxHops`. */
function hopsFrom(start: string, around: Map<string, GraphEdge[]>, maxHops: number): Map<string, number> {
  const hops = new Map([[start, 0]]);
  let ring = [start];
  for (let h = 1; h <= maxHops && ring.length > 0; h += 1) {
    const next: string[] = [];
    for (const id of ring) {
      for (const e of around.get(id) ?? []) {
        const other = e.source === id ? e.target : e.source;
        if (!hops.has(other)) {
          hops.set(other, h);
          next.push(other);
        }
      }
    }
    ring = next;
  }
  return hops;
}

/** Picks the subjects from a graph (for a synthetic graph, from its first unit: the same at every scale). */
export function pickSubjects(graph: GraphBatch): Subjects {
  const around = adjacency(graph.edges);
  const degree = (id: string) => around.get(id)?.length ?? 0;
  const partners = (id: string) => (around.get(id) ?? []).filter((e) => e.type === 'PARTNERS_WITH').map((e) => (e.source === id ? e.target : e.source));
  const schools = graph.nodes
    .filter((n) => n.kind === 'School' && degree(n.id) <= PAGE && partners(n.id).length > 0 && partners(n.id).every((p) => degree(p) <= PAGE))
    .sort((a, b) => partners(b.id).length - partners(a.id).length || (a.id < b.id ? -1 : 1));
  const school = schools[0];
  if (!school) throw new Error('the graph has no school with partners to ask about');
  const hops = hopsFrom(school.id, around, 3);
  const kindOf = new Map(graph.nodes.map((n) => [n.id, n.kind]));
  const entityAt = (h: number) => [...hops].filter(([id, d]) => d === h && !['Clause', 'Policy'].includes(kindOf.get(id) ?? 'Clause')).map(([id]) => id).sort()[0];
  const far = entityAt(3) ?? entityAt(2);
  if (!far) throw new Error(`nothing is two or three hops from ${school.id}`);
  const clausesOf = (doc: string): number => {
    let count = 0;
    let ring = [doc];
    while (ring.length > 0) {
      ring = ring.flatMap((id) => (around.get(id) ?? []).filter((e) => e.type === 'CONTAINS' && e.source === id).map((e) => e.target));
      count += ring.length;
    }
    return count;
  };
  const docs = graph.nodes
    .filter((n) => n.kind === 'Policy' && n.properties.inCorpus === true)
    .map((n) => ({ id: n.id, clauses: clausesOf(n.id) }))
    .filter((d) => d.clauses > 0 && d.clauses <= MAX_CLAUSES)
    .sort((a, b) => b.clauses - a.clauses || (a.id < b.id ? -1 : 1));
  if (!docs[0]) throw new Error(`the graph has no document with 1 to ${MAX_CLAUSES} clauses`);
  return {
    schoolId: school.id,
    schoolName: school.name,
    schoolPinyin: pinyinKeys(school.name).at(-1) ?? '',
    pathTo: far,
    pathHops: hops.get(far)!,
    documentId: docs[0].id,
    documentClauses: docs[0].clauses,
    searchQuery: [...school.name].slice(0, 4).join(''),
  };
}
