import { Field, Float, ObjectType } from 'type-graphql';

/** A clause of another document with similar text. `clause` is resolved by ClauseResolver. */
@ObjectType('ClauseMatch', { description: 'A clause of another document with similar wording.' })
export class ClauseMatchType {
  @Field(() => Float, { description: 'Similarity 0..1 (Jaccard over character bigrams of the clause texts).' })
  score!: number;
}
