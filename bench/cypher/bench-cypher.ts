import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isNodeKind } from '../../src/graph/node-kind';
import { isRelationType } from '../../src/graph/relation-type';
import { repoRoot } from '../neo4j/bench-neo4j';

/** The bench's own Cypher files (bench/cypher/*.cypher and bench/raw-cypher/*.cypher), read once. */
export function loadBenchCypher(folder: 'cypher' | 'raw-cypher'): Record<string, string> {
  const dir = join(repoRoot(), 'bench', folder);
  const files = readdirSync(dir).filter((f) => f.endsWith('.cypher'));
  if (files.length === 0) throw new Error(`no Cypher files in ${dir}`);
  return Object.fromEntries(files.map((f) => [f.replace(/\.cypher$/, ''), readFileSync(join(dir, f), 'utf8')]));
}

/** Fills {{KIND}} / {{TYPE}} from the allow-lists only; anything else is refused. */
export function fillLabel(text: string, token: 'KIND' | 'TYPE', value: string): string {
  const allowed = token === 'KIND' ? isNodeKind(value) : isRelationType(value);
  if (!allowed) throw new Error(`${value} is not a ${token === 'KIND' ? 'node kind' : 'relation type'}`);
  return text.replaceAll(`{{${token}}}`, value);
}
