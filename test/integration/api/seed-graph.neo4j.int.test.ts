import { describeSeedGraph } from './seed-graph.suite';

// The same suite on Neo4j (jest's global set-up or NEO4J_URI); it clears that database first.
jest.setTimeout(120_000);
describeSeedGraph('neo4j');
