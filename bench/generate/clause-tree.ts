import { NUMERALS } from './name-pools';
import type { Random } from './random';

/** One clause's place in its document's tree: 三、 → （二） → 1. */
export interface ClauseSlot {
  path: string;
  parent?: string;
  marker: string;
  depth: 1 | 2 | 3;
}

const numeral = (i: number): string => NUMERALS[i] ?? String(i + 1);

/**
 * A clause tree of `count` clauses in reading order: a handful of sections, about half of the rest
 * as （一） sub-clauses, the others as numbered items under them, spread unevenly as documents are.
 */
export function clauseTree(count: number, random: Random): ClauseSlot[] {
  const sections = Math.max(1, Math.min(count, Math.min(12, Math.max(3, Math.round(count / 9)))));
  const rest = count - sections;
  const second = Math.min(rest, Math.max(rest > 0 ? 1 : 0, Math.round(rest * 0.45)));
  const third = rest - second;
  const childCount = new Array<number>(sections).fill(0);
  for (let i = 0; i < second; i += 1) childCount[i < sections ? i : random.int(0, sections - 1)] += 1;
  const secondCount = childCount.reduce((a, b) => a + b, 0);
  const grandCount = new Array<number>(secondCount).fill(0);
  for (let i = 0; i < third; i += 1) grandCount[random.zipf(secondCount, 0.6)] += 1;
  const slots: ClauseSlot[] = [];
  let k = 0;
  for (let s = 0; s < sections; s += 1) {
    const top = numeral(s);
    slots.push({ path: top, marker: `${top}、`, depth: 1 });
    for (let c = 0; c < childCount[s]; c += 1, k += 1) {
      const mid = `${top}/（${numeral(c)}）`;
      slots.push({ path: mid, parent: top, marker: `（${numeral(c)}）`, depth: 2 });
      for (let g = 0; g < grandCount[k]; g += 1) slots.push({ path: `${mid}/${g + 1}`, parent: mid, marker: `${g + 1}.`, depth: 3 });
    }
  }
  return slots;
}
