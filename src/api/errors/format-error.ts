import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import type { Logger } from 'pino';
import { StoreConflictError, StoreInputError, StoreUnavailableError } from '../../store/store-errors';

/** Codes Apollo and graphql-js set themselves; they are safe to pass through. */
const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'SERVICE_UNAVAILABLE',
  'TIMEOUT',
  'QUERY_TOO_COMPLEX',
]);

/** class-validator's errors carry the whole input object; clients get only which field broke which rule. */
function summariseValidation(errors: unknown): { property: string; constraints: Record<string, string> }[] {
  if (!Array.isArray(errors)) return [];
  return errors.flatMap((e: { property?: string; constraints?: Record<string, string>; children?: unknown }) => [
    { property: String(e.property ?? ''), constraints: e.constraints ?? {} },
    ...summariseValidation(e.children).map((c) => ({ ...c, property: `${e.property}.${c.property}` })),
  ]);
}

/** The error a resolver threw, under the GraphQLError graphql-js wrapped it in. */
export function originalOf(error: unknown): unknown {
  return error instanceof GraphQLError && error.originalError ? originalOf(error.originalError) : error;
}

/**
 * Apollo's formatError: every error leaves with a code in `extensions.code` and no stack trace.
 * Store outages become SERVICE_UNAVAILABLE; bad documents BAD_USER_INPUT; anything unexpected
 * becomes INTERNAL_SERVER_ERROR with a generic message, and is logged with its stack.
 */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = originalOf(error);
    const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
    if (original instanceof StoreUnavailableError) {
      logger.warn({ err: original }, 'store unavailable');
      return { ...base, message: 'the graph store is unavailable; try again later', extensions: { code: 'SERVICE_UNAVAILABLE' } };
    }
    if (original instanceof StoreConflictError || original instanceof StoreInputError) {
      return { ...base, message: original.message, extensions: { code: 'BAD_USER_INPUT' } };
    }
    if (original instanceof Error && original.name === 'DocumentError') {
      return { ...base, message: original.message, extensions: { code: 'BAD_USER_INPUT' } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PASS_THROUGH.has(code)) {
      const { stacktrace: _stack, exception: _exception, validationErrors, ...rest } = formatted.extensions ?? {};
      const details = validationErrors !== undefined ? { validationErrors: summariseValidation(validationErrors) } : {};
      return { ...base, extensions: { ...rest, ...details } };
    }
    logger.error({ err: original }, 'unexpected error in a resolver');
    return { ...base, message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}
