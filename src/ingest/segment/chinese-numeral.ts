const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** The value of a Chinese numeral up to 999 (`十二` → 12, `二十一` → 21, `一百零五` → 105); undefined if it is not one. */
export function parseChineseNumeral(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(text)) return undefined;
  let total = 0;
  let digit: number | undefined;
  for (const ch of text) {
    if (ch === '百' || ch === '十') {
      total += (digit ?? 1) * (ch === '百' ? 100 : 10);
      digit = undefined;
    } else {
      digit = DIGITS[ch];
    }
  }
  return total + (digit ?? 0);
}

/** The value of digits written one by one, as in years (`二〇二〇` → 2020, `二〇一九` → 2019). */
export function parseDigitByDigit(text: string): number | undefined {
  if (!/^[零〇一二三四五六七八九]+$/.test(text)) return undefined;
  return Number([...text].map((ch) => DIGITS[ch]).join(''));
}
