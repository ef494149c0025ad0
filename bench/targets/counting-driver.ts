import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import type { CallCounts } from './target-spec';

/** Wraps `run` on a session or transaction so each Cypher statement is counted. */
function countRuns<T extends object>(target: T, counts: CallCounts): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      const value: unknown = Reflect.get(object, property, receiver);
      if (property === 'run' && typeof value === 'function') {
        return (...args: unknown[]) => {
          counts.cypher += 1;
          return (value as (...a: unknown[]) => unknown).apply(object, args);
        };
      }
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(object) : value;
    },
  });
}

function countSession(session: Session, counts: CallCounts): Session {
  return new Proxy(session, {
    get(object, property, receiver) {
      const value: unknown = Reflect.get(object, property, receiver);
      if ((property === 'executeRead' || property === 'executeWrite') && typeof value === 'function') {
        return (work: (tx: ManagedTransaction) => unknown, ...rest: unknown[]) => {
          counts.transactions += 1;
          return (value as (...a: unknown[]) => unknown).call(object, (tx: ManagedTransaction) => work(countRuns(tx, counts)), ...rest);
        };
      }
      if (property === 'run' && typeof value === 'function') {
        return (...args: unknown[]) => {
          counts.transactions += 1;
          counts.cypher += 1;
          return (value as (...a: unknown[]) => unknown).apply(object, args);
        };
      }
      if (property === 'beginTransaction' && typeof value === 'function') {
        return (...args: unknown[]) => {
          counts.transactions += 1;
          return countRuns((value as (...a: unknown[]) => object).apply(object, args), counts);
        };
      }
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(object) : value;
    },
  });
}

/**
 * The driver with a counter in front: every statement a session or transaction runs, and every
 * transaction, whoever runs it (vetgraph's adapter, the Neo4j GraphQL Library, the raw handler).
 */
export function countingDriver(driver: Driver, counts: CallCounts): Driver {
  return new Proxy(driver, {
    get(object, property, receiver) {
      const value: unknown = Reflect.get(object, property, receiver);
      if (property === 'session' && typeof value === 'function') {
        return (...args: unknown[]) => countSession((value as (...a: unknown[]) => Session).apply(object, args), counts);
      }
      if (property === 'executeQuery' && typeof value === 'function') {
        return (...args: unknown[]) => {
          counts.transactions += 1;
          counts.cypher += 1;
          return (value as (...a: unknown[]) => unknown).apply(object, args);
        };
      }
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(object) : value;
    },
  });
}
