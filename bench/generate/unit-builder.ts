import type { Evidence } from '../../src/graph/evidence';
import type { GraphBatch, GraphEdge, GraphNode, Properties } from '../../src/graph/graph-types';
import { edgeId, entityId } from '../../src/graph/ids';
import { pinyinKeysOf } from '../../src/graph/pinyin-keys';
import type { EntityKind } from '../../src/graph/node-kind';
import type { RelationType } from '../../src/graph/relation-type';
import type { Random } from './random';

/** Where a fact of a synthetic unit was "read": a clause, its document, and a line in it. */
export interface Source {
  document: string;
  clause?: string;
  line: number;
  text: string;
}

/**
 * Collects one unit's nodes and edges. Edges are one per (type, source, target), as in the real
 * graph, so a pair drawn twice gains a second piece of evidence instead of a second edge.
 */
export class UnitBuilder {
  readonly nodes: GraphNode[] = [];
  private readonly edges = new Map<string, GraphEdge>();
  private readonly names = new Set<string>();
  private offset = 0;

  constructor(readonly random: Random) {}

  /** Evidence quoting `quote` (or a slice of the source's text) at a made-up but increasing offset. */
  evidence(source: Source, quote?: string): Evidence {
    const text = quote ?? source.text.slice(0, Math.min(source.text.length, 12 + this.random.int(0, 24)));
    this.offset += this.random.int(20, 400);
    const e: Evidence = { document: source.document, line: source.line, start: this.offset, end: this.offset + text.length, quote: text };
    if (source.clause) e.clause = source.clause;
    e.confidence = Math.round((0.6 + this.random.next() * 0.4) * 100) / 100;
    e.extractor = this.random.pick(['table-task@1', 'sentence-partner@1', 'suffix-name@1', 'metadata@1']);
    return e;
  }

  /** True (and the name taken) when nobody in the unit has `name` yet. */
  claim(name: string): boolean {
    if (this.names.has(name)) return false;
    this.names.add(name);
    return true;
  }

  addEntity(kind: EntityKind, name: string, extra: { aliases?: string[]; nameEn?: string; properties?: Properties } = {}): GraphNode {
    // Ingest gives every entity the pinyin keys of its name and aliases (src/ingest/build/entity-resolution.ts).
    const properties = { pinyin: pinyinKeysOf([name, ...(extra.aliases ?? [])]), ...extra.properties };
    const node: GraphNode = { id: entityId(kind, name), kind, name, aliases: extra.aliases ?? [], properties, evidence: [] };
    if (extra.nameEn) node.nameEn = extra.nameEn;
    this.nodes.push(node);
    return node;
  }

  addNode(node: GraphNode): GraphNode {
    this.nodes.push(node);
    return node;
  }

  addEdge(type: RelationType, source: string, target: string, from: Source, properties: Properties = {}): void {
    if (source === target) return;
    const id = edgeId(type, source, target);
    const known = this.edges.get(id);
    if (known) {
      if (known.evidence.length < 3) known.evidence.push(this.evidence(from));
      return;
    }
    this.edges.set(id, { id, type, source, target, properties, evidence: [this.evidence(from)] });
  }

  batch(): GraphBatch {
    return { nodes: this.nodes, edges: [...this.edges.values()] };
  }
}
