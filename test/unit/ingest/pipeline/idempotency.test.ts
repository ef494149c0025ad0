import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestDocuments } from '../../../../src/ingest';
import { MemoryStore } from '../../../../src/store';
import { OPTIONS, SEED_FILES } from './pipeline.fixtures';

describe('idempotency', () => {
  it('changes nothing when the seeds are ingested a second time', async () => {
    const store = new MemoryStore();
    await store.init();
    const first = await ingestDocuments(SEED_FILES, store, OPTIONS);
    const before = await store.dump();
    const second = await ingestDocuments(SEED_FILES, store, OPTIONS);
    expect(await store.dump()).toEqual(before);
    expect(first.totals.nodesCreated).toBe(before.nodes.length);
    expect(second.totals.nodesCreated).toBe(0);
    expect(second.totals.edgesCreated).toBe(0);
  }, 60_000);

  it('gives the same graph file when a persisted store is ingested again by a new process', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vetgraph-idem-'));
    try {
      const files = SEED_FILES.slice(0, 3);
      const a = new MemoryStore({ dataDir: dir });
      await a.init();
      await ingestDocuments(files, a, OPTIONS);
      const before = await a.dump();
      await a.close();
      const b = new MemoryStore({ dataDir: dir });
      await b.init();
      await ingestDocuments(files, b, OPTIONS);
      expect(await b.dump()).toEqual(before);
      await b.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('keeps an ingested document whole when a later run cites it, and lets a document replace its earlier stub', async () => {
    const [plan2019, beibei] = SEED_FILES;
    for (const order of [[plan2019, beibei], [beibei, plan2019]]) {
      const store = new MemoryStore();
      await store.init();
      for (const file of order) await ingestDocuments([file], store, OPTIONS);
      const [node] = await store.getNodes(['Policy:渝府发〔2019〕18号']);
      expect(node?.properties).toMatchObject({ inCorpus: true, title: '重庆市人民政府关于印发重庆市深化职业教育改革实施方案的通知', issuers: ['重庆市人民政府'] });
      expect(node?.name).toBe('重庆市人民政府关于印发重庆市深化职业教育改革实施方案的通知');
      expect(node?.aliases).toContain('重庆市人民政府关于印发深化职业教育改革实施方案的通知');
    }
  }, 60_000);
});
