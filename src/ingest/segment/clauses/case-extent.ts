import type { Paragraph } from '../paragraphs';
import type { ClauseDraft } from './clause-draft';

const FIGURE = /^图 ?\d{1,2}(?: ?[-.] ?\d{1,2})?/;

/**
 * Case blocks (`【案例 3-3】`) are boxed in the printed report and usually close with their figure;
 * the running text resumes after it. So a case ends after its last figure caption (and the short
 * lines continuing that caption) before the next clause or table; a case without a figure ends
 * before a table (tables belong to the running text) or runs to the next clause.
 */
export function endCasesAtFigures(drafts: ClauseDraft[], paragraphs: readonly Paragraph[], tableStarts: readonly number[]): void {
  drafts.forEach((d, k) => {
    if (d.kind !== 'case') return;
    const table = tableStarts.find((t) => t > d.start) ?? Infinity;
    const limit = Math.min(drafts[k + 1]?.start ?? Infinity, table);
    const inside = paragraphs.filter((p) => p.start > d.start && p.start < limit);
    const last = inside.map((p) => FIGURE.test(p.text)).lastIndexOf(true);
    if (last < 0) {
      if (limit === table && inside.length > 0) d.end = inside[inside.length - 1].end;
      return;
    }
    let end = last;
    while (end + 1 < inside.length && isCaptionTail(inside[end + 1].text)) end++;
    d.end = inside[end].end;
  });
}

function isCaptionTail(text: string): boolean {
  return text.length <= 40 && !/[，。；：]/.test(text) && !FIGURE.test(text) && !/^(?:【|\d)/.test(text);
}
