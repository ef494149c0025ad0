/**
 * Neo4j goes away under a running app and comes back: queries answer SERVICE_UNAVAILABLE while it
 * is down (the process keeps serving, /healthz 200, /readyz 503) and answer again once it is back,
 * on the same driver. Runs its own Neo4j (not the shared test server, which other files use), with
 * the store built as the server builds it (createGraphStore: its driver time-outs and retries).
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import { freePort, ROOT, startNeo4j, stopNeo4j } from '../../../scripts/neo4j-runtime';
import { loadConfig } from '../../../src/config';
import { ingestDocuments } from '../../../src/ingest';
import { createGraphStore } from '../../../src/store/create-graph-store';
import type { GraphStore } from '../../../src/store/graph-store.port';
import { startApi, type ApiHarness } from './api-client';
import { seedFile, SEED_LEXICON } from './seed-graph-api';

// Two Neo4j starts and the driver's retry window (10 s) while the server is down.
jest.setTimeout(300_000);

const QUERY = `{ document(docNumber: "北碚府发〔2020〕44号") { title cites { docNumber inCorpus } } entity(name: "北碚区教委") { name kind } }`;
const ANSWER = {
  document: {
    title: '重庆市北碚区人民政府关于印发北碚区深化职业教育改革实施方案的通知',
    cites: expect.arrayContaining([
      { docNumber: '国发〔2019〕4号', inCorpus: false },
      { docNumber: '渝府发〔2019〕18号', inCorpus: false },
    ]),
  },
  entity: { name: '北碚区教育委员会', kind: 'GovernmentBody' },
};

const quiet = (): void => undefined;

describe('a Neo4j outage under a running app', () => {
  let port: number;
  let home: string;
  let store: GraphStore | undefined;
  let api: ApiHarness | undefined;

  beforeAll(async () => {
    port = await freePort();
    home = path.join(ROOT, '.neo4j', `outage-${port}`);
    const { uri, started } = await startNeo4j({ port, home, wipe: true, watchPid: process.pid, log: quiet });
    if (!started) throw new Error(`port ${port} already answered Bolt; not our server`);
    // The production defaults for both: the driver gives up inside the request time limit, so the
    // client is told SERVICE_UNAVAILABLE, not TIMEOUT.
    const config = loadConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: '' });
    store = createGraphStore(config);
    api = await startApi({ store, config: { requestTimeoutMs: config.requestTimeoutMs } });
    await ingestDocuments([seedFile('001')], store, { lexicon: SEED_LEXICON, maxDocumentBytes: 1_000_000 });
  });

  afterAll(async () => {
    await api?.close();
    await store?.close().catch(quiet);
    if (home) {
      await stopNeo4j({ home, log: quiet });
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('answers, then SERVICE_UNAVAILABLE while Neo4j is down, then answers again once it is back', async () => {
    const up = await api!.graphql(QUERY);
    expect(up.errors).toBeUndefined();
    expect(up.data).toEqual(ANSWER);
    expect(up.data.document.cites).toHaveLength(2);
    expect((await fetch(`${api!.url}/readyz`)).status).toBe(200);

    expect((await stopNeo4j({ home, log: quiet })).stopped).toBe(true);

    const down = await api!.graphql(QUERY);
    expect(down.status).toBe(503);
    expect(down.errors?.length).toBeGreaterThan(0);
    for (const error of down.errors ?? []) {
      expect(error.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      expect(error.message).not.toMatch(/bolt|127\.0\.0\.1|:\d{4,5}/);
    }
    const health = await fetch(`${api!.url}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${api!.url}/readyz`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'unavailable' });

    const { started } = await startNeo4j({ port, home, wipe: false, watchPid: process.pid, log: quiet });
    expect(started).toBe(true);
    // The driver reconnects on its own; a few tries cover its pool noticing the new server.
    let again = await api!.graphql(QUERY);
    for (let attempt = 1; attempt < 10 && again.errors !== undefined; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      again = await api!.graphql(QUERY);
    }
    expect(again.errors).toBeUndefined();
    expect(again.data).toEqual(ANSWER);
    expect((await fetch(`${api!.url}/readyz`)).status).toBe(200);
  });
});
