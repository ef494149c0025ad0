import type { NormalisedLine, TableCell } from '../../ingest-types';
import { displayWidth } from '../../normalise/char-class';
import { matchMarker } from '../clause-marker';
import { clauseHeading } from '../clauses/clause-heading';
import type { ClauseDraft } from '../clauses/clause-draft';
import { uniquePath } from '../clauses/unique-path';
import { cellOf, columnKey, type Range } from './table-cell';
import { ROLE, taskClause, type TaskTable, type TaskTableContext } from './task-table';

/** Widest line (in Chinese characters) that can be a fragment of a narrow column (group or units). */
const NARROW = 6;

interface Group {
  segment: string;
  marker: string;
  parts: Range[];
  path?: string;
  rows: number;
}

interface Row {
  marker: Range & { text: string; ordinal: number };
  task: Range[];
  units: Range[];
  group?: Group;
}

/**
 * Reads a task table that PDF extraction flattened into lines (the 2019 municipal annex): narrow
 * columns (the work item, the responsible units) come out as 2–4 character fragments, the wide
 * task column as full lines, and a row cut by a page break continues after the other columns'
 * fragments. Lines are sorted by shape: a `（N）` line starts a task; a `N、` line starts a work-item
 * group (repeated at the top of a page: only the first is kept); short lines without `。` are
 * group fragments right after a group mark, else unit fragments; everything else continues the
 * task. Unit fragments at the end of a row that spell part of the group's name are the group cell
 * repeated at a page top, not units. Returns undefined when the header or the rows are missing.
 */
export function parseFragmentedTaskTable(text: string, lines: readonly NormalisedLine[], ctx: TaskTableContext): TaskTable | undefined {
  const slice = (r: Range) => text.slice(r.start, r.end);
  const firstRow = lines.findIndex((l) => /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/.test(slice(l)));
  // The header of a flattened table is a handful of short fragments, not an introductory paragraph.
  if (firstRow < 1 || firstRow > 12 || lines.slice(0, firstRow).some((l) => displayWidth(slice(l)) > NARROW)) return undefined;
  const names = headerNames(lines.slice(0, firstRow).map(slice));
  const taskCol = names.findIndex((n) => /任务|内容|措施|举措/.test(n));
  const unitsCol = names.findIndex((n) => ROLE.units.test(n));
  if (taskCol < 0 || unitsCol < 0) return undefined;
  const groupCol = names.findIndex((_, i) => i !== taskCol && i !== unitsCol);
  const rows = readRows(text, lines.slice(firstRow));
  if (rows.length === 0) return undefined;
  const table: TaskTable = { rows: [], clauses: [] };
  for (const row of rows) {
    dropRepeatedGroupCell(text, row);
    const group = row.group;
    if (group && !group.path) {
      group.path = uniquePath(`${ctx.annexPath}/${group.segment}`, ctx.taken);
      table.clauses.push(groupClause(text, group, ctx.annexPath));
    }
    const cells: Record<string, TableCell> = {};
    if (group && groupCol >= 0) cells[columnKey(names[groupCol]).key] = cellOf(text, group.parts, group.rows++ > 0);
    const task = cellOf(text, row.task);
    cells[columnKey(names[taskCol]).key] = task;
    if (row.units.length > 0) cells[columnKey(names[unitsCol]).key] = cellOf(text, row.units);
    const withMarker = cellOf(text, [{ start: row.marker.start, end: row.task[0].start }, ...row.task]);
    const clause = taskClause(ctx, String(row.marker.ordinal), group?.path ?? ctx.annexPath, withMarker, row.marker.text);
    clause.heading = clauseHeading(task.text);
    table.clauses.push(clause);
    const all = [row.marker, ...row.task, ...row.units];
    const start = Math.min(...all.map((r) => r.start));
    const end = Math.max(...all.map((r) => r.end));
    table.rows.push({ table: ctx.tableName, clausePath: clause.path, cells, start, end });
  }
  return table;
}

/** Header names from the header fragments: a one-character fragment ends the name before it (`工作事`+`项`). */
function headerNames(fragments: readonly string[]): string[] {
  const names: string[] = [];
  for (const f of fragments) {
    if (names.length > 0 && displayWidth(f) <= 1.5) names[names.length - 1] += f;
    else names.push(f);
  }
  return names;
}

function readRows(text: string, lines: readonly NormalisedLine[]): Row[] {
  const rows: Row[] = [];
  const groups = new Map<string, Group>();
  let group: Group | undefined;
  let state: 'newGroup' | 'repeatedGroup' | 'row' = 'newGroup';
  for (const line of lines) {
    const t = text.slice(line.start, line.end);
    const mark = matchMarker(t);
    if (mark?.kind === 'cnParen') {
      const marker = { start: line.start, end: line.start + mark.length, text: mark.marker, ordinal: mark.ordinal };
      rows.push({ marker, task: [{ start: marker.end, end: line.end }], units: [], group });
      state = 'row';
    } else if (mark?.kind === 'cn' && displayWidth(t) <= NARROW) {
      const known = groups.get(mark.segment);
      group = known ?? { segment: mark.segment, marker: mark.marker, parts: [{ start: line.start, end: line.end }], rows: 0 };
      groups.set(mark.segment, group);
      state = known ? 'repeatedGroup' : 'newGroup';
    } else if (displayWidth(t) <= NARROW && !t.includes('。')) {
      if (state === 'newGroup') group?.parts.push({ start: line.start, end: line.end });
      else if (state === 'row') rows[rows.length - 1].units.push({ start: line.start, end: line.end });
    } else if (rows.length > 0) {
      addTaskLine(text, rows[rows.length - 1], line.start, line.end);
      state = 'row';
    }
  }
  return rows;
}

/** A task line; one that ends its sentence and then, after a column gap, holds a unit fragment is split. */
function addTaskLine(text: string, row: Row, start: number, end: number): void {
  const gap = text.lastIndexOf(' ', end - 1);
  if (gap > start && text[gap - 1] === '。' && displayWidth(text.slice(gap + 1, end)) <= NARROW) {
    row.task.push({ start, end: gap });
    row.units.push({ start: gap + 1, end });
  } else {
    row.task.push({ start, end });
  }
}

/** Drops trailing unit fragments that together spell part of the group's name (the group cell repeated at a page top). */
function dropRepeatedGroupCell(text: string, row: Row): void {
  const name = row.group ? row.group.parts.map((r) => text.slice(r.start, r.end)).join('').slice(row.group.marker.length) : '';
  if (!name) return;
  let keep = row.units.length;
  let tail = '';
  for (let k = row.units.length - 1; k >= 0; k--) {
    const candidate = text.slice(row.units[k].start, row.units[k].end) + tail;
    if (!name.includes(candidate)) break;
    tail = candidate;
    if (tail.length >= 3) keep = k;
  }
  row.units.length = keep;
}

function groupClause(text: string, group: Group, annexPath: string): ClauseDraft {
  const cell = cellOf(text, group.parts);
  const heading = cell.text.slice(group.marker.length);
  const clause: ClauseDraft = {
    path: group.path as string,
    parent: annexPath,
    marker: group.marker,
    heading,
    start: cell.start,
    end: cell.end,
    text: cell.text,
    kind: 'section',
  };
  if (cell.parts) clause.parts = cell.parts;
  return clause;
}
