import { GraphQLError } from 'graphql';
import pino from 'pino';
import { Writable } from 'node:stream';
import { ApiError, badUserInput, notFound, timedOut, unauthenticated } from '../../../src/api/errors/api-errors';
import { createFormatError } from '../../../src/api/errors/format-error';
import { StoreConflictError, StoreInputError, StoreUnavailableError } from '../../../src/store/store-errors';
import { ArgumentValidationError } from 'type-graphql';
import { ValidationError } from 'class-validator';

const lines: string[] = [];
const logger = pino({ level: 'debug' }, new Writable({ write: (chunk, _e, done) => { lines.push(String(chunk)); done(); } }));
const format = createFormatError(logger);

/** What graphql-js does with a resolver's error: wraps it, keeping the original. */
function asThrownBy(error: Error): { formatted: ReturnType<GraphQLError['toJSON']>; error: GraphQLError } {
  const wrapped = error instanceof GraphQLError ? new GraphQLError(error.message, { path: ['q'], originalError: error, extensions: error.extensions }) : new GraphQLError(error.message, { path: ['q'], originalError: error });
  return { formatted: wrapped.toJSON(), error: wrapped };
}

function mapped(error: Error) {
  const { formatted, error: wrapped } = asThrownBy(error);
  return format(formatted, wrapped);
}

describe('formatError', () => {
  beforeEach(() => lines.splice(0));

  it.each([
    [badUserInput('first must be at most 50', { argument: 'first', max: 50 }), 'BAD_USER_INPUT', { argument: 'first', max: 50 }],
    [notFound('entity "x"'), 'NOT_FOUND', {}],
    [unauthenticated('mutations need a key'), 'UNAUTHENTICATED', {}],
    [timedOut(100), 'TIMEOUT', { limitMs: 100 }],
    [new ApiError('SERVICE_UNAVAILABLE', 'no pipeline'), 'SERVICE_UNAVAILABLE', {}],
  ])('keeps the code and details of API errors: %s', (error, code, details) => {
    const out = mapped(error);
    expect(out.message).toBe(error.message);
    expect(out.extensions).toEqual({ code, ...details });
    expect(out.path).toEqual(['q']);
  });

  it('maps StoreUnavailableError to SERVICE_UNAVAILABLE without the driver message', () => {
    const out = mapped(new StoreUnavailableError('Could not connect to bolt://db:7687'));
    expect(out.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
    expect(out.message).not.toContain('bolt');
  });

  it('maps store input, conflict and document errors to BAD_USER_INPUT with their messages', () => {
    expect(mapped(new StoreInputError('depth 9 is out of range')).extensions).toEqual({ code: 'BAD_USER_INPUT' });
    expect(mapped(new StoreConflictError('id taken')).message).toBe('id taken');
    const documentError = Object.assign(new Error('the file is not UTF-8 or GB18030'), { name: 'DocumentError' });
    expect(mapped(documentError)).toMatchObject({ message: 'the file is not UTF-8 or GB18030', extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('hides anything else as INTERNAL_SERVER_ERROR and logs it with its stack', () => {
    const out = mapped(new TypeError("Cannot read properties of undefined (reading 'id')"));
    expect(out).toEqual({ message: 'Internal server error', path: ['q'], locations: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(lines.join('')).toContain("Cannot read properties of undefined (reading 'id')");
  });

  it('drops stack traces and reduces class-validator errors to property and constraints', () => {
    const validation = Object.assign(new ValidationError(), {
      target: { alias: 'secret input object' },
      property: 'alias',
      value: '',
      constraints: { isLength: 'alias must be longer than or equal to 1 characters' },
      children: [],
    });
    const error = new ArgumentValidationError([validation]);
    const formatted = { ...error.toJSON(), extensions: { ...error.extensions, stacktrace: ['at x'] } };
    const out = format(formatted, error);
    expect(out.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      validationErrors: [{ property: 'alias', constraints: { isLength: 'alias must be longer than or equal to 1 characters' } }],
    });
    expect(JSON.stringify(out)).not.toContain('secret input object');
  });
});
