import type { EntityKind } from '../../src/graph/node-kind';

/**
 * How much of each thing one unit of the synthetic graph holds: a unit is one district's five
 * documents with the entities and relations they name, sized like the graph `npm run ingest` builds
 * from the seed corpus (five Chongqing documents → 748 nodes, 1703 edges: 245 clauses, 42 policies,
 * 461 entities; MENTIONS 838, RESPONSIBLE_FOR 298, CONTAINS 245, CITES 87, PARTNERS_WITH 66,
 * LEADS 55, ISSUED_BY 34, OPERATES 24, LOCATED_IN/BIDS_FOR/RELIES_ON 15, MEMBER_OF 10).
 * Scale N is N units plus the shared national hubs.
 */
export interface GraphProfile {
  entities: Record<Exclude<EntityKind, 'Country'>, number>;
  /** Clauses of each of the unit's documents. */
  clausesPerDocument: number[];
  /** Share of the first four documents' deepest clauses that are task rows (牵头/责任单位). */
  taskShare: number;
  /** Mean units responsible for a task row. */
  responsiblePerTask: number;
  /** Share of task rows with a lead unit. */
  leadShare: number;
  /** Mean entities a clause below the top level names (MENTIONS). */
  mentionsPerClause: number;
  /** Policies the unit's documents cite that are only known by citation. */
  citedStubs: number;
  cites: number;
  /** Share of citations that go to the shared national policies. */
  nationalCiteShare: number;
  partnerships: number;
  /** Share of partnerships with an enterprise of an earlier unit (keeps the graph in one piece). */
  crossUnitShare: number;
  memberships: number;
  bids: number;
}

/** The default unit, calibrated on the ingested seed corpus (counts above). */
export const SEED_PROFILE: GraphProfile = {
  entities: {
    GovernmentBody: 111,
    School: 107,
    Enterprise: 38,
    Alliance: 33,
    Community: 7,
    Workshop: 8,
    IndustryCollege: 10,
    Programme: 42,
    Project: 45,
    Organization: 30,
  },
  clausesPerDocument: [60, 50, 35, 45, 55],
  taskShare: 0.85,
  responsiblePerTask: 3.7,
  leadShare: 0.45,
  mentionsPerClause: 3.8,
  citedStubs: 27,
  cites: 87,
  nationalCiteShare: 0.3,
  partnerships: 70,
  crossUnitShare: 0.15,
  memberships: 10,
  bids: 15,
};
