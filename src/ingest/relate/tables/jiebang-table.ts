import { entityId } from '../../../graph/ids';
import type { RelateInput } from '../../build/relate-input';
import type { NodeDraft, RelationFact } from '../../build/relation-fact';
import type { TableRow } from '../../ingest-types';
import { cellEntities } from './cell-entities';
import { cellName, cellOf, compactTableName, rowKey } from './table-columns';

const PROJECT = /揭榜项目|项目名称|项目类别/;
const BIDDER = /揭榜单位|承担单位|申报单位/;
const ALLIANCE = /依托(?:联合体|共同体|平台)/;

const HOW = { extractor: 'table-jiebang@1', confidence: 0.95 };

/**
 * A listed-project table (揭榜挂帅, e.g. 表 3-1): each row names a project category (often a merged
 * cell), the school that takes it up and the alliance it relies on. The category alone names no
 * single project, so a row's project is `<alliance><category>` (unique per row), keyed by table and
 * row: school BIDS_FOR project, project RELIES_ON alliance.
 */
function rowFacts(input: RelateInput, rows: readonly TableRow[], row: TableRow): RelationFact[] {
  const category = cellOf(row, PROJECT);
  const bidder = cellOf(row, BIDDER);
  const allianceCell = cellOf(row, ALLIANCE);
  if (!category || !bidder || !allianceCell) return [];
  const alliances = cellEntities(input, allianceCell, 'Alliance').filter((e) => !e.collective);
  const schools = cellEntities(input, bidder, 'School').filter((e) => !e.collective);
  if (alliances.length === 0) return [];
  const categoryName = cellName(category);
  const projectKey = `${compactTableName(row)}#${rowKey(rows, row)}`;
  // A journalist quotes the row (number, school, alliance), plus the merged category cell when the row inherits it.
  const rowSpans = [{ start: row.start, end: row.end }, ...(category.inherited ? [{ start: category.start, end: category.end }] : [])];
  const facts: RelationFact[] = [];
  for (const alliance of alliances) {
    const name = `${alliance.mention.surface.replace(/\s+/g, '')}${categoryName}`;
    const allianceSpan = { start: alliance.mention.start, end: alliance.mention.end };
    const project: NodeDraft = {
      id: entityId('Project', name),
      kind: 'Project',
      name,
      aliases: [],
      properties: { projectKey, projectCategory: categoryName, table: compactTableName(row) },
      spans: [{ start: category.start, end: category.end }, allianceSpan],
    };
    const properties = { projectKey };
    facts.push({ type: 'RELIES_ON', source: { kind: 'node', node: project }, target: { kind: 'entity', mention: alliance.mention }, spans: rowSpans, properties, ...HOW });
    for (const school of schools) {
      facts.push({ type: 'BIDS_FOR', source: { kind: 'entity', mention: school.mention }, target: { kind: 'node', node: project }, spans: rowSpans, properties, ...HOW });
    }
  }
  return facts;
}

/** BIDS_FOR and RELIES_ON facts of every row that has a project, a bidder and an alliance column. */
export function extractJiebangRelations(input: RelateInput): RelationFact[] {
  return input.doc.tables.flatMap((row) => rowFacts(input, input.doc.tables, row));
}
