import type { EntityKind } from '../../src/graph/node-kind';

/**
 * How much of each thing one unit of the synthetic graph holds: a unit is one district's five
 * documents with the entities and relations they name, sized like the seed corpus (five Chongqing
 * documents; gold annotation: 609 typed relations over ~300 named units, 80 task rows, degree from
 * 1 to 82). Scale N is N units plus the shared national hubs.
 */
export interface GraphProfile {
  entities: Record<Exclude<EntityKind, 'Country'>, number>;
  /** Clauses of each of the unit's documents (the fifth is a long quality report). */
  clausesPerDocument: number[];
  /** Share of the first four documents' deepest clauses that are task rows (牵头/责任单位). */
  taskShare: number;
  /** Mean units responsible for a task row. */
  responsiblePerTask: number;
  /** Share of task rows with a lead unit. */
  leadShare: number;
  /** Mean entities a clause names (MENTIONS). */
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

/** The default unit, calibrated on the seed corpus (see bench/RESULTS.md for the real graph's counts). */
export const SEED_PROFILE: GraphProfile = {
  entities: {
    GovernmentBody: 45,
    School: 55,
    Enterprise: 90,
    Alliance: 12,
    Community: 8,
    Workshop: 8,
    IndustryCollege: 15,
    Programme: 20,
    Project: 25,
    Organization: 30,
  },
  clausesPerDocument: [90, 80, 60, 70, 400],
  taskShare: 0.5,
  responsiblePerTask: 4,
  leadShare: 0.7,
  mentionsPerClause: 2,
  citedStubs: 20,
  cites: 40,
  nationalCiteShare: 0.3,
  partnerships: 80,
  crossUnitShare: 0.15,
  memberships: 30,
  bids: 15,
};
