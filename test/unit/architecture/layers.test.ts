import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The layer rule of the house style, checked on every import in src/:
 * graph ← ingest, graph ← store ← api ← (server, cli). Nothing imports a layer to its right,
 * and only store/neo4j may import the driver.
 */
const SRC = resolve(__dirname, '../../../src');
const ALLOWED: Record<string, string[]> = {
  config: [],
  graph: ['graph'],
  ingest: ['ingest', 'graph'],
  store: ['store', 'graph', 'config'],
  api: ['api', 'store', 'graph', 'config'],
};

function layerOf(file: string): string {
  const top = relative(SRC, file).split(/[\\/]/)[0];
  return top.replace(/\.ts$/, '');
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from\s+|import\s*\(\s*|require\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1]);
}

const files = sourceFiles(SRC);
// server.ts, app.ts and cli/ sit on top and may import anything.
const layered = files.filter((f) => layerOf(f) in ALLOWED);

describe('layers', () => {
  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(layered.map((f) => [relative(SRC, f), f]))('%s imports only from the layers below it', (_name, file) => {
    const allowed = ALLOWED[layerOf(file)];
    const wrong = importsOf(file)
      .filter((spec) => spec.startsWith('.'))
      .map((spec) => layerOf(resolve(dirname(file), spec)))
      .filter((target) => !allowed.includes(target));
    expect(wrong).toEqual([]);
  });

  it('keeps neo4j-driver inside src/store/neo4j and src/store/create-graph-store.ts', () => {
    const users = files
      .filter((f) => importsOf(f).includes('neo4j-driver'))
      .map((f) => relative(SRC, f).replace(/\\/g, '/'))
      .filter((f) => !f.startsWith('store/neo4j/') && f !== 'store/create-graph-store.ts');
    expect(users).toEqual([]);
  });
});
