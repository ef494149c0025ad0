import { Length, Matches, MaxLength, MinLength } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';

/** A document to ingest. Its size limit (Config.maxDocumentBytes) is checked by the resolver. */
@ArgsType()
export class IngestDocumentArgs {
  @Field({ description: 'File name, e.g. 渝府发〔2019〕18号.txt; no folders.' })
  @Length(1, 255)
  @Matches(/^[^/\\\u0000]+$/, { message: 'filename must be a plain file name, without / or \\' })
  filename!: string;

  @Field({ description: 'The full text of the document (UTF-8).' })
  @MinLength(1)
  text!: string;
}

/** A new name for an entity. */
@ArgsType()
export class AddAliasArgs {
  @Field(() => ID)
  @MaxLength(2000)
  entity!: string;

  @Field()
  @Length(1, 200)
  @Matches(/\S/, { message: 'alias must not be blank' })
  alias!: string;
}

/** Two entities that are one. */
@ArgsType()
export class MergeEntitiesArgs {
  @Field(() => ID, { description: 'The entity that stays.' })
  @MaxLength(2000)
  keep!: string;

  @Field(() => ID, { description: 'The entity merged into `keep` and then deleted.' })
  @MaxLength(2000)
  drop!: string;
}
