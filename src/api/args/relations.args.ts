import { ArrayNotEmpty, IsOptional } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import type { RelationType } from '../../graph/relation-type';
import type { Direction } from '../../store/graph-store.port';
import { DirectionEnum, RelationTypeEnum } from '../types/enums';
import { PageArgs } from './page.args';

/** Which relations of an entity to list. */
@ArgsType()
export class RelationsArgs extends PageArgs {
  @Field(() => [RelationTypeEnum], { nullable: true, description: 'Only these types; all when omitted.' })
  @IsOptional()
  @ArrayNotEmpty()
  types?: RelationType[] | null;

  @Field(() => DirectionEnum, { nullable: true, description: 'OUT, IN or BOTH (default).' })
  direction?: Direction | null = 'BOTH';
}
