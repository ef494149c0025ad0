import type { RelateInput } from '../../build/relate-input';
import type { Span } from '../../build/relation-fact';
import { canonicalDocNumber, type Citation } from './find-citations';

/** A 文号 standing alone in the text (`按照渝府发〔2019〕18号文件要求`); the issuer code is cut from the words before it. */
const BARE_NUMBER = /([\u4e00-\u9fff]{2,14})[〔［\[（(]\s*(\d{4})\s*[〕］\]）)]\s*(\d{1,5})\s*号/g;

/** Words that may run into an issuer code (`按照渝府发`): the code starts after the last of them. */
const LEAD_WORDS = /^.*(?:按照|根据|依据|依照|参照|对照|落实|贯彻|执行|印发|转发|见|及|和|与)/;

/** What is left must be a short run of Chinese characters (`渝府发`, `教职成司函`, `渝发改社会`). */
const ISSUER_CODE = /^[\u4e00-\u9fff]{2,10}$/;

/** A 文号 cited without a title. */
export interface BareNumber {
  docNumber: string;
  span: Span;
}

/** 文号 written without a title: not inside a `《title》（文号）` citation and not the document's own. */
export function findBareNumbers(input: RelateInput, citations: readonly Citation[]): BareNumber[] {
  const { text } = input.doc.normalised;
  const taken = (at: number) => citations.some((c) => c.span.start <= at && at < c.span.end);
  const ownSpans = input.doc.metadata.spans.docNumber ?? [];
  const found: BareNumber[] = [];
  for (const m of text.matchAll(BARE_NUMBER)) {
    const at = m.index ?? 0;
    if (taken(at + m[1].length) || ownSpans.some((s) => s.start <= at && at < s.end)) continue;
    const code = m[1].replace(LEAD_WORDS, '');
    if (!ISSUER_CODE.test(code)) continue;
    const docNumber = canonicalDocNumber(code, m[2], m[3]);
    if (docNumber === input.doc.metadata.docNumber) continue;
    found.push({ docNumber, span: { start: at + m[1].length - code.length, end: at + m[0].length } });
  }
  return found;
}
