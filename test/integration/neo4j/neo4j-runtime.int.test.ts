/**
 * The Neo4j the integration tests get (the embedded one from global set-up, or NEO4J_URI) is a real
 * server that speaks Bolt and has the `cjk` full-text analyzer the store's Chinese search relies on.
 */
import { randomBytes } from 'node:crypto';
import neo4j, { Driver } from 'neo4j-driver';
import { neo4jTestSettings } from '../../neo4j-env';

describe('Neo4j runtime', () => {
  let driver: Driver;
  // Throwaway names, unique per run, so the test never touches anything else in the database.
  const suffix = randomBytes(6).toString('hex');
  const label = `RuntimeProbe_${suffix}`;
  const index = `runtime_probe_${suffix}`;

  beforeAll(async () => {
    const { uri, user, password } = neo4jTestSettings();
    driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
    await driver.verifyConnectivity();
  });

  afterAll(async () => {
    if (!driver) return;
    await driver.executeQuery(`MATCH (n:${label}) DETACH DELETE n`);
    await driver.executeQuery(`DROP INDEX ${index} IF EXISTS`);
    await driver.close();
  });

  it('answers a query over Bolt', async () => {
    const { records, summary } = await driver.executeQuery(
      'RETURN $a + $b AS sum',
      { a: neo4j.int(2), b: neo4j.int(3) },
      { routing: neo4j.routing.READ },
    );
    expect(records[0].get('sum').toNumber()).toBe(5);
    expect(summary.server.agent).toMatch(/^Neo4j\/5\./);
  });

  it('finds Chinese text through a full-text index with the cjk analyzer', async () => {
    await driver.executeQuery(
      `CREATE FULLTEXT INDEX ${index} FOR (n:${label}) ON EACH [n.name] ` +
        "OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
    );
    await driver.executeQuery('CALL db.awaitIndex($index, 60)', { index });
    await driver.executeQuery(`UNWIND $names AS name CREATE (:${label} {name: name})`, {
      names: ['重庆工业职业技术学院', '重庆市教育委员会', '鲁班工坊'],
    });

    const { records: shown } = await driver.executeQuery(
      'SHOW FULLTEXT INDEXES YIELD name, options WHERE name = $index RETURN options',
      { index },
    );
    expect(shown[0].get('options').indexConfig['fulltext.analyzer']).toBe('cjk');

    const { records } = await driver.executeQuery(
      'CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score RETURN node.name AS name, score',
      { index, query: '工业职业' },
      { routing: neo4j.routing.READ },
    );
    expect(records.map((record) => record.get('name'))).toEqual(['重庆工业职业技术学院']);
    expect(records[0].get('score')).toBeGreaterThan(0);
  });
});
