import { createHash, timingSafeEqual } from 'node:crypto';
import type { Caller } from '../context/api-context';
import { unauthenticated } from '../errors/api-errors';

/** Request headers, lower-case names (as node:http and Apollo's HeaderMap give them). */
export type HeaderLookup = (name: string) => string | undefined;

/** The key a request carries in `x-api-key` or `Authorization: Bearer …`. */
export function readApiKey(header: HeaderLookup): string | undefined {
  const direct = header('x-api-key')?.trim();
  if (direct) return direct;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header('authorization') ?? '');
  return match?.[1];
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/** Compares keys in constant time (digests first, so lengths leak nothing either). */
export function keysMatch(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/** Works out who is calling from the configured key and the request headers. */
export function identifyCaller(apiKey: string | undefined, header: HeaderLookup, remote: string): Caller {
  const given = readApiKey(header);
  const authenticated = apiKey !== undefined && given !== undefined && keysMatch(given, apiKey);
  const fingerprint = given ? digest(given).toString('hex').slice(0, 8) : 'none';
  return { authenticated, keyConfigured: apiKey !== undefined, label: `${remote} key:${fingerprint}` };
}

/** Throws UNAUTHENTICATED unless the caller may change the graph. */
export function requireWriteAccess(caller: Caller): void {
  if (!caller.keyConfigured) throw unauthenticated('mutations are disabled: the server has no API key configured');
  if (!caller.authenticated) throw unauthenticated('mutations need a valid API key in x-api-key or Authorization: Bearer');
}
