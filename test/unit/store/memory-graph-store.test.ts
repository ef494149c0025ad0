import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryStore } from '../../../src/store/memory/memory-graph-store';
import { StoreCorruptError } from '../../../src/store/store-errors';
import { CHANGAN, fixtureGraph, GONGYE, node } from '../../fixtures/graph.fixtures';
import { describeGraphStoreContract } from '../../store-contract';

describeGraphStoreContract('MemoryStore in memory', async () => {
  const store = new MemoryStore();
  await store.init();
  return store;
});

const folders: string[] = [];
afterAll(() => folders.forEach((d) => rmSync(d, { recursive: true, force: true })));

describeGraphStoreContract('MemoryStore with a data folder', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'vetgraph-contract-'));
  folders.push(dataDir);
  const store = new MemoryStore({ dataDir });
  await store.init();
  return store;
});

describe('MemoryStore on disk', () => {
  let dir: string;
  const file = () => join(dir, 'graph.json');
  const open = async () => {
    const store = new MemoryStore({ dataDir: dir });
    await store.init();
    return store;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vetgraph-store-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps the graph across instances', async () => {
    const first = await open();
    await first.upsert(fixtureGraph());
    await first.close();
    const second = await open();
    expect(await second.dump()).toEqual(await first.dump());
    expect((await second.search('工业职业', { first: 1 }))[0].node.id).toBe(GONGYE);
    expect((await second.findByName('长安汽车')).map((n) => n.id)).toEqual([CHANGAN]);
  });

  it('starts empty when there is no file, and creates the folder on the first write', async () => {
    dir = join(dir, 'not-yet');
    const store = await open();
    expect(await store.dump()).toEqual({ nodes: [], edges: [] });
    await store.upsert({ nodes: [node('Country', '泰国')], edges: [] });
    expect(JSON.parse(readFileSync(file(), 'utf8')).nodes).toHaveLength(1);
  });

  it('writes through a temporary file and leaves none behind', async () => {
    const store = await open();
    await store.upsert(fixtureGraph());
    await store.clear();
    expect(readdirSync(dir)).toEqual(['graph.json']);
    expect(JSON.parse(readFileSync(file(), 'utf8'))).toMatchObject({ format: 'vetgraph-graph', version: 1, nodes: [] });
  });

  it('leaves memory and file as they were when the file cannot be replaced', async () => {
    const store = await open();
    await store.upsert(fixtureGraph());
    const dumped = await store.dump();
    // A folder where the file should be: the rename fails on any user, root included.
    const saved = readFileSync(file(), 'utf8');
    rmSync(file());
    mkdirSync(file());
    writeFileSync(join(file(), 'blocker'), 'x');
    await expect(store.upsert({ nodes: [node('Country', '老挝')], edges: [] })).rejects.toThrow();
    await expect(store.clear()).rejects.toThrow();
    expect(await store.dump()).toEqual(dumped);
    expect(readdirSync(dir)).toEqual(['graph.json']);
    expect(readdirSync(file())).toEqual(['blocker']);
    // Put the file back: the store still holds exactly what it held, and the next write works.
    rmSync(file(), { recursive: true });
    writeFileSync(file(), saved);
    await store.upsert({ nodes: [node('Country', '老挝')], edges: [] });
    expect((await (await open()).dump()).nodes).toHaveLength(dumped.nodes.length + 1);
  });

  it.each([
    ['not JSON', '{"format": "vetgraph-graph", "nodes": ['],
    ['another format', '{"format":"other","version":1,"nodes":[],"edges":[]}'],
    ['a bad node', '{"format":"vetgraph-graph","version":1,"nodes":[{"id":"x","kind":"Castle","name":"x","aliases":[],"properties":{},"evidence":[]}],"edges":[]}'],
    ['a dangling edge', '{"format":"vetgraph-graph","version":1,"nodes":[],"edges":[{"id":"e","type":"LEADS","source":"a","target":"b","properties":{},"evidence":[]}]}'],
  ])('refuses a corrupt file (%s), naming it, and never overwrites it', async (_what, text) => {
    writeFileSync(file(), text);
    const store = new MemoryStore({ dataDir: dir });
    await expect(store.init()).rejects.toThrow(StoreCorruptError);
    await expect(store.init()).rejects.toThrow(file());
    await expect(store.upsert(fixtureGraph())).rejects.toThrow(StoreCorruptError);
    expect(readFileSync(file(), 'utf8')).toBe(text);
  });
});
