import type { GraphStore } from '../../store/graph-store.port';

/** The store, with `beforeCall` run before every method: how a request's deadline stops its store calls. */
export function withBeforeCall(store: GraphStore, beforeCall: () => void): GraphStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        beforeCall();
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}
