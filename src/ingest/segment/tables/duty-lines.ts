import type { TableCell, TableRow } from '../../ingest-types';
import type { Paragraph } from '../paragraphs';

/** A labelled field naming who does a task: `责任单位：区教委、区财政局等，各街镇。` */
const FIELD = /(牵头单位|责任单位|配合单位|参与单位|完成时限)：\s*([^；;]+?)\s*(?=(?:[；;]\s*)?(?:牵头单位|责任单位|配合单位|参与单位|完成时限)：|[。；;]?$)/g;

/**
 * Reads responsibility lines that follow a task clause (`责任单位：…`, `牵头单位：…；配合单位：…`) as
 * table rows keyed by their labels; the row belongs to the clause the line is in. The value is
 * kept as written, without the closing `。`.
 */
export function parseDutyLine(paragraph: Paragraph): TableRow | undefined {
  if (!/^(?:牵头单位|责任单位|配合单位|参与单位)：/.test(paragraph.text)) return undefined;
  const cells: Record<string, TableCell> = {};
  for (const m of paragraph.text.matchAll(FIELD)) {
    const start = paragraph.start + (m.index ?? 0) + m[0].indexOf(m[2], m[1].length);
    cells[m[1]] = { text: m[2], start, end: start + m[2].length };
  }
  if (Object.keys(cells).length === 0) return undefined;
  return { table: '责任分工', cells, start: paragraph.start, end: paragraph.end };
}
