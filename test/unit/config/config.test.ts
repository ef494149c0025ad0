import { ConfigError, loadConfig } from '../../../src/config';

describe('loadConfig', () => {
  it('uses the embedded store when NEO4J_URI is unset or empty', () => {
    expect(loadConfig({}).neo4jUri).toBeUndefined();
    expect(loadConfig({ NEO4J_URI: '  ' }).neo4jUri).toBeUndefined();
  });

  it('has documented defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, dataDir: './data', neo4jUser: 'neo4j', logLevel: 'info' });
  });

  it('reads a Bolt URI', () => {
    expect(loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:7687' }).neo4jUri).toBe('bolt://127.0.0.1:7687');
  });

  it.each([
    [{ NEO4J_URI: 'http://localhost:7474' }, /NEO4J_URI/],
    [{ PORT: 'eighty' }, /PORT="eighty"/],
    [{ PORT: '70000' }, /PORT/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
    [{ VETGRAPH_MAX_PAGE_SIZE: '0' }, /VETGRAPH_MAX_PAGE_SIZE/],
  ])('rejects %j with a message naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
