import { ObjectType } from 'type-graphql';
import { ENTITY_KINDS, type EntityKind } from '../../graph/node-kind';
import { EntityInterface } from './entity.interface';
import { NodeInterface } from './node.interface';

const DESCRIPTIONS: Record<EntityKind, string> = {
  School: 'A school, college or university (学校 / 院校).',
  Enterprise: 'A company or enterprise (企业).',
  GovernmentBody: 'A government department or body (政府部门 / 机关).',
  Alliance: 'An industry-education alliance or consortium (产教联合体 / 联盟).',
  Community: 'A community of practice or co-operation (共同体).',
  Workshop: 'A workshop abroad or at home, such as a Luban Workshop (鲁班工坊 / 工坊).',
  IndustryCollege: 'An industry college run with enterprises (产业学院).',
  Programme: 'A programme, plan or scheme (计划 / 项目群).',
  Project: 'A project or listed task (项目 / 揭榜项目).',
  Organization: 'Any other organisation (组织 / 机构).',
  Country: 'A country or region (国家 / 地区).',
};

/** One object type per entity kind, all alike: they differ only by name, so they are made in a loop. */
function entityObjectType(kind: EntityKind): Function {
  @ObjectType(kind, { implements: [NodeInterface, EntityInterface], description: DESCRIPTIONS[kind] })
  class EntityKindType {}
  return EntityKindType;
}

/** The object type classes of the entity kinds, in ENTITY_KINDS order. */
export const ENTITY_OBJECT_TYPES: Function[] = ENTITY_KINDS.map(entityObjectType);
