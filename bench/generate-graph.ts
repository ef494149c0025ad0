/**
 * Synthetic graphs with the seeds' shape, at any multiple of the seed corpus: scale N is N
 * "units" (one district's five documents, their clause trees, and the ~300 schools, enterprises,
 * bodies … they name, with the seeds' kind mix and long-tailed degrees) plus shared national hubs
 * (ministries, national policies, countries). Deterministic: the same seed gives the same graph.
 * Units come one at a time so the largest sizes stream into a store without living in memory.
 */
import type { GraphBatch, GraphNode } from '../src/graph/graph-types';
import { entityId, policyId } from '../src/graph/ids';
import { pinyinKeysOf } from '../src/graph/pinyin-keys';
import { SEED_PROFILE, type GraphProfile } from './generate/graph-profile';
import { COUNTRIES, NATIONAL_BODIES, NATIONAL_POLICIES, placeOf } from './generate/name-pools';
import { mixSeed, Random } from './generate/random';
import { UnitBuilder } from './generate/unit-builder';
import { buildUnitDocuments } from './generate/unit-documents';
import { buildUnitEntities } from './generate/unit-entities';
import { buildUnitRelations } from './generate/unit-relations';

export interface GenerateOptions {
  /** Multiple of the seed corpus: 1, 10, 100, 1000 … */
  scale: number;
  seed?: number;
  profile?: GraphProfile;
  /**
   * Yield only units from this one on (and not the shared hubs): growing a loaded graph of scale
   * `from` to `scale`, since the graph of a smaller scale is the start of a larger one's.
   */
  from?: number;
}

/** The hubs every unit points at: national bodies, the policies they issued, countries. */
export function sharedBatch(): GraphBatch {
  const bodies: GraphNode[] = NATIONAL_BODIES.map(([name, short]) => ({ id: entityId('GovernmentBody', name), kind: 'GovernmentBody', name, aliases: short === name ? [] : [short], properties: { level: 'national', pinyin: pinyinKeysOf([name, short]) }, evidence: [] }));
  const countries: GraphNode[] = COUNTRIES.map(([name, en]) => ({ id: entityId('Country', name), kind: 'Country', name, nameEn: en, aliases: [], properties: { pinyin: pinyinKeysOf([name]) }, evidence: [] }));
  const policies: GraphNode[] = NATIONAL_POLICIES.map(([number, title]) => ({ id: policyId(number, title), kind: 'Policy', name: title, aliases: [], properties: { title, docNumber: number, level: 'national', inCorpus: false }, evidence: [] }));
  const b = new UnitBuilder(new Random(1));
  policies.forEach((p, i) => b.addEdge('ISSUED_BY', p.id, bodies[i % bodies.length].id, { document: p.id, line: 1, text: p.name }));
  return { nodes: [...bodies, ...countries, ...policies], edges: b.batch().edges };
}

/** Unit `u` of the graph; `earlierEnterprises` (ids of the units before it) receives this unit's enterprises. */
export function generateUnit(u: number, options: { seed?: number; profile?: GraphProfile }, earlierEnterprises: string[]): GraphBatch {
  const profile = options.profile ?? SEED_PROFILE;
  const shared = sharedBatch();
  const countries = shared.nodes.filter((n) => n.kind === 'Country');
  const nationalPolicies = shared.nodes.filter((n) => n.kind === 'Policy').map((n) => n.id);
  const b = new UnitBuilder(new Random(mixSeed(options.seed ?? 2024, u)));
  const place = placeOf(u);
  const entities = buildUnitEntities(b, u, place, profile, countries);
  const sources = buildUnitDocuments(b, u, place, profile, entities, nationalPolicies);
  buildUnitRelations(b, profile, entities, sources, countries, earlierEnterprises);
  for (const list of Object.values(entities)) {
    for (const node of list) {
      const source = b.random.pick(sources);
      node.evidence = [b.evidence(source, node.name)];
      for (let more = b.random.int(0, 2); more > 0; more -= 1) node.evidence.push(b.evidence(b.random.pick(sources), node.name));
    }
  }
  earlierEnterprises.push(...entities.Enterprise.map((n) => n.id));
  return b.batch();
}

/** The graph as a sequence of batches: the shared hubs first, then one per unit; every edge's ends come in or before its batch. */
export function* generateGraph(options: GenerateOptions): Generator<GraphBatch> {
  if (!Number.isInteger(options.scale) || options.scale < 1) throw new Error(`scale must be a whole number ≥ 1, not ${options.scale}`);
  const from = options.from ?? 0;
  if (from === 0) yield sharedBatch();
  const earlier: string[] = [];
  for (let u = 0; u < options.scale; u += 1) {
    const unit = generateUnit(u, options, earlier);
    if (u >= from) yield unit;
  }
}

/** The whole graph in one batch (for the sizes that fit in memory). */
export function generateWholeGraph(options: GenerateOptions): GraphBatch {
  const all: GraphBatch = { nodes: [], edges: [] };
  for (const batch of generateGraph(options)) {
    for (const n of batch.nodes) all.nodes.push(n);
    for (const e of batch.edges) all.edges.push(e);
  }
  return all;
}
