import { Field, Float, Int, ObjectType } from 'type-graphql';

/** Where a fact was read. `document`, `clause` and `citation` are resolved by EvidenceResolver. */
@ObjectType('Evidence', { description: 'Where a fact was read: a verbatim quote of a document, with its place.' })
export class EvidenceType {
  @Field(() => Int, { description: 'Line of the document file where the quote starts (1-based).' })
  line!: number;

  @Field(() => Int, { description: 'Character offset of the quote in the document file.' })
  start!: number;

  @Field(() => Int, { description: 'Character offset just past the quote.' })
  end!: number;

  @Field({ description: 'The verbatim text the fact was read from.' })
  quote!: string;

  @Field(() => Float, { nullable: true, description: 'How sure the extractor is, 0..1.' })
  confidence?: number;

  @Field(() => String, { nullable: true, description: 'Extractor name and version, e.g. table-3-1@1.' })
  extractor?: string;
}
