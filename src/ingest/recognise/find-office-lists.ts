import type { EntityMention } from './entity-mention';
import { placeAtStart } from './place-at-start';

/** An office written without its place, as later items of a list are: `经济运行局`, `发展改革委`. */
const OFFICE_ITEM = /^[\p{Script=Han}]{1,12}?(局|委|办|厅|中心|室|处)$/u;
const ITEM_END = /[、，,；;。：:\n（(等]/;

/** Mentions to add and mentions they replace. */
export interface OfficeListResult {
  add: EntityMention[];
  drop: Set<EntityMention>;
}

/**
 * In `两江新区社会保障局、经济运行局、财政局` the later offices belong to the place the first one names.
 * Each such item becomes a named office whose `fullForm` carries the place (`两江新区经济运行局`); after a
 * plural (`各区县人力社保局、财政局`) the items are plural too.
 */
export function findOfficeLists(text: string, mentions: readonly EntityMention[]): OfficeListResult {
  const add: EntityMention[] = [];
  const drop = new Set<EntityMention>();
  for (const head of mentions) {
    if (head.kind !== 'GovernmentBody') continue;
    const place = placeAtStart(head.surface);
    const plural = head.generic && head.surface.startsWith('各');
    if (!plural && (head.generic || place === '' || place === head.surface)) continue;
    let pos = head.end;
    while (text[pos] === '、') {
      const start = pos + 1;
      let end = start;
      while (end < text.length && !ITEM_END.test(text[end])) end++;
      const item = text.slice(start, end);
      if (!OFFICE_ITEM.test(item) || placeAtStart(item) !== '' || /^[市区县]/.test(item)) break;
      const inside = mentions.filter((m) => m.end > start && m.start < end);
      if (inside.some((m) => m.start < start || m.end > end)) break;
      inside.forEach((m) => drop.add(m));
      add.push({ kind: 'GovernmentBody', surface: item, start, end, generic: plural, ...(plural ? {} : { fullForm: place + item }) });
      pos = end;
    }
  }
  return { add, drop };
}
