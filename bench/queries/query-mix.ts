import { ENTITY_KINDS } from '../../src/graph/node-kind';
import { RELATION_FIELDS } from '../neo4j-graphql/type-defs';
import type { TargetKind } from '../targets/target-spec';
import { MAX_CLAUSES, PAGE, type Subjects } from './pick-subjects';

/** One HTTP request of the mix: where it goes and its JSON body. */
export interface BenchRequest {
  path: string;
  body: string;
}

/** One question of the mix, asked of every target with the same selection. */
export interface BenchQuery {
  name: string;
  label: string;
  /** Only these targets can ask it (a vetgraph feature the others lack); all when omitted. */
  only?: TargetKind[];
  /** A hot-spot probe: driven at one connection only, since each request may take seconds at large sizes. */
  probe?: boolean;
  request(target: TargetKind, s: Subjects): BenchRequest;
  /** How many items the answer holds (the equivalence check: every target must return as many). */
  count(target: TargetKind, response: any): number;
}

type Family = 'vetgraph' | 'neo4j-graphql' | 'raw';
const family = (t: TargetKind): Family => (t === 'neo4j-graphql' ? 'neo4j-graphql' : t === 'raw-cypher' ? 'raw' : 'vetgraph');

const graphql = (query: string, variables: Record<string, unknown>): BenchRequest => ({ path: '/graphql', body: JSON.stringify({ query, variables }) });
const raw = (op: string, params: Record<string, unknown>): BenchRequest => ({ path: '/raw', body: JSON.stringify({ op, params }) });

/** The far end of a relation, as each kind of node names itself in vetgraph's schema. */
const NODE = 'id ... on Entity { name kind } ... on Document { title } ... on Clause { path }';
/** Every relationship field of the library's GraphNode, each page as large as vetgraph's. */
const ALL_RELATIONS = (selection: string) => RELATION_FIELDS.map((f) => `${f.field}(limit: ${PAGE}) { ${selection} }`).join(' ');
const sumRelations = (node: any): number => RELATION_FIELDS.reduce((n, f) => n + (node?.[f.field]?.length ?? 0), 0);
const NOT_DOCUMENTS = JSON.stringify([...ENTITY_KINDS]);

