import neo4j, { type Driver, type ManagedTransaction, Neo4jError, type Session } from 'neo4j-driver';
import { StoreConflictError, StoreCorruptError, StoreInputError, StoreUnavailableError } from '../store-errors';
import { CYPHER_FILES, type CypherName, type CypherParams, type CypherTexts } from './cypher-files';
import { fillTemplate, type TemplateValues } from './cypher-template';

/** Where each query is logged at debug level with its parameters (a pino logger fits). */
export interface QueryLogger {
  debug(fields: object, message: string): void;
}

/** Runs one Cypher file in the current transaction and returns its records as plain objects. */
export type RunQuery = <N extends CypherName>(
  name: N,
  params: CypherParams<N>,
  template?: TemplateValues,
) => Promise<Record<string, unknown>[]>;

const OWN_ERRORS = [StoreUnavailableError, StoreConflictError, StoreCorruptError, StoreInputError];
const UNAVAILABLE_CODES = ['ServiceUnavailable', 'SessionExpired', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT'];

/**
 * The one place driver errors become store errors: unreachable or retryable → StoreUnavailableError,
 * a broken constraint → StoreConflictError, anything else a plain Error naming only the code,
 * since a Neo4j message may quote the Cypher. The original stays as `cause` for the logs.
 */
export function translateDriverError(error: unknown): Error {
  if (OWN_ERRORS.some((type) => error instanceof type)) return error as Error;
  const code = String((error as { code?: unknown })?.code ?? '');
  if (error instanceof Neo4jError) {
    if (UNAVAILABLE_CODES.includes(code) || error.retryable) {
      return new StoreUnavailableError(`Neo4j is unavailable (${code}); try again later`, { cause: error });
    }
    if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
      return new StoreConflictError('the write broke a uniqueness rule of the database (a node id taken twice)', { cause: error });
    }
    if (code.startsWith('Neo.ClientError.Security.')) {
      return new StoreUnavailableError(`Neo4j refused the connection (${code}); check NEO4J_USER and NEO4J_PASSWORD`, { cause: error });
    }
    return new Error(`Neo4j query failed (${code || 'no code'})`, { cause: error });
  }
  if (UNAVAILABLE_CODES.includes(code)) return new StoreUnavailableError(`Neo4j is unreachable (${code})`, { cause: error });
  return error instanceof Error ? error : new Error(String(error));
}

/** Runs `work` in one managed read or write transaction (retried by the driver on transient errors). */
export function inTransaction<T>(
  driver: Driver,
  database: string | undefined,
  mode: 'READ' | 'WRITE',
  work: (tx: ManagedTransaction) => Promise<T>,
): Promise<T> {
  return inSession(driver, database, mode, (session) => (mode === 'READ' ? session.executeRead(work) : session.executeWrite(work)));
}

/**
 * Runs `work` in a session and closes it after; driver errors become store errors. Statements run
 * on the session itself are auto-committed: one round trip each, where a managed transaction adds
 * BEGIN and COMMIT. For single reads (one statement sees one consistent state either way) and for
 * statements that commit in batches themselves (`CALL … IN TRANSACTIONS`). Not retried.
 */
export async function inSession<T>(
  driver: Driver,
  database: string | undefined,
  mode: 'READ' | 'WRITE',
  work: (session: Session) => Promise<T>,
): Promise<T> {
  const session = driver.session({ database, defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE });
  try {
    return await work(session);
  } catch (error) {
    throw translateDriverError(error);
  } finally {
    await session.close().catch(() => undefined);
  }
}

/** A `RunQuery` bound to a transaction or a session; it checks that the parameters are exactly the file's. */
export function queryRunner(tx: ManagedTransaction | Session, texts: CypherTexts, logger?: QueryLogger): RunQuery {
  return async (name, params, template) => {
    const expected = [...CYPHER_FILES[name]].sort().join();
    const given = Object.keys(params as object).sort().join();
    if (expected !== given) throw new Error(`Cypher file ${name} takes [${expected}], not [${given}]`);
    const text = fillTemplate(name, texts[name], template);
    logger?.debug({ cypher: name, template, params }, 'neo4j query');
    const result = await tx.run(text, params as Record<string, unknown>);
    return result.records.map((record) => record.toObject());
  };
}
