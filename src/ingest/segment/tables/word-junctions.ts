import { cut } from 'jieba-wasm';
import type { Fragment } from './fragment';

/**
 * For each fragment, whether it must continue the previous fragment's cell: the line break between
 * them falls inside a word (`柬埔|寨`, `有限公|司`), the previous one ends on a mark that cannot end
 * a cell (`、` `，` an opening bracket), or this one starts with a closing mark. Cell borders fall
 * between words; line wraps inside a cell fall anywhere.
 */
export function findWordJunctions(fragments: readonly Fragment[]): boolean[] {
  return fragments.map((f, i) => {
    if (i === 0 || f.gapBefore) return false;
    const prev = fragments[i - 1].text;
    if ('、，（“《〈'.includes(prev.slice(-1)) || '、，。）”》〉；：'.includes(f.text[0])) return true;
    return splitsWord(prev.slice(-6), f.text.slice(0, 6));
  });
}

function splitsWord(left: string, right: string): boolean {
  let at = 0;
  // jieba-wasm, as the recogniser uses: one dictionary load per process, on first use.
  for (const word of cut(left + right, false)) {
    const end = at + word.length;
    if (at < left.length && end > left.length) return true;
    at = end;
  }
  return false;
}
