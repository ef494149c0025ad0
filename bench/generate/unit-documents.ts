import type { GraphNode } from '../../src/graph/graph-types';
import { clauseId, policyId } from '../../src/graph/ids';
import { clauseTree } from './clause-tree';
import type { GraphProfile } from './graph-profile';
import * as P from './name-pools';
import type { Source, UnitBuilder } from './unit-builder';
import type { UnitEntities } from './unit-entities';

const TOPICS = ['深化职业教育改革实施方案', '推动现代职业教育高质量发展实施方案', '深化技工院校改革大力发展技工教育的实施意见', '推动产教融合校企合作若干措施', '职业教育质量年度报告'];
const DOC_KINDS = ['通知', '通知', '实施意见', '通知', '报告'];
const NUMBER_FORMS = ['府发', '府办发', '人社发', '教发', ''];

/** The clauses of a unit, for relations that need a place to have been read. */
export type UnitSources = Source[];

/** Entities a clause names: a kind by its share of the unit, then a Zipf draw inside it. */
function drawMentions(b: UnitBuilder, entities: UnitEntities, mean: number): GraphNode[] {
  const flat = Object.values(entities).flat();
  const count = Math.max(0, Math.round(mean + (b.random.next() - 0.5) * 2 * mean));
  const picked = new Set<GraphNode>();
  for (let i = 0; i < count; i += 1) {
    const pool = entities[b.random.pick(flat).kind as keyof UnitEntities];
    picked.add(pool[b.random.zipf(pool.length, 1.2)]);
  }
  return [...picked];
}

function clauseText(b: UnitBuilder, named: GraphNode[]): string {
  const r = b.random;
  const sentences = named.map((n) => `${r.pick(P.CLAUSE_ACTIONS)}${n.name}${r.pick(['参与', '牵头', '联合开展', '推进', '承担'])}${r.pick(P.CLAUSE_OBJECTS)}${r.pick(P.CLAUSE_ENDS)}`);
  // Filler sentences bring clauses to the seeds' length (mean 375 characters, median 252).
  for (let i = r.int(3, 12); i > 0; i -= 1) sentences.push(`${r.pick(P.CLAUSE_ACTIONS)}${r.pick(P.CLAUSE_OBJECTS)}${r.pick(P.CLAUSE_ENDS)}`);
  return sentences.join('');
}

/**
 * A unit's five documents with their clause trees, and the edges documents carry: CONTAINS,
 * ISSUED_BY, CITES (to the unit's stubs and to the shared national policies), MENTIONS, and the
 * task rows' LEADS and RESPONSIBLE_FOR. Returns every clause as a source for entity relations.
 */
export function buildUnitDocuments(b: UnitBuilder, u: number, place: string, profile: GraphProfile, entities: UnitEntities, nationalPolicies: readonly string[]): UnitSources {
  const r = b.random;
  const govs = entities.GovernmentBody;
  const sources: UnitSources = [];
  const docs: string[] = [];
  const stubs = Array.from({ length: profile.citedStubs }, (_, i) => {
    const number = `${place}府办〔${2015 + (i % 8)}〕${i + 1}号`;
    const title = `${place}区${r.pick(P.CLAUSE_ACTIONS)}${r.pick(P.CLAUSE_OBJECTS)}的办法`;
    const id = policyId(number, title);
    b.addNode({ id, kind: 'Policy', name: title, aliases: [], properties: { title, docNumber: number, inCorpus: false, level: 'district' }, evidence: [] });
    return id;
  });
  profile.clausesPerDocument.forEach((clauseCount, k) => {
    const issuer = govs[k % govs.length];
    const title = `${issuer.name}关于印发${place}区${TOPICS[k % TOPICS.length]}的通知`;
    const number = NUMBER_FORMS[k % NUMBER_FORMS.length] ? `${place}${NUMBER_FORMS[k % NUMBER_FORMS.length]}〔${2019 + k}〕${(u % 97) + 1}号` : undefined;
    const docId = policyId(number, title);
    docs.push(docId);
    const properties = { file: `unit-${u}-${k}.txt`, title, issuers: [issuer.name], date: `${2019 + k}-0${1 + (k % 9)}-1${k}`, level: 'district', docKind: DOC_KINDS[k % DOC_KINDS.length], inCorpus: true };
    b.addNode({ id: docId, kind: 'Policy', name: title, aliases: [], properties: number ? { ...properties, docNumber: number } : properties, evidence: [] });
    const head: Source = { document: docId, line: 1, text: title };
    b.addEdge('ISSUED_BY', docId, issuer.id, head);
    let line = 10;
    for (const [order, slot] of clauseTree(clauseCount, r).entries()) {
      const id = clauseId(docId, slot.path);
      const named = slot.depth === 1 ? [] : drawMentions(b, entities, profile.mentionsPerClause);
      const text = clauseText(b, named);
      const heading = slot.depth === 1 ? r.pick(P.SECTION_HEADINGS) : slot.depth === 2 ? `${r.pick(P.CLAUSE_ACTIONS)}${r.pick(P.CLAUSE_OBJECTS)}` : '';
      const task = k < 4 && slot.depth === 3 && r.chance(profile.taskShare);
      line += 1 + Math.floor(text.length / 38);
      const properties: Record<string, string | number> = { document: docId, path: slot.path, text, line, order };
      if (heading) properties.heading = heading;
      if (slot.parent) properties.parent = clauseId(docId, slot.parent);
      if (task) properties.deadline = r.pick(P.DEADLINES);
      b.addNode({ id, kind: 'Clause', name: `${slot.marker}${heading || text.slice(0, 12)}`, aliases: [], properties, evidence: [] });
      const source: Source = { document: docId, clause: id, line, text };
      sources.push(source);
      b.addEdge('CONTAINS', slot.parent ? clauseId(docId, slot.parent) : docId, id, source);
      for (const n of named) b.addEdge('MENTIONS', id, n.id, { ...source, text: n.name });
      if (task) {
        if (r.chance(profile.leadShare)) b.addEdge('LEADS', govs[r.zipf(govs.length, 1.3)].id, id, source);
        const responsible = Math.max(1, Math.round(profile.responsiblePerTask * (0.3 + r.next() * 1.4)));
        for (const g of r.sampleZipf(govs, responsible, 1.3)) b.addEdge('RESPONSIBLE_FOR', g.id, id, source);
      }
    }
  });
  for (let i = 0; i < profile.cites; i += 1) {
    const from = r.chance(0.5) ? r.pick(docs) : r.pick(sources).clause!;
    const to = r.chance(profile.nationalCiteShare) ? r.pick(nationalPolicies) : r.pick(stubs);
    b.addEdge('CITES', from, to, r.pick(sources), { basis: r.chance(0.6) });
  }
  for (const stub of stubs) if (r.chance(0.5)) b.addEdge('ISSUED_BY', stub, govs[r.zipf(govs.length, 1.3)].id, r.pick(sources));
  return sources;
}
