import type { RelationType } from '../../../graph/relation-type';
import type { RelateInput } from '../../build/relate-input';
import type { RelationFact } from '../../build/relation-fact';
import { clauseAt } from '../document/clause-at';
import { dutyFacts } from './duty-relations';

/** A duty field inside a clause's text: `（牵头单位：区教委；责任单位：区财政局、区职教中心）`, or after a full stop. */
const FIELD = /(?<=[（(；;。\n]\s*)(牵头单位|牵头部门|责任单位|责任部门|配合单位|参与单位)\s*[：:]\s*([^；;（(）)\n。]*)/g;

const TYPE_OF: Record<string, RelationType> = {
  牵头单位: 'LEADS',
  牵头部门: 'LEADS',
  责任单位: 'RESPONSIBLE_FOR',
  责任部门: 'RESPONSIBLE_FOR',
  配合单位: 'RESPONSIBLE_FOR',
  参与单位: 'RESPONSIBLE_FOR',
};

/**
 * Duty fields written inside a task's paragraph (the body of a plan that lists who leads each
 * measure in brackets). Fields the segmenter already made into rows (`责任单位：` lines) are skipped,
 * so each unit is read once.
 */
export function extractInlineDuties(input: RelateInput): RelationFact[] {
  const { text } = input.doc.normalised;
  const rowCovers = (at: number) => input.doc.tables.some((r) => r.start <= at && at < r.end);
  const facts: RelationFact[] = [];
  for (const m of text.matchAll(FIELD)) {
    const valueStart = (m.index ?? 0) + m[0].length - m[2].length;
    if (m[2].trim() === '' || rowCovers(m.index ?? 0)) continue;
    const clause = clauseAt(input.doc.clauses, m.index ?? 0);
    if (!clause) continue;
    const cell = { text: m[2], start: valueStart, end: valueStart + m[2].length };
    facts.push(...dutyFacts(input, cell, TYPE_OF[m[1]], clause.path, { extractor: 'inline-duties@1', confidence: 0.9 }));
  }
  return facts;
}
