import { badUserInput } from '../errors/api-errors';
import { decodeCursor } from './cursor';

/** Relay paging arguments as the client sent them. */
export interface PageArgsInput {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** A checked paging request: forward from a key (first/after) or backward from a key (last/before). */
export type PageRequest =
  | { direction: 'forward'; size: number; after?: string }
  | { direction: 'backward'; size: number; before?: string };

/** The page size when the client gives none: small, and never above the configured maximum. */
export function defaultPageSize(maxPageSize: number): number {
  return Math.min(20, maxPageSize);
}

function checkSize(argument: string, value: number, maxPageSize: number): number {
  if (!Number.isInteger(value) || value < 0 || value > maxPageSize) {
    throw badUserInput(`${argument} must be a whole number from 0 to ${maxPageSize}`, {
      argument,
      value,
      max: maxPageSize,
    });
  }
  return value;
}

/** Checks Relay arguments against the page-size limit and decodes the cursors. */
export function toPageRequest(args: PageArgsInput, maxPageSize: number): PageRequest {
  const { first, after, last, before } = args;
  const backward = last != null || before != null;
  if (backward && (first != null || after != null)) {
    throw badUserInput('use either first/after or last/before, not both', { argument: 'first' });
  }
  if (backward) {
    return {
      direction: 'backward',
      size: checkSize('last', last ?? defaultPageSize(maxPageSize), maxPageSize),
      before: before != null ? decodeCursor(before, 'before') : undefined,
    };
  }
  return {
    direction: 'forward',
    size: checkSize('first', first ?? defaultPageSize(maxPageSize), maxPageSize),
    after: after != null ? decodeCursor(after, 'after') : undefined,
  };
}
