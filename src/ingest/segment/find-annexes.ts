import type { Paragraph } from './paragraphs';

/** A paragraph opening an annex: `附件`, `附件2`, `附件一`, or `附表` alone on its line. */
const ANNEX = /^(附件|附表) ?(\d{1,2}|[一二三四五六七八九十])?$/;

/** An annex of the document: where it starts and ends (paragraph indices), its mark and title. */
export interface Annex {
  marker: string;
  /** Path of its clause: `附件`, `附件2`, `附表`. */
  path: string;
  at: number;
  end: number;
  /** The paragraph naming it (`重点任务（项目）一览表`), when the next line is a title. */
  title?: Paragraph;
}

/** The annexes, in order; each runs to the next one or to the end of the document. */
export function findAnnexes(paragraphs: readonly Paragraph[]): Annex[] {
  const annexes: Annex[] = [];
  paragraphs.forEach((p, i) => {
    const m = ANNEX.exec(p.text);
    if (!m) return;
    const next = paragraphs[i + 1];
    const title = next && !/[，。；]/.test(next.text) && next.text.length <= 40 && !ANNEX.test(next.text) ? next : undefined;
    annexes.push({ marker: p.text, path: `${m[1]}${m[2] ?? ''}`, at: i, end: paragraphs.length, title });
  });
  annexes.forEach((a, i) => {
    if (annexes[i + 1]) a.end = annexes[i + 1].at;
  });
  return annexes;
}
