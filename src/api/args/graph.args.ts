import { ArrayNotEmpty, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Float, ID, Int } from 'type-graphql';
import type { EntityKind } from '../../graph/node-kind';
import type { RelationType } from '../../graph/relation-type';
import { EntityKindEnum, RelationTypeEnum } from '../types/enums';

/** Full-text search. */
@ArgsType()
export class SearchArgs {
  @Field({ description: 'Words or a phrase, Chinese or Latin.' })
  @Length(1, 200)
  query!: string;

  @Field(() => [EntityKindEnum], { nullable: true, description: 'Only entities of these kinds; when omitted, documents and clauses are searched too.' })
  @IsOptional()
  @ArrayNotEmpty()
  kinds?: EntityKind[] | null;

  @Field(() => Int, { nullable: true, description: 'How many hits, at most 100.' })
  @IsOptional()
  @Min(1)
  @Max(100)
  first?: number | null = 10;
}

/** The graph around a node. */
@ArgsType()
export class NeighbourhoodArgs {
  @Field(() => ID)
  @MaxLength(2000)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'Hops from the node, 1 to 3.' })
  @IsOptional()
  @Min(1)
  @Max(3)
  depth?: number | null = 1;

  @Field(() => [RelationTypeEnum], { nullable: true, description: 'Follow only these relation types.' })
  @IsOptional()
  @ArrayNotEmpty()
  types?: RelationType[] | null;

  @Field(() => Int, { nullable: true, description: 'Most nodes to return; default and ceiling: the server page-size maximum.' })
  @IsOptional()
  @Min(1)
  @Max(10_000)
  maxNodes?: number | null;
}

/** Shortest paths between two nodes. */
@ArgsType()
export class PathsArgs {
  @Field(() => ID)
  @MaxLength(2000)
  from!: string;

  @Field(() => ID)
  @MaxLength(2000)
  to!: string;

  @Field(() => Int, { nullable: true, description: 'Longest path to look for, 1 to 6 relations.' })
  @IsOptional()
  @Min(1)
  @Max(6)
  maxHops?: number | null = 4;

  @Field(() => [RelationTypeEnum], { nullable: true, description: 'Follow only these relation types.' })
  @IsOptional()
  @ArrayNotEmpty()
  types?: RelationType[] | null;

  @Field(() => Int, { nullable: true, description: 'How many paths, at most 50.' })
  @IsOptional()
  @Min(1)
  @Max(50)
  first?: number | null = 10;
}

/** Similar clauses. */
@ArgsType()
export class SimilarArgs {
  @Field(() => Float, { nullable: true, description: 'Lowest similarity to return, 0..1.' })
  @IsOptional()
  @Min(0)
  @Max(1)
  minScore?: number | null = 0.3;

  @Field(() => Int, { nullable: true, description: 'How many matches, at most 100.' })
  @IsOptional()
  @Min(1)
  @Max(100)
  first?: number | null = 10;
}
