import type { GraphStore } from '../../../src/store/graph-store.port';

/** A real store with a counter in front: how many times each port method was called. */
export interface CountingStore {
  store: GraphStore;
  calls: Record<string, number>;
  reset(): void;
}

/** Wraps a store so every method call is counted (tests of batching: one round trip per level). */
export function countingStore(inner: GraphStore): CountingStore {
  const calls: Record<string, number> = {};
  const store = new Proxy(inner, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function' || typeof property !== 'string') return value;
      return (...args: unknown[]) => {
        calls[property] = (calls[property] ?? 0) + 1;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return {
    store,
    calls,
    reset: () => {
      for (const key of Object.keys(calls)) delete calls[key];
    },
  };
}
