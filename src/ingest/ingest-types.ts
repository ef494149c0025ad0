/**
 * The shapes that flow between the ingest stages:
 * decode → normalise → segment (metadata, clauses, tables) → recognise → relate → resolve → GraphBatch.
 * Offsets are into the normalised text unless a name says otherwise; `SourceMap` turns them back into
 * offsets and lines of the original file, so evidence quotes stay verbatim.
 */

/** A document file as read and decoded. */
export interface SourceFile {
  /** Path as the user gave it (or relative to the seeds folder). */
  file: string;
  /** The decoded text, unchanged: evidence quotes are slices of this. */
  original: string;
  encoding: 'utf-8' | 'gb18030';
}

/** A span of the original file, with the 1-based line its start falls on. */
export interface OriginalSpan {
  start: number;
  end: number;
  line: number;
}

/** Maps offsets of the normalised text back to the original file. */
export interface SourceMap {
  /** The original span that normalised `[start, end)` came from; `original.slice(span.start, span.end)` is the verbatim quote. */
  toOriginal(start: number, end: number): OriginalSpan;
}

/**
 * One kept line of the original file, located in the normalised text. Lines rejoined into one
 * paragraph keep their own ranges, so layout-aware parsers (tables cut by PDF extraction) can still
 * see the original line structure.
 */
export interface NormalisedLine {
  /** Normalised offsets of the line's cleaned text (no line break included). */
  start: number;
  end: number;
  /** 1-based line of the original file. */
  line: number;
  /** Leading whitespace of the original line (tab-indented table cells keep their tab here). */
  indent: string;
  /** Blank original lines (and dropped debris lines) between the previous kept line and this one. */
  blankBefore: number;
  /** True when this line continues the previous one (no line break between them in `text`). */
  joined: boolean;
}

/** The normalised text (NFKC, debris removed, broken lines rejoined) and its way back to the file. */
export interface NormalisedText {
  source: SourceFile;
  text: string;
  map: SourceMap;
  /** The kept original lines in order (page numbers and empty lines are not listed). */
  lines?: NormalisedLine[];
}

export type DocumentLevel = 'national' | 'municipal' | 'district';
export type DocumentKind = '通知' | '实施方案' | '实施意见' | '举措' | '报告' | '意见' | '办法' | '规划' | '其他';

/** Facts about a document read from its own text. */
export interface DocumentMetadata {
  title: string;
  /** 文号 in canonical form, e.g. `渝府发〔2019〕18号` (spaces removed, brackets normalised). */
  docNumber?: string;
  issuers: string[];
  /** YYYY-MM-DD */
  date?: string;
  level: DocumentLevel;
  kind: DocumentKind;
  /** For a notice that promulgates another text (`关于印发《X》的通知`), the title X. */
  subjectTitle?: string;
  /** Where each fact was read (normalised offsets), for evidence. */
  spans: Partial<Record<'title' | 'docNumber' | 'date' | 'issuers', { start: number; end: number }[]>>;
}

/** One clause of the clause tree, e.g. path `三/（二）/1` for 三、 → （二） → 1. */
export interface ClauseSegment {
  path: string;
  /** Path of the parent clause; undefined at the top. */
  parent?: string;
  /** The numbering mark as written: `一、`, `（二）`, `1.`, `【案例 3-3】`, `任务 5`. */
  marker: string;
  heading: string;
  /** The clause's own text, without sub-clauses' text. */
  text: string;
  /** Normalised offsets of the clause's own text (heading included). */
  start: number;
  end: number;
  /** Reading order within the document, from 0. */
  order: number;
  /** What the clause is: a numbered section, an annex task row, a case block, the text before the first section, or an annex. */
  kind?: 'section' | 'task' | 'case' | 'preamble' | 'annex';
  /**
   * Set when `text` is not one contiguous slice (an annex task whose text is interleaved with other
   * table cells): `text` is the concatenation of these normalised ranges, in order.
   */
  parts?: { start: number; end: number }[];
}

/** A cell of a table row: its text and where it was read. */
export interface TableCell {
  text: string;
  start: number;
  end: number;
  /**
   * Set when the cell was rebuilt from fragments that are not one contiguous slice (a cell broken
   * across lines with other cells' text in between): `text` is the concatenation of these ranges.
   */
  parts?: { start: number; end: number }[];
  /** True when the value comes from a merged cell of an earlier row (the span points at that cell). */
  inherited?: boolean;
}

/** One row of a table, with cells keyed by column name (e.g. `揭榜项目`, `揭榜单位`, `依托联合体`, `牵头单位`, `责任单位`). */
export interface TableRow {
  /** The table's name as the document gives it, e.g. `表 3-1` or `附件 重点任务分工表`. */
  table: string;
  /** Path of the clause the row belongs to (annex task rows are clauses of their own). */
  clausePath?: string;
  cells: Record<string, TableCell>;
  start: number;
  end: number;
}

/** A document cut into its parts. */
export interface SegmentedDocument {
  normalised: NormalisedText;
  metadata: DocumentMetadata;
  clauses: ClauseSegment[];
  tables: TableRow[];
}
