import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createServer } from 'node:http';
import neo4j from 'neo4j-driver';
import { loadBenchCypher } from '../cypher/bench-cypher';
import { buildTypeDefs } from '../neo4j-graphql/type-defs';
import { countingDriver } from './counting-driver';
import { readJson, sendJson } from './read-json';
import { listenOnLoopback, type RunningTarget } from './running-target';
import type { CallCounts } from './target-spec';

/**
 * The Neo4j GraphQL Library (`@neo4j/graphql`) over the same database, served the way vetgraph is:
 * Apollo Server 5 through plain node:http (`executeHTTPGraphQLRequest`), so the HTTP layer costs
 * the same on both sides and only the GraphQL-to-Cypher layer differs.
 */
export async function startNeo4jGraphql(uri: string, counts: CallCounts): Promise<RunningTarget> {
  const driver = countingDriver(neo4j.driver(uri, undefined, { maxConnectionPoolSize: 100 }), counts);
  const library = new Neo4jGraphQL({ typeDefs: buildTypeDefs(loadBenchCypher('raw-cypher')), driver });
  const schema = await library.getSchema();
  const apollo = new ApolloServer({ schema, introspection: true, plugins: [ApolloServerPluginLandingPageDisabled()] });
  await apollo.start();
  const server = createServer((req, res) => {
    void (async () => {
      try {
        const headers = new HeaderMap();
        headers.set('content-type', 'application/json');
        const body = req.method === 'POST' ? await readJson(req) : undefined;
        const result = await apollo.executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: req.method ?? 'POST', headers, search: '', body },
          context: async () => ({}),
        });
        res.statusCode = result.status ?? 200;
        for (const [key, value] of result.headers) res.setHeader(key, value);
        if (result.body.kind === 'complete') res.end(result.body.string);
        else {
          for await (const chunk of result.body.asyncIterator) res.write(chunk);
          res.end();
        }
      } catch (error) {
        sendJson(res, 500, { errors: [{ message: error instanceof Error ? error.message : String(error) }] });
      }
    })();
  });
  return listenOnLoopback(server, async () => {
    await apollo.stop();
    await driver.close();
  });
}
