import type { TableCell, TableRow } from '../../ingest-types';
import type { ClauseDraft } from '../clauses/clause-draft';
import { uniquePath } from '../clauses/unique-path';

/** What an annex task-table parser returns: the rows, and the group and task clauses they make. */
export interface TaskTable {
  rows: TableRow[];
  clauses: ClauseDraft[];
}

/** Where the table sits: its annex clause, the table's name, the paths already used. */
export interface TaskTableContext {
  text: string;
  annexPath: string;
  tableName: string;
  taken: Set<string>;
}

/** Column roles, found from the header names. */
export const ROLE = {
  number: /序号|编号/,
  task: /任务|内容|事项|举措|措施|项目/,
  units: /单位|部门/,
};

/** The task clause of a row: its text is the task cell, its path the annex and the row's number. */
export function taskClause(ctx: TaskTableContext, number: string, parent: string, task: TableCell, marker = number): ClauseDraft {
  const path = uniquePath(`${ctx.annexPath}/${number}`, ctx.taken);
  const clause: ClauseDraft = { path, parent, marker, heading: '', start: task.start, end: task.end, text: task.text, kind: 'task' };
  if (task.parts) clause.parts = task.parts;
  return clause;
}
