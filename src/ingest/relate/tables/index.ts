/** Relations read from tables and duty fields: who leads or is responsible for a task, listed projects, overseas programmes. */
import type { RelateInput } from '../../build/relate-input';
import type { RelationFact } from '../../build/relation-fact';
import { extractDutyRelations } from './duty-relations';
import { extractInlineDuties } from './inline-duties';
import { extractJiebangRelations } from './jiebang-table';
import { extractOverseasRelations } from './overseas-table';

/** Every table-derived fact of a document: duty columns and fields, 揭榜 tables, overseas tables. */
export function extractTableRelations(input: RelateInput): RelationFact[] {
  return [...extractDutyRelations(input), ...extractInlineDuties(input), ...extractJiebangRelations(input), ...extractOverseasRelations(input)];
}
