import { IsOptional, MaxLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import type { EntityKind } from '../../graph/node-kind';
import { EntityKindEnum } from '../types/enums';
import { PageArgs } from './page.args';

/** Which entities to list. */
@ArgsType()
export class EntitiesArgs extends PageArgs {
  @Field(() => EntityKindEnum, { nullable: true, description: 'Only this kind; all entity kinds when omitted.' })
  kind?: EntityKind | null;

  @Field(() => String, { nullable: true, description: 'Case-insensitive part of the name or of an alias.' })
  @IsOptional()
  @MaxLength(200)
  nameContains?: string | null;
}

/** Which documents to list. */
@ArgsType()
export class DocumentsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Case-insensitive part of the title or of an alias.' })
  @IsOptional()
  @MaxLength(200)
  titleContains?: string | null;
}
