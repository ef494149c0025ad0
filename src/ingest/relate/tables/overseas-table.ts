import type { Properties } from '../../../graph/graph-types';
import { entityId } from '../../../graph/ids';
import type { RelateInput } from '../../build/relate-input';
import type { NodeDraft, RelationFact, Span } from '../../build/relation-fact';
import type { TableRow } from '../../ingest-types';
import { cellEntities } from './cell-entities';
import { cellName, cellOf, compactTableName, rowKey } from './table-columns';

const COUNTRIES = /^(?:国家|国别|所在国|合作国家)/;
const POSITIONING = /定位|项目名称|合作项目/;
const ENTERPRISES = /企业/;
const SCHOOLS = /院校|学校/;
const REGION = /^(?:区域|地区)$/;

const HOW = { extractor: 'table-overseas@1', confidence: 0.9 };

/**
 * An overseas-cooperation table (e.g. 表 6-1 …“出海”): each row is one programme abroad, named by
 * its positioning (the table names no programme), located in each listed country, run by the listed
 * schools together with the listed enterprises: programme LOCATED_IN country, school OPERATES
 * programme, school PARTNERS_WITH enterprise (every pair of the row).
 */
function rowFacts(input: RelateInput, rows: readonly TableRow[], row: TableRow): RelationFact[] {
  const countriesCell = cellOf(row, COUNTRIES);
  const positioning = cellOf(row, POSITIONING);
  const schoolsCell = cellOf(row, SCHOOLS);
  if (!countriesCell || !positioning || !schoolsCell) return [];
  const region = cellOf(row, REGION);
  const name = cellName(positioning);
  const programme: NodeDraft = {
    id: entityId('Programme', name),
    kind: 'Programme',
    name,
    aliases: [],
    properties: { programmeKey: `${compactTableName(row)}#${rowKey(rows, row)}`, table: compactTableName(row), ...(region ? { region: cellName(region) } : {}) },
    spans: [{ start: positioning.start, end: positioning.end }],
  };
  const properties: Properties = region ? { region: cellName(region) } : {};
  const span = (e: { mention: Span }): Span => ({ start: e.mention.start, end: e.mention.end });
  const countries = cellEntities(input, countriesCell, 'Country').filter((e) => !e.collective);
  const schools = cellEntities(input, schoolsCell, 'School').filter((e) => !e.collective);
  const enterprisesCell = cellOf(row, ENTERPRISES);
  const enterprises = enterprisesCell ? cellEntities(input, enterprisesCell, 'Enterprise').filter((e) => !e.collective) : [];
  const facts: RelationFact[] = [];
  for (const country of countries) {
    facts.push({ type: 'LOCATED_IN', source: { kind: 'node', node: programme }, target: { kind: 'entity', mention: country.mention }, spans: [span(country)], properties, ...HOW });
  }
  for (const school of schools) {
    facts.push({ type: 'OPERATES', source: { kind: 'entity', mention: school.mention }, target: { kind: 'node', node: programme }, spans: [span(school)], properties, ...HOW });
    for (const enterprise of enterprises) {
      facts.push({
        type: 'PARTNERS_WITH',
        source: { kind: 'entity', mention: school.mention },
        target: { kind: 'entity', mention: enterprise.mention },
        spans: [span(enterprise), span(school)],
        properties,
        ...HOW,
      });
    }
  }
  return facts;
}

/** LOCATED_IN, OPERATES and PARTNERS_WITH facts of every row with country, positioning and school columns. */
export function extractOverseasRelations(input: RelateInput): RelationFact[] {
  return input.doc.tables.flatMap((row) => rowFacts(input, input.doc.tables, row));
}
