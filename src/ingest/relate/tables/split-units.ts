/** One item of a list cell, e.g. `区财政局` in `区教委、区财政局等，各街镇`, with its range in the cell text. */
export interface ListItem {
  text: string;
  from: number;
  to: number;
  /** True when the item stands for many bodies (`各街镇`, `有关行业组织`, `各区县政府`). */
  collective: boolean;
}

/** Separators of a unit list. Brackets are not separators: `各街道办事处〔乡镇人民政府〕` is one item. */
const SEPARATOR = /[、，,；;／/\n]|\s{2,}|(?<=[\u4e00-\u9fff）)〕])\s(?=[\u4e00-\u9fff])/g;

/** Words that join the last items of a list (`A、B和C`), dropped from an item's start. */
const LEADING_JOIN = /^(?:以及|及|和|与|或)/;

/** `等`, `等单位`, `等十三部门`, `等91家企业` closing a list: the list is open, the item before it is still a name. */
const TRAILING_ETC = /等(?:[0-9一二三四五六七八九十百余多]+(?:个|家|所)?)?(?:部门|单位|企业|院校|学校|国家|地区)?$/;

/** A plural determiner in front of a name makes it many bodies. */
const COLLECTIVE = /^(?:各|有关|相关|其他|其它|部分|全市|全区|全县)/;

/** Trims an item and reports the trimmed range. */
function trimItem(cell: string, from: number, to: number): ListItem | undefined {
  let a = from;
  let b = to;
  const isSpace = (c: string) => /\s|[。：:]/.test(c);
  while (a < b && isSpace(cell[a])) a++;
  while (b > a && isSpace(cell[b - 1])) b--;
  const lead = LEADING_JOIN.exec(cell.slice(a, b));
  if (lead && b - a > lead[0].length + 1) a += lead[0].length;
  const etc = TRAILING_ETC.exec(cell.slice(a, b));
  if (etc && etc.index > 0) b = a + etc.index;
  while (b > a && isSpace(cell[b - 1])) b--;
  if (b <= a) return undefined;
  const text = cell.slice(a, b);
  return { text, from: a, to: b, collective: COLLECTIVE.test(text) };
}

/**
 * Splits a list cell of names (`责任单位`, `院校`, `国家`, `依托企业`) into its items: separated by
 * `、`, commas, semicolons and line breaks, with `等…` and joining words removed.
 */
export function splitUnits(cell: string): ListItem[] {
  const items: ListItem[] = [];
  let from = 0;
  for (const m of cell.matchAll(SEPARATOR)) {
    const item = trimItem(cell, from, m.index ?? 0);
    if (item) items.push(item);
    from = (m.index ?? 0) + m[0].length;
  }
  const last = trimItem(cell, from, cell.length);
  if (last) items.push(last);
  return items;
}
