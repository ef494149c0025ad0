import { IsOptional, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';

/** Relay paging arguments; the upper bound of first/last is Config.maxPageSize, checked when paging. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, forward. Default 20, at most the server maximum.' })
  @IsOptional()
  @Min(0)
  @Max(10_000)
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor: items after this one.' })
  @IsOptional()
  @MaxLength(2000)
  after?: string | null;

  @Field(() => Int, { nullable: true, description: 'Page size, backward. At most the server maximum.' })
  @IsOptional()
  @Min(0)
  @Max(10_000)
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor: items before this one.' })
  @IsOptional()
  @MaxLength(2000)
  before?: string | null;
}
