import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestDocuments, IngestError } from '../../../../src/ingest';
import { MemoryStore } from '../../../../src/store';
import { OPTIONS, SEED_FILES, SEEDS_DIR } from './pipeline.fixtures';

let dir: string;
let store: MemoryStore;

/** Bad files, made at test time (the 50 MB one is never committed). */
const bad: Record<string, { file: () => string; reason: RegExp }> = {
  empty: { file: () => join(dir, 'empty.txt'), reason: /empty/ },
  binary: { file: () => join(dir, 'binary.txt'), reason: /binary/ },
  truncated: { file: () => join(dir, 'truncated.txt'), reason: /truncated/ },
  huge: { file: () => join(dir, 'huge.txt'), reason: /52428800 bytes, more than the limit of 10000000/ },
  missing: { file: () => join(dir, 'missing.txt'), reason: /cannot be read \(no such file\)/ },
  folder: { file: () => dir, reason: /is a folder/ },
  json: { file: () => join(SEEDS_DIR, 'lexicon.json'), reason: /is JSON data/ },
};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'vetgraph-bad-'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0, 0, 0xff, 0xfe, 0, 0]));
  // A Chinese notice cut in the middle of a three-byte character.
  writeFileSync(join(dir, 'truncated.txt'), Buffer.from('重庆市教育委员会关于印发通知', 'utf8').subarray(0, 20));
  const fd = openSync(join(dir, 'huge.txt'), 'w');
  const chunk = Buffer.alloc(1024 * 1024, '职业教育'.repeat(1));
  for (let i = 0; i < 50; i++) writeSync(fd, chunk);
  closeSync(fd);
  store = new MemoryStore();
  await store.init();
  await ingestDocuments([SEED_FILES[2]], store, OPTIONS);
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a bad document in a run', () => {
  it.each(Object.keys(bad))('%s: writes nothing and names the file and why', async (name) => {
    const before = await store.dump();
    const file = bad[name].file();
    const run = ingestDocuments([SEED_FILES[0], file], store, OPTIONS);
    await expect(run).rejects.toBeInstanceOf(IngestError);
    await expect(ingestDocuments([SEED_FILES[0], file], store, OPTIONS)).rejects.toThrow(bad[name].reason);
    await expect(ingestDocuments([file], store, OPTIONS)).rejects.toThrow(file);
    expect(await store.dump()).toEqual(before);
  }, 60_000);

  it('lists every bad document at once', async () => {
    const files = [bad.empty.file(), SEED_FILES[0], bad.binary.file()];
    const error = (await ingestDocuments(files, store, OPTIONS).then(
      () => new Error('no error'),
      (e: unknown) => e,
    )) as Error;
    expect(error.message).toMatch(/nothing was written: 2 of 3/);
    expect(error.message).toContain(bad.empty.file());
    expect(error.message).toContain(bad.binary.file());
  });

  it('with onBadDocument: skip, writes the good documents and reports the bad ones', async () => {
    const fresh = new MemoryStore();
    await fresh.init();
    const summary = await ingestDocuments([bad.truncated.file(), SEED_FILES[1]], fresh, { ...OPTIONS, onBadDocument: 'skip' });
    expect(summary.documents.map((d) => d.documentId)).toEqual(['Policy:北碚府发〔2020〕44号']);
    expect(summary.failed).toEqual([{ file: bad.truncated.file(), message: expect.stringMatching(/truncated/) }]);
    expect((await fresh.counts()).nodes.Policy).toBeGreaterThan(1);
  }, 60_000);

  it('leaves the store as it was when the store refuses a document, and says which documents went in', async () => {
    const refusing = new MemoryStore();
    await refusing.init();
    // The first batch goes in; the second write meets a real store error (a batch the store rejects) before its own batch.
    let writes = 0;
    const writer = {
      getNodes: (ids: readonly string[]) => refusing.getNodes(ids),
      upsert: async (batch: Parameters<MemoryStore['upsert']>[0]) => {
        if (++writes === 2) await refusing.upsert({ nodes: [], edges: [{ id: 'x', type: 'CITES', source: 'Policy:nowhere', target: 'Policy:nothing', properties: {}, evidence: [] }] });
        return refusing.upsert(batch);
      },
    };
    const run = ingestDocuments([SEED_FILES[2], SEED_FILES[0]], writer, OPTIONS);
    await expect(run).rejects.toThrow(/000_8eace2c39db8196d\.txt: could not be written, the store keeps it as it was .*documents written before it: .*002_38d68b075e65b685\.txt/s);
    const counts = await refusing.counts();
    expect(counts.nodes.Policy).toBeGreaterThan(0);
    const [plan2019] = await refusing.getNodes(['Policy:渝府发〔2019〕18号']);
    expect(plan2019).toBeNull();
  }, 60_000);
});
