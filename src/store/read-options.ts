import { isNodeKind, type NodeKind } from '../graph/node-kind';
import { isRelationType, type RelationType } from '../graph/relation-type';
import type { Direction } from './graph-store.port';
import { StoreInputError } from './store-errors';

/*
 * Argument checks shared by both stores. The API validates its inputs too; these guard the port
 * itself, and the Neo4j adapter relies on them before it writes a depth into a Cypher pattern.
 */

/** Deepest neighbourhood and longest path either store walks; variable-length Cypher needs a literal bound. */
export const MAX_HOPS = 6;

/** Throws unless `value` is a whole number from `min` to `max`; returns it. */
export function checkInteger(name: string, value: unknown, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (!Number.isSafeInteger(value) || (value as number) < min || (value as number) > max) {
    throw new StoreInputError(`${name} must be a whole number from ${min} to ${max}, not ${String(value)}`);
  }
  return value as number;
}

/** The kinds to keep, or undefined for all (an empty list also means all). */
export function checkKinds(kinds: readonly string[] | undefined): NodeKind[] | undefined {
  if (kinds === undefined || kinds.length === 0) return undefined;
  const wrong = kinds.filter((k) => !isNodeKind(k));
  if (wrong.length > 0) throw new StoreInputError(`unknown node kind: ${wrong.join(', ')}`);
  return [...new Set(kinds)] as NodeKind[];
}

/** The relation types to follow, or undefined for all (an empty list also means all). */
export function checkTypes(types: readonly string[] | undefined): RelationType[] | undefined {
  if (types === undefined || types.length === 0) return undefined;
  const wrong = types.filter((t) => !isRelationType(t));
  if (wrong.length > 0) throw new StoreInputError(`unknown relation type: ${wrong.join(', ')}`);
  return [...new Set(types)] as RelationType[];
}

/** The relation types to follow when the caller must name at least one (an unbounded walk over every type would visit the whole graph). */
export function checkSomeTypes(types: readonly string[] | undefined): RelationType[] {
  const checked = checkTypes(types);
  if (!checked) throw new StoreInputError('types must name at least one relation type');
  return checked;
}

/** Throws unless `direction` is OUT, IN or BOTH. */
export function checkDirection(direction: string): Direction {
  if (direction !== 'OUT' && direction !== 'IN' && direction !== 'BOTH') {
    throw new StoreInputError(`direction must be OUT, IN or BOTH, not ${String(direction)}`);
  }
  return direction;
}

/** Throws unless `ids` is a list of strings. */
export function checkIds(ids: readonly string[]): readonly string[] {
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) throw new StoreInputError('ids must be a list of strings');
  return ids;
}
