import { pinyin } from 'pinyin-pro';

/** Lower-case letters and digits only: what a user types into a search box. */
function latin(text: string): string {
  return text.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * Search keys for a name typed in Latin letters: the full pinyin run together and its initials, lower case.
 * Latin words and digits in the name are kept whole in both (`华为 ICT 产业学院` → `huaweiictchanyexueyuan`,
 * `hwictcyxy`); punctuation is dropped. `重庆工业职业技术学院` → `chongqinggongyezhiyejishuxueyuan`, `cqgyzyjsxy`,
 * so `cqgy` finds it by prefix. Polyphones follow pinyin-pro's word dictionary (`重庆` → `chongqing`).
 */
export function pinyinKeys(name: string): string[] {
  const parts = pinyin(name.normalize('NFKC'), { type: 'all', toneType: 'none', nonZh: 'consecutive', v: true });
  let full = '';
  let initials = '';
  for (const part of parts) {
    if (part.isZh) {
      full += latin(part.pinyin);
      initials += latin(part.first);
    } else {
      full += latin(part.origin);
      initials += latin(part.origin);
    }
  }
  return full.length === 0 ? [] : [...new Set([full, initials])];
}

/** The pinyin keys of several names (a name and its aliases), each key once, in order. */
export function pinyinKeysOf(names: readonly string[]): string[] {
  return [...new Set(names.flatMap(pinyinKeys))];
}
