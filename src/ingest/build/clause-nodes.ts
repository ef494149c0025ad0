import type { GraphNode } from '../../graph/graph-types';
import { clauseId } from '../../graph/ids';
import type { ClauseSegment, SegmentedDocument } from '../ingest-types';
import type { EvidenceMaker } from './evidence-maker';
import { clauseDeadline, parseDeadline } from './parse-deadline';
import { defined } from './policy-node';
import type { Span } from './relation-fact';

/** Longest clause quote kept as a clause's own evidence: its first line, not its whole text. */
const HEAD_QUOTE = 120;

const HOW = { confidence: 1, extractor: 'segment@1' };

/** Where a clause is shown from: its first line (heading and the start of its text). */
export function clauseHeadSpan(doc: SegmentedDocument, clause: ClauseSegment): Span {
  const { text } = doc.normalised;
  const firstEnd = clause.parts?.[0]?.end ?? clause.end;
  const lineEnd = text.indexOf('\n', clause.start);
  let end = Math.min(firstEnd, lineEnd < 0 ? text.length : lineEnd, clause.start + HEAD_QUOTE);
  if (end <= clause.start) end = Math.min(clause.start + Math.max(clause.marker.length, 1), text.length);
  return { start: clause.start, end };
}

/** A clause's display name: its mark and heading, else the start of its text (annex task rows have no heading). */
function clauseName(clause: ClauseSegment): string {
  const named = `${clause.marker}${clause.heading}`.trim();
  return named || clause.text.slice(0, 24).trim() || clause.path;
}

/** The deadline of a task: its row's `完成时限` cell, else what its own text says. */
function deadlineOf(doc: SegmentedDocument, clause: ClauseSegment): string | undefined {
  for (const row of doc.tables) {
    if (row.clausePath !== clause.path) continue;
    const cell = Object.entries(row.cells).find(([name]) => /时限|完成时间|进度安排/.test(name))?.[1];
    const deadline = cell && parseDeadline(cell.text);
    if (deadline) return deadline;
  }
  return clauseDeadline(clause.text);
}

/** One Clause node per clause of the tree, with its place (document, path, parent, order, line) and text. */
export function buildClauseNodes(doc: SegmentedDocument, documentId: string, evidence: EvidenceMaker): GraphNode[] {
  return doc.clauses.map((clause) => {
    const head = evidence.evidence(clauseHeadSpan(doc, clause), { ...HOW, clausePath: clause.path });
    return {
      id: clauseId(documentId, clause.path),
      kind: 'Clause',
      name: clauseName(clause),
      aliases: [],
      properties: defined({
        document: documentId,
        path: clause.path,
        marker: clause.marker,
        heading: clause.heading,
        text: clause.text,
        line: head.line,
        parent: clause.parent === undefined ? undefined : clauseId(documentId, clause.parent),
        order: clause.order,
        clauseKind: clause.kind,
        deadline: deadlineOf(doc, clause),
      }),
      evidence: [head],
    };
  });
}
