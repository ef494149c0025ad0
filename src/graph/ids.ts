import { createHash } from 'node:crypto';
import type { NodeKind } from './node-kind';
import type { RelationType } from './relation-type';

/** A short stable hash, for ids built from text that may be long. */
export function shortHash(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 16);
}

/** Id of an entity node from its kind and canonical name: the same thing always gets the same id. */
export function entityId(kind: NodeKind, canonicalName: string): string {
  return `${kind}:${canonicalName}`;
}

/** Id of a policy document: by 文号 when it has one (so a cited stub and the real document meet), else by its title. */
export function policyId(docNumber: string | undefined, title: string): string {
  return docNumber ? `Policy:${docNumber}` : `Policy:${title}`;
}

/** Id of a clause: its document and its path in the clause tree, e.g. `三/（二）/1`. */
export function clauseId(documentId: string, path: string): string {
  return `Clause:${documentId.slice('Policy:'.length)}#${path}`;
}

/** Id of an edge: one edge per (type, source, target); evidence accumulates on it. */
export function edgeId(type: RelationType, source: string, target: string): string {
  return `${type}:${shortHash(`${source}\u0000${target}`)}`;
}
