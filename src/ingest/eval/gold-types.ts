import { readFileSync } from 'node:fs';
import type { RelationType } from '../../graph/relation-type';

/** One hand-annotated relation of `test/fixtures/gold/relations.json` (see its `notes` for the conventions). */
export interface GoldRelation {
  type: RelationType;
  source: string;
  target: string;
  /** Seed file name the relation was read from. */
  document: string;
  line: number;
  quote: string;
  from: 'table' | 'text';
  targetText?: string;
  surface?: string;
  sourceAlias?: boolean;
  targetAlias?: boolean;
  projectKey?: string;
  collective?: boolean;
}

/** The gold file: relations that count, and `uncertain` ones that do not. */
export interface GoldFile {
  version: number;
  relations: GoldRelation[];
}

/** Reads the gold file, or throws an error naming the file and what is wrong with it. */
export function loadGold(path: string): GoldFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: cannot be read as JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const relations = (parsed as Partial<GoldFile>)?.relations;
  if (!Array.isArray(relations)) throw new Error(`${path}: has no "relations" list`);
  return { version: Number((parsed as GoldFile).version ?? 1), relations };
}
