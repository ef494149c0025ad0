import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Every Cypher file the Neo4j adapter runs, with the `$parameters` it takes. The compiler holds
 * the code to these names (see `CypherParams`), and a unit test holds the files to them.
 */
export const CYPHER_FILES = {
  'schema/create-node-id-constraint': [],
  'schema/create-node-name-index': [],
  'schema/create-node-text-index': [],
  'schema/create-edge-id-index': [],
  'schema/await-indexes': ['timeoutSeconds'],
  'write/lock-nodes': ['ids'],
  'write/merge-nodes': ['nodes'],
  'write/merge-edges': ['edges'],
  'write/delete-nodes': ['ids'],
  'write/delete-all': [],
  'read/get-nodes': ['ids', 'evidence', 'text'],
  'read/get-edges': ['ids'],
  'read/get-relations': ['ids', 'types', 'direction', 'after', 'first', 'evidence', 'text'],
  'read/get-descendants': ['ids', 'types', 'evidence', 'text'],
  'read/find-by-name': ['key', 'kinds', 'evidence', 'text'],
  'read/find-by-name-indexed': ['key', 'kinds', 'query', 'evidence', 'text'],
  'read/list-nodes': ['kinds', 'needle', 'after', 'first', 'evidence', 'text'],
  'read/search-nodes': ['query', 'kinds', 'terms', 'first', 'evidence', 'text'],
  'read/get-neighbourhood': ['id', 'types', 'maxNodes', 'evidence', 'text'],
  'read/shortest-paths': ['from', 'to', 'types', 'limit', 'evidence', 'text'],
  'read/count-nodes': [],
  'read/count-edges': [],
  'read/all-nodes': [],
  'read/all-edges': [],
} as const satisfies Record<string, readonly string[]>;

export type CypherName = keyof typeof CYPHER_FILES;

/** The parameters a file takes: exactly these keys, as the compiler checks at each call. */
export type CypherParams<N extends CypherName> = { [K in (typeof CYPHER_FILES)[N][number]]: unknown };

/** The template tokens a file may hold; the code fills them only from allow-lists. */
export const TEMPLATE_TOKENS = ['KIND', 'TYPE', 'MAX_HOPS'] as const;
export type TemplateToken = (typeof TEMPLATE_TOKENS)[number];

/** The text of every Cypher file, by name. */
export type CypherTexts = Readonly<Record<CypherName, string>>;

/** The `cypher/` folder: beside `src/` when run from source, one level further up when run from `dist/`. */
export function findCypherDir(): string {
  const candidates = [resolve(__dirname, '../../../cypher'), resolve(__dirname, '../../../../cypher')];
  const found = candidates.find((dir) => existsSync(join(dir, 'read')));
  if (!found) throw new Error(`cannot find the cypher/ folder (looked in ${candidates.join(', ')})`);
  return found;
}

let cached: CypherTexts | undefined;

/** Reads every Cypher file once; throws naming the first missing one, so a broken install fails at start. */
export function loadCypherFiles(dir?: string): CypherTexts {
  if (!dir && cached) return cached;
  const root = dir ?? findCypherDir();
  const texts = {} as Record<CypherName, string>;
  for (const name of Object.keys(CYPHER_FILES) as CypherName[]) {
    const path = join(root, `${name}.cypher`);
    if (!existsSync(path)) throw new Error(`Cypher file ${path} is missing`);
    texts[name] = readFileSync(path, 'utf8');
  }
  if (!dir) cached = texts;
  return texts;
}

/** The `$parameters` a Cypher text uses, sorted, comments and string literals left out. */
export function cypherParameters(text: string): string[] {
  const code = text.replace(/\/\/[^\n]*/g, '').replace(/'(?:[^'\\]|\\.)*'/g, "''");
  return [...new Set([...code.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]))].sort();
}

/** The template tokens (`{{KIND}}`) a Cypher text uses outside comments. */
export function templateTokens(text: string): string[] {
  const code = text.replace(/\/\/[^\n]*/g, '');
  return [...new Set([...code.matchAll(/\{\{([A-Z_]+)\}\}/g)].map((m) => m[1]))].sort();
}
