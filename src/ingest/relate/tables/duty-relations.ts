import type { RelationType } from '../../../graph/relation-type';
import type { RelateInput } from '../../build/relate-input';
import type { RelationFact } from '../../build/relation-fact';
import type { TableCell, TableRow } from '../../ingest-types';
import { cellEntities } from './cell-entities';

/** Which relation a duty column stands for: the lead unit leads, every listed unit is responsible. */
const DUTY_COLUMNS: { column: RegExp; type: RelationType }[] = [
  { column: /^牵头(?:单位|部门)/, type: 'LEADS' },
  { column: /^(?:责任|配合|参与|协办)(?:单位|部门)/, type: 'RESPONSIBLE_FOR' },
];

/** Rows of annex task tables are tables; `责任单位：…` lines after a task are running text laid out as fields. */
function extractorOf(row: TableRow): { extractor: string; confidence: number } {
  return row.table === '责任分工' ? { extractor: 'duty-lines@1', confidence: 0.95 } : { extractor: 'table-duties@1', confidence: 0.95 };
}

/**
 * Duty facts of one cell: each named unit of a 牵头单位 / 责任单位 list → the task clause. Collective
 * units (`各街镇`, `有关行业组织`) name no single body and make no relation.
 */
export function dutyFacts(input: RelateInput, cell: TableCell, type: RelationType, clausePath: string, how: { extractor: string; confidence: number }): RelationFact[] {
  return cellEntities(input, cell, 'GovernmentBody')
    .filter((e) => !e.collective)
    .map((e) => ({
      type,
      source: { kind: 'entity', mention: e.mention },
      target: { kind: 'clause', path: clausePath },
      spans: [{ start: e.mention.start, end: e.mention.end }],
      ...how,
    }));
}

/** LEADS and RESPONSIBLE_FOR facts of every table row that names its task's units and belongs to a clause. */
export function extractDutyRelations(input: RelateInput): RelationFact[] {
  const facts: RelationFact[] = [];
  for (const row of input.doc.tables) {
    if (!row.clausePath) continue;
    for (const [column, cell] of Object.entries(row.cells)) {
      const duty = DUTY_COLUMNS.find((d) => d.column.test(column));
      if (duty && cell.text.trim() !== '') facts.push(...dutyFacts(input, cell, duty.type, row.clausePath, extractorOf(row)));
    }
  }
  return facts;
}
