import { Field, Int, ObjectType } from 'type-graphql';

/** One place an entity is mentioned. Relational fields live in MentionResolver. */
@ObjectType('Mention', { description: 'One place a document mentions an entity, with the verbatim quote.' })
export class MentionType {
  @Field({ description: 'The verbatim text of the mention.' })
  quote!: string;

  @Field(() => Int, { description: 'Line of the document file where the quote starts.' })
  line!: number;

  @Field(() => String, { nullable: true, description: 'Date of the document (YYYY-MM-DD), the order of a trace.' })
  date!: string | null;
}
