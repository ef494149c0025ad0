import { parseChineseNumeral, parseDigitByDigit } from '../chinese-numeral';

const ARABIC_DATE = /(\d{4}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?日/;
const CHINESE_DATE = /([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/;

/** A date written in a paragraph (`2019年7月1日`, `二〇二〇年三月五日`) as `YYYY-MM-DD`, with its offsets in the paragraph. */
export function findChineseDate(text: string): { iso: string; index: number; length: number } | undefined {
  const arabic = ARABIC_DATE.exec(text);
  const chinese = arabic ? null : CHINESE_DATE.exec(text);
  const m = arabic ?? chinese;
  if (!m) return undefined;
  const year = arabic ? Number(m[1]) : parseDigitByDigit(m[1]);
  const month = arabic ? Number(m[2]) : parseChineseNumeral(m[2]);
  const day = arabic ? Number(m[3]) : parseChineseNumeral(m[3]);
  if (!year || !month || !day || month > 12 || day > 31) return undefined;
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { iso, index: m.index, length: m[0].length };
}

/** True when the paragraph is only a date (a signature date line). */
export function isDateLine(text: string): boolean {
  const found = findChineseDate(text);
  return found !== undefined && found.length === text.trim().length;
}
