import { getIntrospectionQuery } from 'graphql';
import type { GraphStore } from '../../../src/store/graph-store.port';
import { MemoryStore } from '../../../src/store/memory/memory-graph-store';
import { StoreUnavailableError } from '../../../src/store/store-errors';
import { apiGraphBatch } from '../../fixtures/api-graph.fixtures';
import { startApi, type ApiHarness } from './api-client';

/** The real MemoryStore, with one method made to fail or stall the way a database outage does. */
function breakMethod(store: GraphStore, method: keyof GraphStore, behaviour: () => Promise<never>): GraphStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property === method) return behaviour;
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

describe('HTTP server', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startApi({ store: 'memory', batch: apiGraphBatch() });
  });
  afterAll(() => api.close());

  it('answers /healthz and /readyz', async () => {
    const health = await fetch(`${api.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${api.url}/readyz`);
    expect(ready.status).toBe(200);
  });

  it('serves GraphiQL and its assets from this server, not a CDN', async () => {
    for (const path of ['/', '/graphiql']) {
      const page = await fetch(`${api.url}${path}`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      const html = await page.text();
      expect(html).toContain('GraphiQL.createFetcher');
      expect(html).not.toMatch(/https?:\/\//);
      const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
      expect(assets).toHaveLength(4);
      for (const asset of assets) {
        const response = await fetch(`${api.url}${asset}`);
        expect(response.status).toBe(200);
        expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(1000);
      }
    }
    expect((await fetch(`${api.url}/nothing-here`)).status).toBe(404);
  });

  it('answers GET queries on /graphql', async () => {
    const response = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ entity(name: "华为") { name } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { entity: { name: '华为技术有限公司' } } });
  });

  it('refuses bodies over the size limit with 413 and bad JSON with 400', async () => {
    const big = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ entity(name: "${'x'.repeat(120_000)}") { id } }` }),
    });
    expect(big.status).toBe(413);
    expect(((await big.json()) as any).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    const bad = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":' });
    expect(bad.status).toBe(400);
  });

  it('refuses queries deeper than the depth limit', async () => {
    let query = 'name';
    for (let i = 0; i < 12; i += 1) query = `relations(first: 1) { edges { node { source { ... on Entity { ${query} } } } } }`;
    const r = await api.graphql(`{ entity(name: "华为") { ${query} } }`);
    expect(r.status).toBe(400);
    expect(r.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(r.errors?.[0].message).toMatch(/depth \d+ exceeds the limit of 12/);
  });

  it('answers the introspection query GraphiQL sends, whatever the depth limit', async () => {
    const r = await api.graphql(getIntrospectionQuery());
    expect(r.errors).toBeUndefined();
    expect(r.data.__schema.types.map((t: any) => t.name)).toEqual(expect.arrayContaining(['Entity', 'Document', 'Clause', 'Relation']));
  });

  it('refuses queries costlier than the complexity limit, counting page sizes from variables', async () => {
    const q = `query($n: Int) { entities(first: $n) { edges { node { relations(first: $n) { edges { node { evidence { quote } } } } } } } }`;
    const small = await api.graphql(q, { n: 5 });
    expect(small.errors).toBeUndefined();
    const large = await api.graphql(q, { n: 50 });
    expect(large.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(large.errors?.[0].extensions?.maxComplexity).toBe(20_000);
  });

  it('reports syntax and unknown-field errors with their codes and no stack trace', async () => {
    const syntax = await api.graphql('{ entity(name: ');
    expect(syntax.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const unknown = await api.graphql('{ nothing }');
    expect(unknown.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(unknown)).not.toMatch(/stacktrace|at .*\.ts/);
  });
});

describe('store failures', () => {
  it('maps StoreUnavailableError to SERVICE_UNAVAILABLE and /readyz to 503', async () => {
    const store = new MemoryStore();
    const down = async (): Promise<never> => {
      throw new StoreUnavailableError('connection refused at bolt://10.0.0.1');
    };
    const api = await startApi({ store, batch: apiGraphBatch(), wrap: (s) => breakMethod(breakMethod(s, 'findByName', down), 'getNodes', down) });
    try {
      const r = await api.graphql('{ entity(name: "华为") { name } }');
      expect(r.errors?.[0].extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(r.errors?.[0].message).not.toMatch(/bolt|10\.0\.0\.1/);
      const ready = await fetch(`${api.url}/readyz`);
      expect(ready.status).toBe(503);
    } finally {
      await api.close();
    }
  });

  it('hides unexpected errors as INTERNAL_SERVER_ERROR without message or stack, and logs them', async () => {
    const store = new MemoryStore();
    const bug = async (): Promise<never> => {
      throw new TypeError('secret internals at /srv/app.js:12');
    };
    const api = await startApi({ store, batch: apiGraphBatch(), wrap: (s) => breakMethod(s, 'findByName', bug) });
    try {
      const r = await api.graphql('{ entity(name: "华为") { name } }');
      expect(r.errors?.[0]).toEqual({ message: 'Internal server error', path: ['entity'], locations: expect.any(Array), extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(api.logs.some((l) => l.msg === 'unexpected error in a resolver')).toBe(true);
    } finally {
      await api.close();
    }
  });

  it('stops a request that outlives its time limit with TIMEOUT', async () => {
    const store = new MemoryStore();
    let timer: NodeJS.Timeout | undefined;
    const stall = (): Promise<never> =>
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('stalled')), 3000);
      });
    const api = await startApi({ store, batch: apiGraphBatch(), config: { requestTimeoutMs: 300 }, wrap: (s) => breakMethod(s, 'findByName', stall) });
    try {
      // The stalled store call would fail with "stalled" after 3 s; TIMEOUT proves the limit cut it first.
      const r = await api.graphql('{ entity(name: "华为") { name } }');
      expect(r.status).toBe(503);
      expect(r.errors?.[0].extensions?.code).toBe('TIMEOUT');
    } finally {
      clearTimeout(timer);
      await api.close();
    }
  });
});
