import { describeMutations } from './mutations.suite';

// The same mutations on Neo4j (jest's global set-up or NEO4J_URI); the suite clears that database.
jest.setTimeout(60_000);
describeMutations('neo4j');
