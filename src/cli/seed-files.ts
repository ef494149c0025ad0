import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from './run-cli';

/** Every `*.txt` document of a folder, sorted (the lexicon and other files are not documents). */
export async function seedDocuments(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    throw new UsageError(`the seeds folder ${dir} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}); set VETGRAPH_SEEDS_DIR or name the files`);
  }
  const files = names.filter((n) => n.toLowerCase().endsWith('.txt')).sort().map((n) => join(dir, n));
  if (files.length === 0) throw new UsageError(`the seeds folder ${dir} holds no .txt documents`);
  return files;
}

/** The curated lexicon that sits beside the seed documents. */
export function lexiconPath(seedsDir: string): string {
  return join(seedsDir, 'lexicon.json');
}
