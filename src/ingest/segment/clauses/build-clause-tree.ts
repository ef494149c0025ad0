import type { Paragraph } from '../paragraphs';
import { matchMarker, type ClauseMarker, type MarkerKind } from '../clause-marker';
import type { ClauseDraft } from './clause-draft';
import { clauseHeading } from './clause-heading';
import { uniquePath } from './unique-path';

/** Kinds that nest by rank within a family (a `2.1` heading always sits under a `2` heading). */
const RANK: Partial<Record<MarkerKind, [string, number]>> = {
  chapter: ['chapter', 1],
  section: ['chapter', 2],
  article: ['chapter', 3],
  dec1: ['dec', 1],
  dec2: ['dec', 2],
  dec3: ['dec', 3],
};

interface Open {
  kind: MarkerKind;
  path: string;
}

/** Where the clauses being built hang: a path prefix and parent (for an annex), and paths already taken. */
export interface TreeOptions {
  prefix?: string;
  parent?: string;
  taken: Set<string>;
}

/**
 * Builds clauses from the paragraphs that start with a clause mark. Nesting follows the marks
 * themselves: a kind of mark already open closes everything opened after it (its new clause is a
 * sibling), a kind not yet open nests under the innermost open clause; numbered headings
 * (`1`, `1.1`) and chapters nest by rank and must follow their sequence, which keeps table rows and
 * numbers starting a line from passing for headings.
 */
export function buildClauseTree(paragraphs: readonly Paragraph[], options: TreeOptions): ClauseDraft[] {
  const clauses: ClauseDraft[] = [];
  const open: Open[] = [];
  const decCounters = [0, 0, 0];
  for (const p of paragraphs) {
    const mark = matchMarker(p.text);
    if (!mark || !acceptDec(mark, decCounters)) continue;
    open.splice(closeTo(open, mark.kind));
    const parent = open[open.length - 1]?.path ?? options.parent;
    const path = uniquePath(pathOf(mark, parent, options.prefix), options.taken);
    clauses.push({
      path,
      parent,
      marker: mark.marker,
      heading: clauseHeading(p.text.slice(mark.length)),
      start: p.start,
      kind: mark.kind === 'case' ? 'case' : 'section',
    });
    open.push({ kind: mark.kind, path });
  }
  return clauses;
}

/** How many open clauses stay open when a clause of `kind` starts. */
function closeTo(open: readonly Open[], kind: MarkerKind): number {
  const rank = RANK[kind];
  if (rank) {
    for (let k = open.length - 1; k >= 0; k--) {
      const other = RANK[open[k].kind];
      if (other && other[0] === rank[0] && other[1] < rank[1]) return k + 1;
    }
    const first = open.findIndex((o) => RANK[o.kind]?.[0] === rank[0]);
    return first >= 0 ? first : open.length;
  }
  const same = open.findIndex((o) => o.kind === kind);
  return same >= 0 ? same : open.length;
}

/** Numbered headings must continue the sequence: `2.3` only after `2.2` under `2`. */
function acceptDec(mark: ClauseMarker, counters: number[]): boolean {
  const depth = mark.kind === 'dec1' ? 1 : mark.kind === 'dec2' ? 2 : mark.kind === 'dec3' ? 3 : 0;
  if (depth === 0) return true;
  const parents = mark.parents ?? [];
  if (parents.some((n, i) => counters[i] !== n) || mark.ordinal !== counters[depth - 1] + 1) return false;
  counters[depth - 1] = mark.ordinal;
  counters.fill(0, depth);
  return true;
}

function pathOf(mark: ClauseMarker, parent: string | undefined, prefix: string | undefined): string {
  // Numbered headings and cases carry their whole position in their own number.
  if (mark.kind === 'case' || mark.kind.startsWith('dec')) return prefix ? `${prefix}/${mark.segment}` : mark.segment;
  return parent ? `${parent}/${mark.segment}` : prefix ? `${prefix}/${mark.segment}` : mark.segment;
}
