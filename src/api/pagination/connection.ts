import { encodeCursor } from './cursor';
import type { PageRequest } from './page-request';

/** Relay page info. */
export interface PageInfoModel {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/** A Relay connection before GraphQL sees it; `E` is the edge (cursor, node and any edge fields). */
export interface ConnectionModel<E extends { cursor: string }> {
  edges: E[];
  pageInfo: PageInfoModel;
  totalCount: number;
}

/** Code-unit order: the order both stores use for ids. */
export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Builds a connection from one page of items and the flags the caller worked out. */
export function toConnection<T, E extends { cursor: string }>(
  items: T[],
  keyOf: (item: T) => string,
  toEdge: (item: T, cursor: string) => E,
  flags: { hasNextPage: boolean; hasPreviousPage: boolean; totalCount: number },
): ConnectionModel<E> {
  const edges = items.map((item) => toEdge(item, encodeCursor(keyOf(item))));
  return {
    edges,
    totalCount: flags.totalCount,
    pageInfo: {
      hasNextPage: flags.hasNextPage,
      hasPreviousPage: flags.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/**
 * Pages a complete list that is sorted by key (ascending, by `compare`). The cursor key need not be
 * in the list any more: paging resumes at the first key after it, so deletions do not break cursors.
 */
export function sliceConnection<T, E extends { cursor: string }>(
  items: T[],
  keyOf: (item: T) => string,
  request: PageRequest,
  toEdge: (item: T, cursor: string) => E,
  compare: (a: string, b: string) => number = compareKeys,
): ConnectionModel<E> {
  const totalCount = items.length;
  if (request.direction === 'forward') {
    const after = request.after;
    const start = after === undefined ? 0 : indexAfter(items, keyOf, after, compare);
    const end = Math.min(items.length, start + request.size);
    return toConnection(items.slice(start, end), keyOf, toEdge, {
      hasNextPage: end < items.length,
      hasPreviousPage: start > 0,
      totalCount,
    });
  }
  const before = request.before;
  const end = before === undefined ? items.length : indexAtOrAfter(items, keyOf, before, compare);
  const start = Math.max(0, end - request.size);
  return toConnection(items.slice(start, end), keyOf, toEdge, {
    hasNextPage: end < items.length,
    hasPreviousPage: start > 0,
    totalCount,
  });
}

function indexAtOrAfter<T>(items: T[], keyOf: (item: T) => string, key: string, compare: (a: string, b: string) => number): number {
  const index = items.findIndex((item) => compare(keyOf(item), key) >= 0);
  return index === -1 ? items.length : index;
}

function indexAfter<T>(items: T[], keyOf: (item: T) => string, key: string, compare: (a: string, b: string) => number): number {
  const index = items.findIndex((item) => compare(keyOf(item), key) > 0);
  return index === -1 ? items.length : index;
}
