import type { Evidence } from '../graph/evidence';
import type { GraphBatch, GraphEdge, GraphNode, Properties } from '../graph/graph-types';
import { isNodeKind } from '../graph/node-kind';
import { isRelationType } from '../graph/relation-type';
import { StoreInputError } from './store-errors';

/*
 * Shape checks shared by both adapters, so a batch one store accepts the other accepts too.
 * Batches come from our own extractors and from API mutations; either can be wrong, and a
 * wrong value caught here is far cheaper than a half-readable graph file or a Neo4j type error.
 */

type Problem = string | undefined;

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function isInteger(value: unknown, min: number): boolean {
  return Number.isSafeInteger(value) && (value as number) >= min;
}

function propertyProblem(key: string, value: unknown): Problem {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : `property "${key}" is not a finite number`;
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string')) return undefined;
    if (value.every((v) => typeof v === 'number' && Number.isFinite(v))) return undefined;
  }
  return `property "${key}" is not a string, finite number, boolean, null, or a list of strings or of numbers`;
}

function propertiesProblem(properties: unknown): Problem {
  if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) return 'properties is not an object';
  for (const [key, value] of Object.entries(properties as Properties)) {
    const problem = propertyProblem(key, value);
    if (problem) return problem;
  }
  return undefined;
}

function evidenceProblem(list: unknown): Problem {
  if (!Array.isArray(list)) return 'evidence is not a list';
  for (const e of list as Partial<Evidence>[]) {
    if (typeof e !== 'object' || e === null) return 'evidence item is not an object';
    if (!isText(e.document)) return 'evidence item has no document';
    if (!isInteger(e.line, 0) || !isInteger(e.start, 0) || !isInteger(e.end, 0) || e.end! < e.start!) {
      return `evidence in ${e.document} has a bad line/start/end`;
    }
    if (typeof e.quote !== 'string') return `evidence in ${e.document} has no quote`;
    if (e.clause !== undefined && !isText(e.clause)) return `evidence in ${e.document} has an empty clause id`;
    if (e.confidence !== undefined && !(typeof e.confidence === 'number' && e.confidence >= 0 && e.confidence <= 1)) {
      return `evidence in ${e.document} has a confidence outside 0..1`;
    }
    if (e.extractor !== undefined && typeof e.extractor !== 'string') return `evidence in ${e.document} has a bad extractor`;
  }
  return undefined;
}

function nodeProblem(node: GraphNode): Problem {
  if (typeof node !== 'object' || node === null) return 'is not an object';
  if (!isText(node.id)) return 'has an empty id';
  if (typeof node.kind !== 'string' || !isNodeKind(node.kind)) return `has an unknown kind "${String(node.kind)}"`;
  if (!isText(node.name)) return 'has an empty name';
  if (node.nameEn !== undefined && typeof node.nameEn !== 'string') return 'has a nameEn that is not a string';
  if (!Array.isArray(node.aliases) || !node.aliases.every(isText)) return 'has aliases that are not a list of non-empty strings';
  return propertiesProblem(node.properties) ?? evidenceProblem(node.evidence);
}

function edgeProblem(edge: GraphEdge): Problem {
  if (typeof edge !== 'object' || edge === null) return 'is not an object';
  if (!isText(edge.id)) return 'has an empty id';
  if (typeof edge.type !== 'string' || !isRelationType(edge.type)) return `has an unknown type "${String(edge.type)}"`;
  // The type in the id (graph/ids.ts `edgeId`) lets a store find an edge by id in that type's index alone.
  if (!edge.id.startsWith(`${edge.type}:`)) return `has an id that does not begin with its type "${edge.type}:"`;
  if (!isText(edge.source) || !isText(edge.target)) return 'has an empty source or target';
  return propertiesProblem(edge.properties) ?? evidenceProblem(edge.evidence);
}

/** Throws a `StoreInputError` naming the first malformed node or edge of `batch`. */
export function assertBatchShape(batch: GraphBatch): void {
  if (typeof batch !== 'object' || batch === null || !Array.isArray(batch.nodes) || !Array.isArray(batch.edges)) {
    throw new StoreInputError('a graph batch needs a list of nodes and a list of edges');
  }
  batch.nodes.forEach((node, i) => {
    const problem = nodeProblem(node);
    if (problem) throw new StoreInputError(`node ${i} (${String(node?.id)}) ${problem}`);
  });
  batch.edges.forEach((edge, i) => {
    const problem = edgeProblem(edge);
    if (problem) throw new StoreInputError(`edge ${i} (${String(edge?.id)}) ${problem}`);
  });
}
