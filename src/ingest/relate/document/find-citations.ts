import type { Span } from '../../build/relation-fact';

/** A `《title》` in the text, with the 文号 written right after it when there is one. */
export interface Citation {
  /** The title as written inside `《》`, line-break debris and spaces between Chinese characters removed. */
  title: string;
  /** `X` of a title like `《…关于印发〈X〉的通知》`: the promulgated text, cited by the same 文号. */
  innerTitle?: string;
  /** Canonical 文号 (`渝府发〔2019〕18号`). */
  docNumber?: string;
  /** The `《…》` (and the 文号 after it), in normalised offsets. */
  span: Span;
  /** Offset of the opening `《`. */
  at: number;
}

/** `《…》` with nested `〈〉` or `<>` allowed inside. */
const TITLE = /《((?:[^《》\n]|\n(?!\n)){1,160}?)》/g;

/** A 文号 in brackets right after a title: `（国发〔2019〕4号）`, `〔渝府发〔2021〕35号〕`, `(人社部发[2021]30号)`. */
const NUMBER_AFTER = /^\s*[（(〔［\[]\s*([\u4e00-\u9fff]{1,12}?)\s*[〔［\[（(【﹝]\s*(\d{4})\s*[〕］\]）)】﹞]\s*(\d{1,5})\s*号\s*[）)〕］\]]/;

/** `关于印发〈X〉的通知`: the inner title of a promulgating notice. */
const INNER = /关于(?:印发|转发|发布|颁布)[〈<《]([^〉>》]+)[〉>》]/;

/** Title text as one line: PDF line breaks dropped, spaces between a number and a Chinese word (`2024 年度`) dropped. */
export function cleanTitle(raw: string): string {
  return raw
    .replace(/\s*\n\s*/g, '')
    .replace(/[ \t\u3000]+/g, ' ')
    .replace(/(?<=\d) (?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]) (?=\d)/g, '')
    .trim();
}

/** A key for comparing titles: no spaces or brackets of any width, one kind of dash. */
export function titleKey(title: string): string {
  return cleanTitle(title)
    .replace(/[《》〈〉<>“”"'‘’\s]/g, '')
    .replace(/[（(]/g, '(')
    .replace(/[）)]/g, ')')
    .replace(/[—–－-]+/g, '-');
}

/** The canonical form of a 文号 read in parts. */
export function canonicalDocNumber(prefix: string, year: string, serial: string): string {
  return `${prefix}〔${year}〕${Number(serial)}号`;
}

/** Every `《title》` of the text in order, with the 文号 that follows it. */
export function findCitations(text: string): Citation[] {
  const found: Citation[] = [];
  for (const m of text.matchAll(TITLE)) {
    const at = m.index ?? 0;
    const title = cleanTitle(m[1]);
    if (title === '') continue;
    let end = at + m[0].length;
    const number = NUMBER_AFTER.exec(text.slice(end, end + 40));
    const citation: Citation = { title, span: { start: at, end }, at };
    if (number) {
      citation.docNumber = canonicalDocNumber(number[1], number[2], number[3]);
      end += number[0].length;
      citation.span = { start: at, end };
    }
    const inner = INNER.exec(title);
    if (inner) citation.innerTitle = cleanTitle(inner[1]);
    found.push(citation);
  }
  return found;
}
