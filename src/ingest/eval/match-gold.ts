import type { RelationType } from '../../graph/relation-type';
import { nameKey } from '../resolve';
import { titleKey } from '../relate/document';
import type { GoldRelation } from './gold-types';
import type { GraphIndex } from './graph-index';

/** One relation the graph states for one document: an edge with evidence from that document. */
export interface PredictedRelation {
  edgeId: string;
  type: RelationType;
  source: string;
  target: string;
  /** Base name of the document file. */
  document: string;
  /** `table` when a table rule read it from this document, else `text`. */
  from: 'table' | 'text';
}

/** Text compared without spaces or width differences, for task text prefixes. */
const squash = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/**
 * The names a gold name may have in the graph: as written; a municipal short form with its city
 * (`市教委` → `重庆市教委`, the gold's `sourceAlias`); a bare district as its government (`永川区` →
 * `永川区人民政府`, which the gold notes say is the author; a town in a duty list likewise); a district's body with its city
 * (`武隆区职教中心` → `重庆市武隆区职教中心`); a cited title without its `《》`.
 */
function candidateNames(name: string): string[] {
  const names = [name, name.replace(/^《|》$/g, '')];
  if (/^市/.test(name)) names.push(`重庆${name}`);
  if (/^[\u4e00-\u9fff]{1,5}(?:区|县|镇|乡)$/.test(name)) names.push(`${name}人民政府`, `重庆市${name}人民政府`);
  else if (/^[\u4e00-\u9fff]{1,4}(?:区|县)/.test(name) && !name.startsWith('重庆')) names.push(`重庆市${name}`);
  return names;
}

/** True when the clause node is the gold task: same document, and its text starts as the gold's `targetText` (else same number). */
function taskMatches(index: GraphIndex, gold: GoldRelation, name: string, nodeId: string): boolean {
  const node = index.node(nodeId);
  const m = /^task:(.+)#(.+)$/.exec(name);
  if (!node || node.kind !== 'Clause' || !m || node.properties.document !== index.documentOf(m[1])) return false;
  if (gold.targetText) return squash(String(node.properties.text ?? '')).startsWith(squash(gold.targetText));
  const marker = String(node.properties.marker ?? '').replace(/[.．、\s]/g, '');
  return marker === m[2];
}

/** True when a graph node is what the gold names at one end of a relation. */
export function endMatches(index: GraphIndex, gold: GoldRelation, name: string, nodeId: string): boolean {
  const node = index.node(nodeId);
  if (!node) return false;
  if (name.startsWith('task:')) return taskMatches(index, gold, name, nodeId);
  if (gold.projectKey && node.kind === 'Project') return node.properties.projectKey === gold.projectKey;
  const keys = index.keysOf(nodeId);
  return candidateNames(name).some((c) => keys.has(nameKey(c)) || keys.has(titleKey(c)));
}

/** True when a predicted relation states the gold one (PARTNERS_WITH either way round). */
export function relationMatches(index: GraphIndex, gold: GoldRelation, p: PredictedRelation): boolean {
  if (gold.type !== p.type || gold.document !== p.document) return false;
  if (endMatches(index, gold, gold.source, p.source) && endMatches(index, gold, gold.target, p.target)) return true;
  return gold.type === 'PARTNERS_WITH' && endMatches(index, gold, gold.source, p.target) && endMatches(index, gold, gold.target, p.source);
}
