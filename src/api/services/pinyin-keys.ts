import { pinyinKeys as searchKeys } from '../../graph/pinyin-keys';

/** How a name is typed on a Latin keyboard: full pinyin and initials, lower case, letters and digits only. */
export interface PinyinKeys {
  full: string;
  initials: string;
}

/** Lower-case letters and digits only: how pinyin keys and queries are compared. */
export function normaliseLatinKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Pinyin keys of a Chinese name, e.g. 重庆电子工程职业学院 → chongqingdianzigongchengzhiyexueyuan / cqdzgczyxy. */
export function pinyinKeys(name: string): PinyinKeys {
  const [full = '', initials = full] = searchKeys(name);
  return { full, initials };
}

/** True when `query` is something a person types for pinyin (Latin letters, spaces, digits). */
export function looksLikePinyin(query: string): boolean {
  return /^[A-Za-z][A-Za-z0-9 '-]*$/.test(query.trim());
}
