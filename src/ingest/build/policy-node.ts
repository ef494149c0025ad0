import type { GraphNode, Properties } from '../../graph/graph-types';
import { policyId } from '../../graph/ids';
import type { SegmentedDocument } from '../ingest-types';
import type { EvidenceMaker } from './evidence-maker';
import type { Span } from './relation-fact';

const HOW = { confidence: 1, extractor: 'metadata@1' };

/** The file name without its folders: what names a document that has no title. */
export function fileName(file: string): string {
  return file.split(/[\\/]/).pop() || file;
}

/** The Policy node id of a document: by 文号, else by title, else by file name (a text with no title at all). */
export function documentIdOf(doc: SegmentedDocument): string {
  return policyId(doc.metadata.docNumber, doc.metadata.title || fileName(doc.normalised.source.file));
}

/** Properties without undefined values (the stores keep null, never undefined). */
export function defined(properties: Record<string, Properties[string] | undefined>): Properties {
  return Object.fromEntries(Object.entries(properties).filter(([, v]) => v !== undefined)) as Properties;
}

/**
 * The Policy node of an ingested document: its metadata as properties (`inCorpus: true`), its 文号 and
 * the title of the text it promulgates as aliases, evidence where the title and 文号 were read.
 */
export function buildPolicyNode(doc: SegmentedDocument, file: string, evidence: EvidenceMaker): GraphNode {
  const m = doc.metadata;
  const title = m.title || fileName(file);
  const spans: Span[] = [...(m.spans.title ?? []), ...(m.spans.docNumber ?? []), ...(m.spans.date ?? [])];
  if (spans.length === 0) {
    const firstLine = doc.normalised.text.search(/\S/);
    const end = doc.normalised.text.indexOf('\n', firstLine);
    spans.push({ start: Math.max(firstLine, 0), end: end > firstLine ? end : doc.normalised.text.length });
  }
  return {
    id: documentIdOf(doc),
    kind: 'Policy',
    name: title,
    aliases: [m.subjectTitle, m.docNumber].filter((a): a is string => !!a && a !== title),
    properties: defined({
      file,
      title,
      docNumber: m.docNumber,
      issuers: m.issuers,
      date: m.date,
      level: m.level,
      docKind: m.kind,
      subjectTitle: m.subjectTitle,
      inCorpus: true,
    }),
    evidence: spans.map((s) => evidence.evidence(s, HOW)),
  };
}
