import type { EntityKind } from '../../../graph/node-kind';
import type { RelateInput } from '../../build/relate-input';
import { spanMention } from '../../build/relation-fact';
import type { TableCell } from '../../ingest-types';
import type { EntityMention } from '../../recognise';
import { cellSpan } from './cell-span';
import { splitUnits, type ListItem } from './split-units';

/** A name read from a list cell: its mention (normalised offsets) and whether it stands for many bodies. */
export interface CellEntity {
  mention: EntityMention;
  collective: boolean;
  /** Place in the list, from 0 (the first unit of a `责任单位` list may be the lead). */
  index: number;
}

/** A place word and one office character (`市局`, `区办`): what is left of a name cut at a page break, not a name. */
const DEBRIS = /^[市区县](?:局|办|厅|处)?$/;

/** Kinds a name's last word shows plainly, for names the recogniser did not take. */
const SUFFIX_KINDS: [RegExp, EntityKind][] = [
  [/(?:公司|集团|企业)[）)]?$/, 'Enterprise'],
  [/(?:大学|学院|学校|中学|小学)$/, 'School'],
  [/(?:工会|协会|学会|联合会|研究会)$/, 'Organization'],
];

function kindBySuffix(name: string): EntityKind | undefined {
  return SUFFIX_KINDS.find(([suffix]) => suffix.test(name))?.[1];
}

/** A town listed as a responsible unit (`凤来镇`) stands for its government. */
function townGovernment(name: string): string {
  return /^[\u4e00-\u9fff]{1,6}(?:镇|乡)$/.test(name) ? `${name}人民政府` : name;
}

/** The shortest item taken as a name when the recogniser finds none in it (shorter ones are page-break debris such as `委`). */
const MIN_UNNAMED = 3;

/**
 * The entities of one list item. The item is a name by the table's layout, so when the recogniser
 * finds nothing the item itself is taken with the column's kind; when it finds names glued together
 * by a lost separator (`市大数据发展局区县政府`), each is taken.
 */
function itemEntities(input: RelateInput, cell: TableCell, item: ListItem, kind: EntityKind): Omit<CellEntity, 'index'>[] {
  if (DEBRIS.test(item.text)) return [];
  // `〔〕` inside a name is a variant of `（）` the recogniser knows; both are one character, so offsets hold.
  const found = input.recognise(item.text.replace(/〔/g, '（').replace(/〕/g, '）'));
  const whole = found.find((m) => m.start === 0 && m.end === item.text.length);
  const at = (from: number, to: number) => cellSpan(cell, item.from + from, item.from + to);
  if (whole) {
    const mention = { ...whole, ...at(0, item.text.length), surface: item.text };
    return [{ mention, collective: item.collective || whole.generic }];
  }
  const named = found.filter((m) => m.end - m.start >= 2);
  const covered = named.reduce((n, m) => n + (m.end - m.start), 0);
  // Names that fill most of the item: the item is several names run together.
  if (named.length > 0 && covered >= item.text.length * 0.6) {
    return named.map((m) => ({ mention: { ...m, ...at(m.start, m.end) }, collective: item.collective || m.generic }));
  }
  if (item.text.length < MIN_UNNAMED && !item.collective) return [];
  return [{ mention: spanMention(kindBySuffix(item.text) ?? kind, townGovernment(item.text), at(0, item.text.length)), collective: item.collective }];
}

/** The names listed in a cell, in order; collective ones (`各街镇`) are marked, not dropped. */
export function cellEntities(input: RelateInput, cell: TableCell, kind: EntityKind): CellEntity[] {
  const out: CellEntity[] = [];
  for (const item of splitUnits(cell.text)) {
    for (const e of itemEntities(input, cell, item, kind)) out.push({ ...e, index: out.length });
  }
  return out;
}
