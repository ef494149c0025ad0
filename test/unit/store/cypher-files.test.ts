import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CYPHER_FILES,
  cypherParameters,
  loadCypherFiles,
  templateTokens,
  type CypherName,
} from '../../../src/store/neo4j/cypher-files';
import { fillTemplate } from '../../../src/store/neo4j/cypher-template';

const names = Object.keys(CYPHER_FILES) as CypherName[];

describe('cypher files', () => {
  const texts = loadCypherFiles();

  it.each(names)('%s loads and uses exactly the parameters the code passes', (name) => {
    expect(texts[name].trim()).not.toBe('');
    expect(cypherParameters(texts[name])).toEqual([...CYPHER_FILES[name]].sort());
  });

  it('holds template tokens only where the code fills them from an allow-list', () => {
    const templated = names.filter((n) => templateTokens(texts[n]).length > 0);
    expect(Object.fromEntries(templated.map((n) => [n, templateTokens(texts[n])]))).toEqual({
      'write/merge-nodes': ['KIND'],
      'write/merge-edges': ['TYPE'],
      'read/shortest-paths': ['MAX_HOPS'],
      'read/get-neighbourhood': ['MAX_HOPS'],
      'read/get-edges': ['TYPE'],
      'schema/create-edge-id-index': ['TYPE'],
    });
  });

  it('reads parameters outside comments and string literals only', () => {
    expect(cypherParameters("// uses $not\nMATCH (n {a: '$nor'}) WHERE n.x = $yes AND n.y IN $list RETURN $yes")).toEqual(['list', 'yes']);
  });

  it('fails fast, naming the file, when one is missing', () => {
    const empty = mkdtempSync(join(tmpdir(), 'vetgraph-cypher-'));
    try {
      expect(() => loadCypherFiles(empty)).toThrow(/schema\/create-node-id-constraint\.cypher is missing/);
    } finally {
      rmSync(empty, { recursive: true });
    }
  });
});

describe('fillTemplate', () => {
  const text = loadCypherFiles()['write/merge-edges'];

  it('fills a relation type from the allow-list', () => {
    const filled = fillTemplate('write/merge-edges', text, { TYPE: 'PARTNERS_WITH' });
    expect(filled).toContain('MERGE (a)-[r:PARTNERS_WITH {id: row.id}]->(b)');
    expect(filled).not.toContain('{{');
  });

  it.each([
    [{ TYPE: 'PARTNERS_WITH]->(x) DETACH DELETE x //' }],
    [{ TYPE: 'partners_with' }],
    [{ KIND: 'School' }],
    [{}],
  ])('refuses %j', (values) => {
    expect(() => fillTemplate('write/merge-edges', text, values)).toThrow();
  });

  it('takes hop counts from 1 to 6 only', () => {
    const paths = loadCypherFiles()['read/shortest-paths'];
    expect(fillTemplate('read/shortest-paths', paths, { MAX_HOPS: 6 })).toContain('[*..6]');
    for (const bad of [0, 7, 2.5, '3']) expect(() => fillTemplate('read/shortest-paths', paths, { MAX_HOPS: bad })).toThrow();
  });
});
