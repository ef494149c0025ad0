import type { GraphNode } from '../../src/graph/graph-types';
import type { GraphProfile } from './graph-profile';
import * as P from './name-pools';
import type { UnitBuilder } from './unit-builder';
import type { UnitSources } from './unit-documents';
import type { UnitEntities } from './unit-entities';

/**
 * Relations between a unit's entities (partners, members, operators, locations, bids), each read
 * in one of the unit's clauses. A share of partnerships reaches an enterprise of an earlier unit,
 * so the graph is one piece at every scale without any node's degree growing with it.
 */
export function buildUnitRelations(
  b: UnitBuilder,
  profile: GraphProfile,
  e: UnitEntities,
  sources: UnitSources,
  countries: readonly GraphNode[],
  earlierEnterprises: readonly string[],
): void {
  const r = b.random;
  const from = () => r.pick(sources);
  const zipf = (list: GraphNode[], s = 1.1) => list[r.zipf(list.length, s)];
  for (let i = 0; i < profile.partnerships; i += 1) {
    const partner = earlierEnterprises.length > 0 && r.chance(profile.crossUnitShare) ? r.pick(earlierEnterprises) : zipf(e.Enterprise).id;
    b.addEdge('PARTNERS_WITH', zipf(e.School, 1.2).id, partner, from(), { what: r.pick(P.CLAUSE_OBJECTS) });
  }
  const groups = [...e.Alliance, ...e.Community, ...e.Organization];
  for (let i = 0; i < profile.memberships && groups.length > 0; i += 1) {
    const member = r.chance(0.5) ? zipf(e.School) : zipf(e.Enterprise);
    b.addEdge('MEMBER_OF', member.id, zipf(groups, 0.8).id, from());
  }
  for (const run of [...e.IndustryCollege, ...e.Workshop]) b.addEdge('OPERATES', zipf(e.School).id, run.id, from());
  for (const workshop of e.Workshop) {
    const country = countries.find((c) => workshop.name.startsWith(c.name));
    if (country) b.addEdge('LOCATED_IN', workshop.id, country.id, from());
  }
  for (let i = 0; i < profile.bids && e.Project.length > 0; i += 1) {
    const bidder = r.chance(0.6) ? zipf(e.School) : zipf(e.Enterprise);
    b.addEdge('BIDS_FOR', bidder.id, zipf(e.Project, 0.8).id, from());
  }
  for (const project of e.Project) if (e.Alliance.length > 0 && r.chance(0.35)) b.addEdge('RELIES_ON', project.id, zipf(e.Alliance).id, from());
  for (const alliance of e.Alliance) if (r.chance(0.3)) b.addEdge('LEADS', zipf(e.School).id, alliance.id, from());
  for (const body of [...e.Community, ...e.Programme]) if (r.chance(0.15)) b.addEdge('LEADS', zipf(e.GovernmentBody, 1.3).id, body.id, from());
  if (e.School.length > 1) b.addEdge('RENAMED_TO', e.School[e.School.length - 1].id, e.School[e.School.length - 2].id, from());
}
