import { Field, ObjectType } from 'type-graphql';
import { NodeInterface } from './node.interface';

/** A policy document: its metadata as read from its own text. Relational fields live in DocumentResolver. */
@ObjectType('Document', {
  implements: NodeInterface,
  description: 'A policy document (政策文件). Documents that are only cited have `inCorpus: false` and few facts.',
})
export class DocumentType implements NodeInterface {
  id!: string;

  @Field({ description: 'Title (标题).' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Document number (文号), e.g. 渝府发〔2019〕18号.' })
  docNumber!: string | null;

  @Field(() => [String], { description: 'Issuing bodies (发文单位), as written.' })
  issuers!: string[];

  @Field(() => String, { nullable: true, description: 'Date issued (成文日期), YYYY-MM-DD.' })
  date!: string | null;

  @Field(() => String, { nullable: true, description: 'national, municipal or district.' })
  level!: string | null;

  @Field(() => String, { name: 'kind', nullable: true, description: 'Kind of document (文种): 通知, 实施方案, 报告 …' })
  docKind!: string | null;

  @Field({ description: 'True when the full text was ingested; false for documents known only by citation.' })
  inCorpus!: boolean;

  @Field(() => String, { nullable: true, description: 'File the document was ingested from.' })
  file!: string | null;
}
