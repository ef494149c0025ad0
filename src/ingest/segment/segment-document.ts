import type { ClauseSegment, SegmentedDocument, SourceFile, TableRow } from '../ingest-types';
import { normaliseText, type LinedText } from '../normalise';
import { buildClauseTree } from './clauses/build-clause-tree';
import { endCasesAtFigures } from './clauses/case-extent';
import type { ClauseDraft } from './clauses/clause-draft';
import { finishClauses } from './clauses/finish-clauses';
import { uniquePath } from './clauses/unique-path';
import { findAnnexes, type Annex } from './find-annexes';
import { findSignature } from './metadata/issuers';
import { splitParagraphs, type Paragraph } from './paragraphs';
import { parseMetadata } from './parse-metadata';
import { parseCaptionedTable } from './tables/captioned-table';
import { parseDutyLine } from './tables/duty-lines';
import { parseFragmentedTaskTable } from './tables/fragmented-task-table';
import { parseTabbedTaskTable } from './tables/tabbed-task-table';

/**
 * Cuts a decoded document into its parts: the normalised text (with its map back to the file),
 * metadata, the clause tree (sections, annex task rows, case blocks, the text before the first
 * section as `序`) and table rows (captioned tables, annex task tables, `责任单位：` lines), each row
 * attached to the clause it belongs to.
 */
export function segmentDocument(source: SourceFile): SegmentedDocument {
  const normalised = normaliseText(source);
  const { text } = normalised;
  const paragraphs = splitParagraphs(text, normalised.lines);
  const annexes = findAnnexes(paragraphs);
  const bodyEnd = annexes[0]?.at ?? paragraphs.length;
  const taken = new Set<string>();
  const rows: TableRow[] = [];
  const body = withoutCaptionedTables(normalised, paragraphs.slice(0, bodyEnd), rows);
  const drafts: ClauseDraft[] = buildClauseTree(body, { taken });
  endCasesAtFigures(drafts, body, rows.map((r) => r.start));
  const firstClause = drafts.length > 0 ? paragraphs.findIndex((p) => p.start === drafts[0].start) : bodyEnd;
  if (firstClause !== 0) drafts.unshift({ path: uniquePath('序', taken), marker: '', heading: '', start: 0, kind: 'preamble' });
  const boundaries = annexes.map((a) => paragraphs[a.at].start);
  const signature = signatureStart(paragraphs, firstClause, drafts);
  if (signature !== undefined) boundaries.push(signature);
  for (const annex of annexes) drafts.push(...segmentAnnex(normalised, paragraphs, annex, taken, rows));
  const clauses = finishClauses(text, drafts, boundaries.sort((a, b) => a - b));
  for (const p of paragraphs) {
    const duty = parseDutyLine(p);
    if (duty) rows.push(duty);
  }
  for (const row of rows) row.clausePath ??= clauseAt(clauses, row.start)?.path;
  rows.sort((a, b) => a.start - b.start);
  return { normalised, metadata: parseMetadata(paragraphs, firstClause), clauses, tables: rows };
}

/** The paragraphs outside captioned tables (`表 3-1 …`); the tables' rows go to `rows`. */
function withoutCaptionedTables(n: LinedText, paragraphs: readonly Paragraph[], rows: TableRow[]): Paragraph[] {
  if (paragraphs.length === 0) return [];
  const skip = new Set<number>();
  for (let li = paragraphs[0].firstLine; li < paragraphs[paragraphs.length - 1].endLine; li++) {
    const table = parseCaptionedTable(n.text, n.lines, li);
    if (!table) continue;
    rows.push(...table.rows);
    for (let k = table.fromLine; k < table.toLine; k++) skip.add(k);
    li = table.toLine - 1;
  }
  return paragraphs.filter((p) => !touches(skip, p.firstLine, p.endLine));
}

/** An annex: its own clause, then its task table's groups and tasks, else its clause tree. */
function segmentAnnex(n: LinedText, paragraphs: readonly Paragraph[], annex: Annex, taken: Set<string>, rows: TableRow[]): ClauseDraft[] {
  const path = uniquePath(annex.path, taken);
  const heading = annex.title?.text ?? '';
  const root: ClauseDraft = { path, marker: annex.marker, heading, start: paragraphs[annex.at].start, kind: 'annex' };
  const content = paragraphs.slice(annex.title ? annex.at + 2 : annex.at + 1, annex.end);
  if (content.length === 0) return [root];
  const lines = n.lines.slice(content[0].firstLine, content[content.length - 1].endLine);
  const tableName = `${annex.marker} ${annex.title?.text ?? ''}`.trim();
  const ctx = { text: n.text, annexPath: path, tableName, taken };
  const table = parseTabbedTaskTable(lines, ctx) ?? parseFragmentedTaskTable(n.text, lines, ctx);
  if (table) {
    rows.push(...table.rows);
    return [root, ...table.clauses];
  }
  const rest = withoutCaptionedTables(n, content, rows);
  return [root, ...buildClauseTree(rest, { prefix: path, parent: path, taken })];
}

/** True when any of lines `[from, to)` is in the set. */
function touches(lines: ReadonlySet<number>, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (lines.has(k)) return true;
  return false;
}

/** Where a signature block after the last clause starts (issuers and date closing the document), if there is one. */
function signatureStart(paragraphs: readonly Paragraph[], firstClause: number, drafts: readonly ClauseDraft[]): number | undefined {
  const signature = findSignature(paragraphs, firstClause);
  const lastClause = drafts[drafts.length - 1]?.start ?? 0;
  if (!signature.date || signature.date.start <= lastClause) return undefined;
  return Math.min(signature.date.start, ...signature.issuers.map((i) => i.start));
}

/** The innermost clause whose own text holds offset `at`. */
function clauseAt(clauses: readonly ClauseSegment[], at: number): ClauseSegment | undefined {
  const holds = (c: ClauseSegment) => (c.parts ?? [{ start: c.start, end: c.end }]).some((r) => r.start <= at && at <= r.end);
  return clauses.find((c) => c.kind !== 'task' && holds(c)) ?? clauses.filter((c) => c.start <= at).pop();
}
