import type { DocumentMetadata } from '../ingest-types';
import { findChineseDate } from './metadata/chinese-date';
import { kindOfTitle, levelOfDocNumber, levelOfName } from './metadata/document-level';
import { readHeadBlock } from './metadata/head-block';
import { findSignature, issuersInTitle, type Found } from './metadata/issuers';
import { subjectOfNotice, titleFromBlock, titleQuotedInText } from './metadata/title';
import type { Paragraph } from './paragraphs';

/** Paragraphs before the first clause that count as the head (where the signature date of a notice is). */
const HEAD_LIMIT = 14;

/**
 * Reads a document's own facts from its text: title (the title block, else the title the text
 * gives itself), 文号, issuers (title block and signature), date (the signature date), level (from
 * the issuers, else the title, else the 文号) and kind (from the title's last word), each with the
 * normalised spans it was read from.
 */
export function parseMetadata(paragraphs: readonly Paragraph[], firstClause: number): DocumentMetadata {
  const head = readHeadBlock(paragraphs);
  const titleIssuers = issuersInTitle(head.titleLines);
  const signature = findSignature(paragraphs, Math.min(HEAD_LIMIT, firstClause));
  const issuers = dedupe([...titleIssuers, ...signature.issuers]);
  const title = titleFromBlock(head.titleLines, titleIssuers.length) ?? titleQuotedInText(paragraphs) ?? firstLine(paragraphs);
  const date = signature.date && findChineseDate(signature.date.text);
  const spans: DocumentMetadata['spans'] = {};
  if (title) spans.title = [{ start: title.start, end: title.end }];
  if (head.docNumber) spans.docNumber = [{ start: head.docNumber.paragraph.start, end: head.docNumber.paragraph.end }];
  if (signature.date && date) {
    const start = signature.date.start + date.index;
    spans.date = [{ start, end: start + date.length }];
  }
  const issuerSpans = [...titleIssuers, ...signature.issuers].map((f) => ({ start: f.start, end: f.end }));
  if (issuerSpans.length > 0) spans.issuers = issuerSpans;
  const titleText = title?.text ?? '';
  return {
    title: titleText,
    docNumber: head.docNumber?.text,
    issuers: issuers.map((f) => f.text),
    date: date?.iso,
    level: levelOf(issuers, titleText, head.docNumber?.text),
    kind: kindOfTitle(titleText),
    subjectTitle: subjectOfNotice(titleText),
    spans,
  };
}

/**
 * The first issuer's level; without issuers, the level the title's place name shows; then the
 * 文号's; a document naming no body at all is taken to be municipal (the seeds' usual case).
 */
function levelOf(issuers: readonly Found[], title: string, docNumber: string | undefined): DocumentMetadata['level'] {
  for (const issuer of issuers) {
    const level = levelOfName(issuer.text);
    if (level) return level;
  }
  return levelOfName(title) ?? (docNumber ? levelOfDocNumber(docNumber) : undefined) ?? 'municipal';
}

function dedupe(found: readonly Found[]): Found[] {
  const seen = new Set<string>();
  return found.filter((f) => !seen.has(f.text) && seen.add(f.text));
}

function firstLine(paragraphs: readonly Paragraph[]): Found | undefined {
  const p = paragraphs[0];
  return p && { text: p.text, start: p.start, end: p.end };
}
