import { badUserInput } from '../errors/api-errors';
import { decodeBase64Url, encodeBase64Url } from '../ids/base64url';

const PREFIX = 'cursor:';

/**
 * A keyset cursor: the sort key of the last item seen (a node or edge id, or `order/id` for clauses).
 * It points at a key, not a position, so it stays valid when new documents are ingested.
 */
export function encodeCursor(key: string): string {
  return encodeBase64Url(PREFIX + key);
}

/** The key inside a cursor; `BAD_USER_INPUT` when the string is not a cursor this API made. */
export function decodeCursor(cursor: string, argument = 'after'): string {
  const text = decodeBase64Url(cursor);
  if (text === undefined || !text.startsWith(PREFIX)) {
    throw badUserInput(`${argument}: "${cursor}" is not a cursor returned by this API`, { argument });
  }
  return text.slice(PREFIX.length);
}
