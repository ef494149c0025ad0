/** The relation vocabulary, with the wording in the source text that each one stands for. */
export const RELATION_TYPES = {
  LEADS: { en: 'Lead unit of a task or body', zh: '牵头单位' },
  RESPONSIBLE_FOR: { en: 'Unit responsible for a task', zh: '责任单位' },
  BIDS_FOR: { en: 'Takes up a listed project (jiebang)', zh: '揭榜单位 → 揭榜项目' },
  RELIES_ON: { en: 'A project relies on an alliance', zh: '揭榜项目依托联合体' },
  PARTNERS_WITH: { en: 'Builds or runs something together with', zh: '共建 / 联合 / 合作' },
  MEMBER_OF: { en: 'Member of an alliance, community or group', zh: '成员单位' },
  OPERATES: { en: 'Runs an industry college, workshop or programme', zh: '举办 / 建设 / 运营' },
  LOCATED_IN: { en: 'A programme or body is located in a country or place', zh: '位于' },
  CITES: { en: 'A document or clause cites a policy it rests on', zh: '依据 / 引用' },
  ISSUED_BY: { en: 'A document is issued by a body', zh: '发文单位' },
  RENAMED_TO: { en: 'Re-established or renamed as', zh: '更名为' },
  MENTIONS: { en: 'A clause mentions an entity', zh: '提及' },
  CONTAINS: { en: 'A document or clause contains a clause', zh: '包含条款' },
} as const;

/** A relation type; also its Neo4j relationship type (an allow-list: types never come from input). */
export type RelationType = keyof typeof RELATION_TYPES;

export const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as RelationType[];

/** True when `value` names a relation type. */
export function isRelationType(value: string): value is RelationType {
  return Object.prototype.hasOwnProperty.call(RELATION_TYPES, value);
}
