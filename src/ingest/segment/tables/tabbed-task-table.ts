import type { NormalisedLine, TableCell } from '../../ingest-types';
import { matchMarker } from '../clause-marker';
import { clauseHeading } from '../clauses/clause-heading';
import { uniquePath } from '../clauses/unique-path';
import { cellOf, columnKey, firstListItem } from './table-cell';
import { ROLE, taskClause, type TaskTable, type TaskTableContext } from './task-table';

/**
 * Reads a task table exported one cell per line, each line indented with a tab, rows separated by
 * blank lines (the Wulong annex): the first block is the header; a one-line block with a clause
 * mark (`一、…`) opens a group; every other block is a row. When the header says the first unit
 * listed leads (`责任单位（排在第一的为牵头单位）`), the row also gets a `牵头单位` cell with that unit;
 * `责任单位` keeps the whole list. Returns undefined when the lines are not laid out this way.
 */
export function parseTabbedTaskTable(lines: readonly NormalisedLine[], ctx: TaskTableContext): TaskTable | undefined {
  const tabbed = lines.filter((l) => l.indent.includes('\t'));
  if (tabbed.length < 6 || tabbed.length < 0.8 * lines.length) return undefined;
  const blocks: NormalisedLine[][] = [];
  for (const line of tabbed) {
    if (blocks.length === 0 || line.blankBefore > 0) blocks.push([line]);
    else blocks[blocks.length - 1].push(line);
  }
  const header = blocks[0].map((l) => columnKey(ctx.text.slice(l.start, l.end)));
  if (header.length < 2) return undefined;
  const numberCol = header.findIndex((h) => ROLE.number.test(h.key));
  const taskCol = header.findIndex((h, i) => i !== numberCol && ROLE.task.test(h.key));
  if (numberCol < 0 || taskCol < 0) return undefined;
  const table: TaskTable = { rows: [], clauses: [] };
  let group = ctx.annexPath;
  for (const block of blocks.slice(1)) {
    const first = ctx.text.slice(block[0].start, block[0].end);
    const mark = block.length === 1 ? matchMarker(first) : undefined;
    if (mark) {
      group = uniquePath(`${ctx.annexPath}/${mark.segment}`, ctx.taken);
      const heading = clauseHeading(first.slice(mark.length));
      const { start, end } = block[0];
      table.clauses.push({ path: group, parent: ctx.annexPath, marker: mark.marker, heading, start, end, kind: 'section' });
      continue;
    }
    if (block.length < 2) continue;
    const cells = rowCells(ctx.text, block, header.map((h) => h.key), taskCol);
    const number = cells[header[numberCol].key]?.text;
    const task = cells[header[taskCol].key];
    if (!number || !task || !/^\d{1,3}$/.test(number)) continue;
    header.forEach((h) => {
      const lead = h.firstIsLead && cells[h.key] ? firstListItem(ctx.text, cells[h.key]) : undefined;
      if (lead) cells['牵头单位'] = lead;
    });
    const clause = taskClause(ctx, number, group, task);
    table.clauses.push(clause);
    table.rows.push({ table: ctx.tableName, clausePath: clause.path, cells, start: block[0].start, end: block[block.length - 1].end });
  }
  return table.rows.length > 0 ? table : undefined;
}

/** One cell per line in column order; extra lines (a task cell broken in two) go to the task column. */
function rowCells(text: string, block: readonly NormalisedLine[], keys: readonly string[], taskCol: number): Record<string, TableCell> {
  const extra = Math.max(0, block.length - keys.length);
  const cells: Record<string, TableCell> = {};
  let at = 0;
  keys.forEach((key, col) => {
    const take = col === taskCol ? 1 + extra : 1;
    const lines = block.slice(at, at + take);
    at += take;
    if (lines.length > 0) cells[key] = cellOf(text, lines);
  });
  return cells;
}