export const QUERY_MIX: BenchQuery[] = [
  {
    name: 'entity-by-name',
    label: 'entity by name',
    request: (t, s) =>
      ({
        vetgraph: () => graphql('query($name: String!) { entity(name: $name) { id name kind aliases nameEn } }', { name: s.schoolName }),
        'neo4j-graphql': () =>
          graphql(
            `query($name: String!) { graphNodes(where: { AND: [{ OR: [{ name: { eq: $name } }, { nameEn: { eq: $name } }, { aliases: { includes: $name } }] }, { kind: { in: ${NOT_DOCUMENTS} } }] }, sort: [{ id: ASC }], limit: 1) { id name kind aliases nameEn } }`,
            { name: s.schoolName },
          ),
        raw: () => raw('entity-by-name', { name: s.schoolName }),
      })[family(t)](),
    count: (t, r) => ({ vetgraph: r.data?.entity ? 1 : 0, 'neo4j-graphql': r.data?.graphNodes?.length ?? 0, raw: r.data?.length ?? 0 })[family(t)],
  },
  {
    name: 'entity-by-pinyin',
    label: 'entity by pinyin initials (vetgraph only)',
    only: ['vetgraph-neo4j', 'vetgraph-memory'],
    probe: true,
    request: (_t, s) => graphql('query($name: String!) { entity(name: $name) { id name kind aliases nameEn } }', { name: s.schoolPinyin }),
    count: (_t, r) => (r.data?.entity ? 1 : 0),
  },
  {
    name: 'relations',
    label: 'relations of an entity (1 level)',
    request: (t, s) =>
      ({
        vetgraph: () => graphql(`query($id: ID!) { node(id: $id) { id ... on Entity { name kind relations(first: ${PAGE}) { edges { direction node { id type } other { ${NODE} } } } } } }`, { id: s.schoolId }),
        'neo4j-graphql': () => graphql(`query($id: ID!) { graphNodes(where: { id: { eq: $id } }) { id name kind ${ALL_RELATIONS('id name kind')} } }`, { id: s.schoolId }),
        raw: () => raw('relations', { id: s.schoolId, first: PAGE }),
      })[family(t)](),
    count: (t, r) =>
      ({
        vetgraph: () => r.data?.node?.relations?.edges?.length ?? 0,
        'neo4j-graphql': () => sumRelations(r.data?.graphNodes?.[0]),
        raw: () => r.data?.[0]?.relations?.length ?? 0,
      })[family(t)](),
  },
  {
    name: 'nested-3',
    label: '3 levels: school → partners → their relations',
    request: (t, s) =>
      ({
        vetgraph: () =>
          graphql(
            `query($id: ID!) { node(id: $id) { id ... on Entity { name kind relations(types: [PARTNERS_WITH], first: ${PAGE}) { edges { node { id type } other { id ... on Entity { name kind relations(first: ${PAGE}) { edges { direction node { id type } other { ${NODE} } } } } } } } } } }`,
            { id: s.schoolId },
          ),
        'neo4j-graphql': () => {
          const partner = `id name kind ${ALL_RELATIONS('id name kind')}`;
          return graphql(`query($id: ID!) { graphNodes(where: { id: { eq: $id } }) { id name kind partnersWithOut(limit: ${PAGE}) { ${partner} } partnersWithIn(limit: ${PAGE}) { ${partner} } } }`, { id: s.schoolId });
        },
        raw: () => raw('nested', { id: s.schoolId, first: PAGE }),
      })[family(t)](),
    count: (t, r) =>
      ({
        vetgraph: () => (r.data?.node?.relations?.edges ?? []).reduce((n: number, e: any) => n + (e.other?.relations?.edges?.length ?? 0), 0),
        'neo4j-graphql': () => {
          const node = r.data?.graphNodes?.[0];
          return [...(node?.partnersWithOut ?? []), ...(node?.partnersWithIn ?? [])].reduce((n: number, p: any) => n + sumRelations(p), 0);
        },
        raw: () => (r.data?.[0]?.partners ?? []).reduce((n: number, p: any) => n + p.relations.length, 0),
      })[family(t)](),
  },
  {
    name: 'neighbourhood-2',
    label: 'neighbourhood, depth 2 (≤100 nodes)',
    request: (t, s) =>
      ({
        vetgraph: () => graphql(`query($id: ID!) { neighbourhood(id: $id, depth: 2, maxNodes: 100) { truncated nodes { ${NODE} } edges { id type source { id } target { id } } } }`, { id: s.schoolId }),
        'neo4j-graphql': () => graphql('query($id: ID!) { neighbourhood(id: $id, maxNodes: 100) { truncated nodes { id name kind } edges { id type source target } } }', { id: s.schoolId }),
        raw: () => raw('neighbourhood', { id: s.schoolId, maxNodes: 100 }),
      })[family(t)](),
    count: (t, r) => ({ vetgraph: r.data?.neighbourhood, 'neo4j-graphql': r.data?.neighbourhood, raw: r.data?.[0] })[family(t)]?.nodes?.length ?? 0,
  },
  {
    name: 'paths',
    label: 'shortest paths between two entities',
    request: (t, s) =>
      ({
        vetgraph: () => graphql(`query($from: ID!, $to: ID!) { paths(from: $from, to: $to, maxHops: 4, first: 10) { length nodes { ${NODE} } relations { id type } } }`, { from: s.schoolId, to: s.pathTo }),
        'neo4j-graphql': () => graphql('query($from: ID!, $to: ID!) { shortestPaths(from: $from, to: $to, first: 10) { nodes { id name kind } relations { id type } } }', { from: s.schoolId, to: s.pathTo }),
        raw: () => raw('paths', { from: s.schoolId, to: s.pathTo, first: 10 }),
      })[family(t)](),
    count: (t, r) => ({ vetgraph: r.data?.paths, 'neo4j-graphql': r.data?.shortestPaths, raw: r.data })[family(t)]?.length ?? 0,
  },
  {
    name: 'search',
    label: 'Chinese full-text search',
    request: (t, s) =>
      ({
        vetgraph: () => graphql(`query($q: String!) { search(query: $q, first: 10) { score node { ${NODE} } } }`, { q: s.searchQuery }),
        // The library has no place for the query parsing vetgraph does on the server, so its client sends the parsed form.
        'neo4j-graphql': () => graphql('query($q: String!, $terms: [String!]!) { search(query: $q, terms: $terms, first: 10) { score node { id name kind } } }', { q: `"${s.searchQuery}"`, terms: [s.searchQuery.toLowerCase()] }),
        raw: () => raw('search', { query: s.searchQuery, first: 10 }),
      })[family(t)](),
    count: (t, r) => ({ vetgraph: r.data?.search, 'neo4j-graphql': r.data?.search, raw: r.data })[family(t)]?.length ?? 0,
  },
  {
    name: 'document',
    label: 'document → clauses → responsible bodies',
    request: (t, s) =>
      ({
        vetgraph: () => graphql(`query($id: ID!) { document(id: $id) { id title docNumber clauses(first: ${MAX_CLAUSES}) { edges { node { id path text responsible { id name kind } } } } } }`, { id: s.documentId }),
        'neo4j-graphql': () => graphql('query($id: ID!) { graphNodes(where: { id: { eq: $id } }) { id name props allClauses { id name props text responsibleForIn { id name kind } } } }', { id: s.documentId }),
        raw: () => raw('document', { id: s.documentId, first: MAX_CLAUSES }),
      })[family(t)](),
    count: (t, r) =>
      ({
        vetgraph: () => (r.data?.document?.clauses?.edges ?? []).reduce((n: number, e: any) => n + 1 + e.node.responsible.length, 0),
        'neo4j-graphql': () => (r.data?.graphNodes?.[0]?.allClauses ?? []).reduce((n: number, c: any) => n + 1 + c.responsibleForIn.length, 0),
        raw: () => (r.data?.[0]?.clauses ?? []).reduce((n: number, c: any) => n + 1 + c.responsible.length, 0),
      })[family(t)](),
  },
];
