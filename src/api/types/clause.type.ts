import { Field, Int, ObjectType } from 'type-graphql';
import { NodeInterface } from './node.interface';

/** A clause of a document. Relational fields live in ClauseResolver. */
@ObjectType('Clause', {
  implements: NodeInterface,
  description: 'A numbered part of a document (条款), e.g. path 三/（二）/1 for 三、→（二）→ 1.',
})
export class ClauseType implements NodeInterface {
  id!: string;

  @Field({ description: 'Position in the clause tree, e.g. 三/（二）/1.' })
  path!: string;

  @Field(() => String, { nullable: true, description: 'Heading (标题), when the clause has one.' })
  heading!: string | null;

  @Field({ description: "The clause's own text, without its sub-clauses." })
  text!: string;

  @Field(() => Int, { nullable: true, description: 'Line of the document file where the clause starts (1-based).' })
  line!: number | null;

  @Field(() => Int, { nullable: true, description: 'Reading order within the document, from 0.' })
  order!: number | null;

  @Field(() => String, { nullable: true, description: 'Deadline of the task (完成时限), as written.' })
  deadline!: string | null;
}
