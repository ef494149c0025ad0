import type { DocumentKind, DocumentLevel } from '../../ingest-types';

/** Bodies of the central government: the State Council, the Party centre, national ministries and commissions. */
const NATIONAL = /^(?:国务院|中共中央|中央|全国|国家|中华人民共和国)|^[^省市区县]{2,14}(?:部|总局|总署)$/;
/** A district or county body, possibly written after its city (`重庆市武隆区人民政府办公室`). */
const DISTRICT = /^(?:[^省]{2,4}[省市])?[\u4e00-\u9fff]{1,6}?(?:区|县|自治县)(?!域)/;
const MUNICIPAL = /^[\u4e00-\u9fff]{2,8}?[省市]/;

/** The level of government a name belongs to, if it shows one. */
export function levelOfName(name: string): DocumentLevel | undefined {
  if (NATIONAL.test(name)) return 'national';
  if (DISTRICT.test(name)) return 'district';
  if (MUNICIPAL.test(name)) return 'municipal';
  return undefined;
}

/** The level of a 文号's issuer code: `国发`, `国办发` and ministry codes (`教职成`, `人社部发`) are national. */
export function levelOfDocNumber(docNumber: string): DocumentLevel | undefined {
  if (/^(?:国|中发|教|人社部|财|发改)/.test(docNumber)) return 'national';
  if (/^[渝川京津沪冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼贵黔云滇藏陕甘青宁新]/.test(docNumber)) return 'municipal';
  return undefined;
}

const KINDS: [RegExp, DocumentKind][] = [
  [/通知$/, '通知'],
  [/实施意见$/, '实施意见'],
  [/意见$/, '意见'],
  [/方案$/, '实施方案'],
  [/举措$/, '举措'],
  [/报告$/, '报告'],
  [/办法$/, '办法'],
  [/规划$/, '规划'],
];

/** The kind of document its title names, from the title's last word (a trailing `（2024年度）` ignored). */
export function kindOfTitle(title: string): DocumentKind {
  const bare = title.replace(/（[^（）]*）$/, '').replace(/[》〉」]$/, '');
  return KINDS.find(([re]) => re.test(bare))?.[1] ?? '其他';
}
