import type { Paragraph } from '../paragraphs';
import type { Found } from './issuers';

/** Words that end the title of a document (its kind), for finding a title quoted in the text. */
const KIND_WORD = /(?:报告|方案|意见|通知|举措|办法|规划|决定|条例|纲要)(?:（[^（）]{1,12}）)?$/;

/** The document's title: the title block joined (joint issuers kept apart by a space). */
export function titleFromBlock(titleLines: readonly Paragraph[], issuerCount: number): Found | undefined {
  if (titleLines.length === 0) return undefined;
  const about = titleLines.findIndex((p) => p.text.includes('关于'));
  const separate = about > 1 || (about === 1 && issuerCount > 1);
  const text = titleLines.map((p, i) => (separate && i > 0 && i < about ? ` ${p.text}` : p.text)).join('');
  return { text: text.trim(), start: titleLines[0].start, end: titleLines[titleLines.length - 1].end };
}

/**
 * For a document without a title block (a report opening on its preface): the title it gives
 * itself, a `《…》` right after `形成了` (`编制形成了《…年度报告》`), else the first quoted title
 * ending in a kind word.
 */
export function titleQuotedInText(paragraphs: readonly Paragraph[]): Found | undefined {
  const quoted: (Found & { self: boolean })[] = [];
  for (const p of paragraphs.slice(0, 6)) {
    for (const m of p.text.matchAll(/(形成了)?《([^《》]{4,60})》/g)) {
      if (KIND_WORD.test(m[2])) {
        const index = (m.index ?? 0) + m[0].indexOf('《') + 1;
        quoted.push({ text: m[2], start: p.start + index, end: p.start + index + m[2].length, self: Boolean(m[1]) });
      }
    }
  }
  const found = quoted.find((q) => q.self) ?? quoted[0];
  return found && { text: found.text, start: found.start, end: found.end };
}

/** For a notice promulgating a text (`关于印发《X》的通知`, `关于印发X的通知`), the title X. */
export function subjectOfNotice(title: string): string | undefined {
  return /关于(?:印发|转发|发布)《?(.+?)》?的通知$/.exec(title.replace(/ /g, ''))?.[1];
}
