import { describeReadApi } from './read-api.suite';

// The same suite on Neo4j: jest's global set-up starts one, or NEO4J_URI names it. The suite
// clears the database it is given, so it must be a test database.
jest.setTimeout(60_000);
describeReadApi('neo4j');
