import type { GraphStore } from '../../src/store/graph-store.port';
import type { CallCounts } from './target-spec';

/** The store with a counter in front: every call of a port method is one store round trip for the API. */
export function countingStore(inner: GraphStore, counts: CallCounts): GraphStore {
  return new Proxy(inner, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        counts.portCalls += 1;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}
