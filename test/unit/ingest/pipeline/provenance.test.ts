import { readFileSync } from 'node:fs';
import type { Evidence } from '../../../../src/graph/evidence';
import type { GraphBatch } from '../../../../src/graph/graph-types';
import { DOCUMENTS_DIR, ingestInto, SEED_FILES } from './pipeline.fixtures';

interface Source {
  bytes: Buffer;
  text: string;
  encoding: string;
  /** Offsets where lines start (any break style), for line numbers. */
  lineStarts: number[];
  /** UTF-8 byte offset of each UTF-16 offset of the text. */
  byteAt: Uint32Array;
}

function indexText(text: string): Pick<Source, 'lineStarts' | 'byteAt'> {
  const lineStarts = [0];
  for (const m of text.matchAll(/\r\n|\r|\n/g)) lineStarts.push((m.index ?? 0) + m[0].length);
  const byteAt = new Uint32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair is 4 bytes in all: 2 counted on each half.
    byteAt[i + 1] = byteAt[i] + (code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code < 0xe000 ? 2 : 3);
  }
  return { lineStarts, byteAt };
}

/** The raw bytes and decoded text of every ingested file, by Policy id. */
function sourcesOf(graph: GraphBatch): Map<string, Source> {
  const out = new Map<string, Source>();
  for (const n of graph.nodes) {
    if (n.kind !== 'Policy' || n.properties.inCorpus !== true) continue;
    const bytes = readFileSync(String(n.properties.file));
    const utf8 = !String(n.properties.file).includes('gb18030');
    const text = new TextDecoder(utf8 ? 'utf-8' : 'gb18030').decode(bytes);
    out.set(n.id, { bytes, text, encoding: utf8 ? 'utf-8' : 'gb18030', ...indexText(text) });
  }
  return out;
}

/** 1-based line of an offset, counting any line break style. */
function lineAt(source: Source, offset: number): number {
  let lo = 0;
  let hi = source.lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (source.lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

function everyEvidence(graph: GraphBatch): { owner: string; e: Evidence }[] {
  return [...graph.nodes, ...graph.edges].flatMap((x) => x.evidence.map((e) => ({ owner: x.id, e })));
}

/** Every quote is the verbatim slice of the file it names, starting on the line it names; UTF-8 quotes are also the file's very bytes. */
function checkProvenance(graph: GraphBatch): { checked: number; wrong: string[] } {
  const sources = sourcesOf(graph);
  const wrong: string[] = [];
  let checked = 0;
  for (const { owner, e } of everyEvidence(graph)) {
    const source = sources.get(e.document);
    if (!source) {
      wrong.push(`${owner}: evidence names ${e.document}, which is not an ingested file`);
      continue;
    }
    checked++;
    if (source.text.slice(e.start, e.end) !== e.quote) wrong.push(`${owner}: quote ${JSON.stringify(e.quote)} is not the file at ${e.start}..${e.end}`);
    if (lineAt(source, e.start) !== e.line) wrong.push(`${owner}: quote starts on line ${lineAt(source, e.start)}, evidence says ${e.line}`);
    if (source.encoding === 'utf-8') {
      const from = source.byteAt[e.start];
      const bytes = source.bytes.subarray(from, from + Buffer.byteLength(e.quote, 'utf8'));
      if (!bytes.equals(Buffer.from(e.quote, 'utf8'))) wrong.push(`${owner}: quote bytes differ from the file bytes at byte ${from}`);
    }
  }
  return { checked, wrong };
}

describe('provenance', () => {
  it('quotes every piece of evidence of the seeds verbatim from the raw file, on the right line', async () => {
    const { graph } = await ingestInto(SEED_FILES);
    const { checked, wrong } = checkProvenance(graph);
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(checked).toBeGreaterThan(3000);
  }, 60_000);

  it('quotes invented documents verbatim too, GB18030 and half-width ones included', async () => {
    const files = ['pipeline-county-measures.txt', 'pipeline-city-opinion.gb18030.txt'].map((f) => `${DOCUMENTS_DIR}/${f}`);
    const { graph } = await ingestInto(files);
    const { checked, wrong } = checkProvenance(graph);
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(50);
  });

  it('names the clause a fact was read in', async () => {
    const { graph } = await ingestInto([SEED_FILES[2]]);
    const clauses = new Set(graph.nodes.filter((n) => n.kind === 'Clause').map((n) => n.id));
    const inClauses = everyEvidence(graph).filter(({ e }) => e.clause !== undefined);
    expect(inClauses.length).toBeGreaterThan(50);
    expect(inClauses.filter(({ e }) => !clauses.has(e.clause as string))).toEqual([]);
  });
});
