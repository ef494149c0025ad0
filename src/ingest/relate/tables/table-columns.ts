import type { TableCell, TableRow } from '../../ingest-types';

/** The first cell of a row whose column name matches, skipping empty cells. */
export function cellOf(row: TableRow, column: RegExp): TableCell | undefined {
  for (const [name, cell] of Object.entries(row.cells)) if (column.test(name) && cell.text.trim() !== '') return cell;
  return undefined;
}

/** A table's name without spaces (`表 3-1` → `表3-1`), as projects and programmes are keyed by it. */
export function compactTableName(row: TableRow): string {
  return row.table.replace(/\s+/g, '');
}

/** A row's key within its table: its 序号 when it has one, else its place among the table's rows (from 1). */
export function rowKey(rows: readonly TableRow[], row: TableRow): string {
  const number = cellOf(row, /^(?:序号|编号)$/)?.text.trim();
  if (number) return number;
  return String(rows.filter((r) => r.table === row.table).indexOf(row) + 1);
}

/** Text of a cell with line-break debris and spaces between Chinese characters removed. */
export function cellName(cell: TableCell): string {
  return cell.text.replace(/\s+(?=[\u4e00-\u9fff（）〔〕“”])|(?<=[\u4e00-\u9fff（）〔〕“”])\s+/g, '').trim();
}
