import { GraphQLError } from 'graphql';

/** The error codes clients can rely on in `extensions.code`. */
export type ApiErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'SERVICE_UNAVAILABLE'
  | 'TIMEOUT'
  | 'INTERNAL_SERVER_ERROR';

/** An error meant for the client as it is: a message and a code, optionally details. */
export class ApiError extends GraphQLError {
  constructor(code: ApiErrorCode, message: string, details?: Record<string, unknown>) {
    super(message, { extensions: { code, ...details } });
  }

  get code(): ApiErrorCode {
    return this.extensions.code as ApiErrorCode;
  }
}

/** The client sent a value the API cannot use; `details` says which and why. */
export function badUserInput(message: string, details?: Record<string, unknown>): ApiError {
  return new ApiError('BAD_USER_INPUT', message, details);
}

/** What the client named does not exist. */
export function notFound(what: string): ApiError {
  return new ApiError('NOT_FOUND', `${what} was not found`);
}

/** A mutation without a valid API key, or on a server that has none configured. */
export function unauthenticated(message: string): ApiError {
  return new ApiError('UNAUTHENTICATED', message);
}

/** The request ran past the configured time limit. */
export function timedOut(limitMs: number): ApiError {
  return new ApiError('TIMEOUT', `the request took longer than ${limitMs} ms and was stopped`, { limitMs });
}
