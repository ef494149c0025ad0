/**
 * The API over the real seed graph, as a suite any store can run: the five documents of seeds/
 * are ingested once per file by the real pipeline, then every case asks what a researcher would
 * and checks the answer the documents give (see seed-graph.memory/neo4j.int.test.ts).
 */
import type { ApiHarness, StoreKind } from './api-client';
import { startSeedApi } from './seed-graph-api';
import { graphWalkCases } from './seed-graph-walk.cases';
import { lookupCases } from './seed-lookup.cases';
import { paginationCases } from './seed-pagination.cases';
import { relationCases } from './seed-relations.cases';

/** Registers the seed-graph tests for one store kind. */
export function describeSeedGraph(kind: StoreKind): void {
  describe(`the seed graph over HTTP (${kind} store)`, () => {
    let api: ApiHarness | undefined;
    const current = (): ApiHarness => {
      if (!api) throw new Error('the seed graph was not built (see the beforeAll error)');
      return api;
    };
    beforeAll(async () => {
      api = await startSeedApi(kind);
    }, 240_000);
    afterAll(() => api?.close());

    describe('who does what', () => relationCases(current));
    describe('finding things', () => lookupCases(current));
    describe('walking the graph', () => graphWalkCases(current));
    // Last: one of these ingests a document, which changes some answers above.
    describe('paging', () => paginationCases(current));
  });
}
