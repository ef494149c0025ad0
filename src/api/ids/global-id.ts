import { isNodeKind, type NodeKind } from '../../graph/node-kind';
import { badUserInput } from '../errors/api-errors';
import { decodeBase64Url, encodeBase64Url } from './base64url';

/** What a global id stands for: a node of a kind, or a relation (edge). */
export type GlobalIdTarget = { type: NodeKind | 'Relation'; storeId: string } | { type: undefined; storeId: string };

/** The opaque id clients see: base64url of `Kind:storeId`, so it names its type without a lookup. */
export function toGlobalId(type: NodeKind | 'Relation', storeId: string): string {
  return encodeBase64Url(`${type}:${storeId}`);
}

/**
 * Reads a global id. A raw store id (it contains `:`, which base64url never does) is accepted too,
 * so people can paste ids from exports and logs; its type is then unknown until it is loaded.
 */
export function fromGlobalId(id: string): GlobalIdTarget {
  const trimmed = id.trim();
  if (trimmed.includes(':')) return { type: undefined, storeId: trimmed };
  const text = decodeBase64Url(trimmed);
  const colon = text?.indexOf(':') ?? -1;
  if (text === undefined || colon <= 0) throw badUserInput(`"${id}" is not a valid id`, { id });
  const type = text.slice(0, colon);
  if (type !== 'Relation' && !isNodeKind(type)) throw badUserInput(`"${id}" is not a valid id`, { id });
  return { type, storeId: text.slice(colon + 1) };
}
