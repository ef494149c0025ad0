import type { GraphNode } from '../../src/graph/graph-types';
import type { EntityKind } from '../../src/graph/node-kind';
import type { GraphProfile } from './graph-profile';
import * as P from './name-pools';
import type { Random } from './random';
import type { UnitBuilder } from './unit-builder';

/** A unit's entities by kind, most connected first (relations are drawn Zipf-weighted from the front). */
export type UnitEntities = Record<Exclude<EntityKind, 'Country'>, GraphNode[]>;

const twoChars = (random: Random, pool: readonly string[]): string => random.pick(pool) + random.pick(pool);

/** Draws names from `make` until `count` distinct ones exist (or the pool runs dry). */
function named(builder: UnitBuilder, count: number, make: (i: number) => string): string[] {
  const out: string[] = [];
  for (let tries = 0; out.length < count && tries < count * 30; tries += 1) {
    const name = make(out.length);
    if (builder.claim(name)) out.push(name);
  }
  return out;
}

function governmentBodies(b: UnitBuilder, place: string, count: number): GraphNode[] {
  const district = `${place}区`;
  const departments = P.DEPARTMENTS.map(([full, short]) => [`${district}${full}`, `${district}${short}`] as const);
  const nodes = departments.slice(0, count).map(([name, alias]) => {
    b.claim(name);
    return b.addEntity('GovernmentBody', name, { aliases: alias !== name ? [alias] : [] });
  });
  // Towns and sub-district offices fill the rest (镇人民政府, 街道办事处), as in the districts' duty tables.
  for (const name of named(b, count - nodes.length, () => `${district}${twoChars(b.random, P.BRAND_CHARS)}${b.random.pick(['镇人民政府', '街道办事处', '乡人民政府'])}`)) {
    nodes.push(b.addEntity('GovernmentBody', name));
  }
  return nodes;
}

/** The unit's entities, every name carrying the unit's district so units never share one by accident. */
export function buildUnitEntities(b: UnitBuilder, u: number, place: string, profile: GraphProfile, countries: readonly GraphNode[]): UnitEntities {
  const r = b.random;
  const n = profile.entities;
  const schools = named(b, n.School, () => `${place}${r.pick(P.SCHOOL_FIELDS)}${r.pick(P.SCHOOL_SUFFIXES)}`).map((name, i) => {
    const core = name.slice(place.length).replace(/(职业技术学院|职业学院|职业大学)$/, '职院');
    const aliases = r.chance(0.4) && core !== name.slice(place.length) ? [`${place}${core}`] : [];
    return b.addEntity('School', name, { aliases, nameEn: r.chance(0.2) ? `Polytechnic ${i + 1} of District ${u + 1}` : undefined });
  });
  const enterprises = named(b, n.Enterprise, () => `${place}${twoChars(r, P.BRAND_CHARS)}${r.pick(P.INDUSTRIES)}${r.pick(P.COMPANY_SUFFIXES)}`).map((name) => {
    const short = name.slice(place.length).replace(/(股份有限公司|集团有限公司|有限责任公司|有限公司)$/, '');
    return b.addEntity('Enterprise', name, { aliases: r.chance(0.5) ? [short] : [] });
  });
  const kindOf = <K extends Exclude<EntityKind, 'Country' | 'School' | 'Enterprise' | 'GovernmentBody'>>(kind: K, make: () => string) =>
    named(b, n[kind], make).map((name) => b.addEntity(kind, name));
  return {
    GovernmentBody: governmentBodies(b, place, n.GovernmentBody),
    School: schools,
    Enterprise: enterprises,
    Alliance: kindOf('Alliance', () => `${place}${r.pick(P.INDUSTRIES)}${r.pick(P.ALLIANCE_FORMS)}`),
    Community: kindOf('Community', () => `${place}${r.pick(P.INDUSTRIES)}${r.pick(P.COMMUNITY_FORMS)}`),
    Workshop: kindOf('Workshop', () => `${r.pick(countries).name}${place}${r.pick(P.WORKSHOP_FORMS)}`),
    IndustryCollege: kindOf('IndustryCollege', () => `${place}${twoChars(r, P.BRAND_CHARS)}${r.pick(P.INDUSTRIES)}产业学院`),
    Programme: kindOf('Programme', () => `${place}${r.pick(P.INDUSTRIES)}${r.pick(P.PROGRAMME_FORMS)}`),
    Project: kindOf('Project', () => `${place}${twoChars(r, P.BRAND_CHARS)}${r.pick(P.INDUSTRIES)}${r.pick(P.PROJECT_FORMS)}`),
    Organization: kindOf('Organization', () => `${place}${r.pick(P.INDUSTRIES)}${r.pick(P.ORGANIZATION_FORMS)}`),
  };
}
