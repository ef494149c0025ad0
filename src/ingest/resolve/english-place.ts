import { pinyin } from 'pinyin-pro';

/** Words of a place name that have an English form of their own. */
const PLACE_TYPES: readonly [RegExp, string][] = [
  [/自治县$/, 'Autonomous County'],
  [/新区$/, 'New Area'],
  [/区$/, 'District'],
  [/县$/, 'County'],
  [/市$/, 'Municipal'],
  [/省$/, 'Provincial'],
];

/** `北碚` → `Beibei`: pinyin without tones, run together, first letter capital (how place names are romanised). */
export function romanise(han: string): string {
  const syllables = pinyin(han, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join('');
  return syllables.charAt(0).toUpperCase() + syllables.slice(1);
}

/**
 * The English of a place as it stands before an office name: `重庆市` → `Chongqing Municipal`,
 * `北碚区` → `Beibei District`. Undefined for names that are not a plain place (`万盛经开区`).
 */
export function englishPlace(place: string): string | undefined {
  for (const [ending, english] of PLACE_TYPES) {
    const m = ending.exec(place);
    if (!m) continue;
    const stem = place.slice(0, m.index);
    if (!/^[\p{Script=Han}]{1,4}$/u.test(stem) || /经开|高新/.test(stem)) return undefined;
    return `${romanise(stem)} ${english}`;
  }
  return undefined;
}
