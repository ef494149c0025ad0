import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { GraphBatch } from '../../graph/graph-types';
import { assertBatchShape } from '../batch-validation';
import { StoreCorruptError } from '../store-errors';

/** What the MemoryStore writes; a file without these two fields is not ours. */
const FORMAT = 'vetgraph-graph';
const VERSION = 1;

/** Finds what is wrong with a parsed graph file, or undefined when it is sound. */
function fileProblem(data: unknown): string | undefined {
  const file = data as { format?: unknown; version?: unknown } & GraphBatch;
  if (typeof file !== 'object' || file === null) return 'it is not a JSON object';
  if (file.format !== FORMAT || file.version !== VERSION) return `it is not a ${FORMAT} file of version ${VERSION}`;
  try {
    assertBatchShape(file);
  } catch (error) {
    return (error as Error).message;
  }
  const nodeIds = new Set(file.nodes.map((n) => n.id));
  if (nodeIds.size !== file.nodes.length) return 'a node id occurs twice';
  if (new Set(file.edges.map((e) => e.id)).size !== file.edges.length) return 'an edge id occurs twice';
  const dangling = file.edges.find((e) => !nodeIds.has(e.source) || !nodeIds.has(e.target));
  return dangling ? `edge ${dangling.id} points to a missing node` : undefined;
}

/** Reads a graph file; undefined when there is none. A file that is not what we write is a `StoreCorruptError`. */
export async function readGraphFile(path: string): Promise<GraphBatch | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new StoreCorruptError(`${path} is not valid JSON (${(error as Error).message}); move it away or restore it from a backup`);
  }
  const problem = fileProblem(data);
  if (problem) throw new StoreCorruptError(`${path} is not a sound graph file: ${problem}`);
  const { nodes, edges } = data as GraphBatch;
  return { nodes, edges };
}

/** One item a line, so a diff of two graph files is readable. */
function serialise(batch: GraphBatch): string {
  const list = (items: unknown[]) => (items.length ? `\n${items.map((i) => JSON.stringify(i)).join(',\n')}\n` : '');
  return `{"format":"${FORMAT}","version":${VERSION},\n"nodes":[${list(batch.nodes)}],\n"edges":[${list(batch.edges)}]}\n`;
}

/**
 * Replaces the graph file atomically: the text goes to a temporary file in the same folder, is
 * flushed to disk, then renamed over the old file, so a crash leaves the old file or the new one,
 * never half of one.
 */
export async function writeGraphFile(path: string, batch: GraphBatch): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(serialise(batch), 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dir);
}

/** Flushes the rename itself; some file systems refuse to open a folder, which costs only durability. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r').catch(() => undefined);
  await handle?.sync().catch(() => undefined);
  await handle?.close();
}
