import type { RelateInput } from '../../build/relate-input';
import type { FactEnd, RelationFact, Span } from '../../build/relation-fact';
import { parseJurisdiction } from '../../resolve';
import { findBareNumbers } from './bare-numbers';
import { clauseAt } from './clause-at';
import { findCitationAuthor, issuersInTitle, type CitationAuthor } from './citation-author';
import { isPolicyTitle, numbersByTitle, policyStub, resolveCitation, type CitationContext, type CitedPolicy } from './cited-policy';
import { findCitations, titleKey, type Citation } from './find-citations';

/** Texts still being written are not policies yet. */
const BEING_WRITTEN = /(?:研制|起草|草拟|推动出台|拟出台|拟制定|正在制定|启动编制)\s*$/;

/** Words before a title that say the document rests on it. */
const BASIS = /根据|依据|按照|遵照|贯彻|落实|执行|对照|依照/;

/** What may stand between two titles of one list. */
const LIST_GAP = /^[、，,和及与以及\s]*$/;

const HOW = { extractor: 'citations@1', confidence: 0.85 };
const ISSUER_HOW = { extractor: 'citation-issuers@1', confidence: 0.75 };

/** The document cites the policy, and so does the clause the citation sits in. */
function citeFacts(input: RelateInput, policy: CitedPolicy, span: Span, basis: boolean): RelationFact[] {
  const target: FactEnd = { kind: 'node', node: policy.node };
  const properties = { basis };
  const facts: RelationFact[] = [{ type: 'CITES', source: { kind: 'document' }, target, spans: [span], properties, ...HOW }];
  const clause = clauseAt(input.doc.clauses, span.start);
  if (clause) facts.push({ type: 'CITES', source: { kind: 'clause', path: clause.path }, target, spans: [span], properties, ...HOW });
  return facts;
}

/** How a citation is read in its sentence: who wrote the cited text, and whether the citing text rests on it. */
interface Reading {
  end: number;
  author: CitationAuthor;
  basis: boolean;
}

/** Reads a citation in its sentence; a title listed right after another (`制定《A》《B》`) shares its reading unless it names its own issuers. */
function readCitation(input: RelateInput, c: Citation, previous: Reading | undefined, ownPlace: string | undefined, titleIssuers: number): Reading {
  const { text } = input.doc.normalised;
  if (previous && titleIssuers === 0 && LIST_GAP.test(text.slice(previous.end, c.at))) return { ...previous, end: c.span.end };
  const before = text.slice(Math.max(0, c.at - 30), c.at).split(/[。；;\n]/).pop() ?? '';
  return { end: c.span.end, author: findCitationAuthor(input, c.at, ownPlace), basis: BASIS.test(before) };
}

/**
 * CITES facts of a document: each `《title》` that names a policy (a law, plan, opinion, notice …,
 * or any title followed by its 文号) → a Policy node by 文号 (so the stub and the real document meet
 * when it is ingested), else by title; a title cited once with its 文号 keeps that 文号 wherever it is
 * cited again, and a short title (`《若干措施》`) is the last longer one it ends. The citing document
 * and the clause holding the citation both CITE (`basis: true` when the text rests on it); the authors
 * the title or the sentence names are ISSUED_BY facts of the cited policy. Drafts, the document's own
 * title and a school's or firm's own rules are not citations. A 文号 written alone is a citation too.
 */
export function extractCitationFacts(input: RelateInput): RelationFact[] {
  const { doc } = input;
  const own = new Set([doc.metadata.title, doc.metadata.subjectTitle].filter((t): t is string => !!t).map(titleKey));
  const place = parseJurisdiction(doc.metadata.issuers[0] ?? doc.metadata.title);
  const citations = findCitations(doc.normalised.text);
  const ctx: CitationContext & { earlier: { key: string; policy: CitedPolicy }[] } = { numberOf: numbersByTitle(citations), knownTitles: input.knownTitles, earlier: [] };
  const facts: RelationFact[] = [];
  let previous: Reading | undefined;
  for (const c of citations) {
    const key = titleKey(c.title);
    if (own.has(key) || (c.innerTitle && own.has(titleKey(c.innerTitle)))) continue;
    if (!c.docNumber && (!isPolicyTitle(c.title) || BEING_WRITTEN.test(doc.normalised.text.slice(Math.max(0, c.at - 8), c.at)))) continue;
    const inTitle = issuersInTitle(input, c.at + 1, c.span.end);
    const reading = (previous = readCitation(input, c, previous, place.district ?? place.municipality, inTitle.length));
    if (reading.author.internal && !c.docNumber) continue;
    const policy = resolveCitation(c, ctx);
    if (!policy) continue;
    ctx.earlier.push({ key, policy });
    facts.push(...citeFacts(input, policy, c.span, reading.basis));
    for (const issuer of [...inTitle, ...reading.author.issuers]) {
      facts.push({ type: 'ISSUED_BY', source: { kind: 'node', node: policy.node }, target: { kind: 'entity', mention: issuer }, spans: [{ start: issuer.start, end: issuer.end }], ...ISSUER_HOW });
    }
  }
  for (const bare of findBareNumbers(input, citations)) {
    const before = doc.normalised.text.slice(Math.max(0, bare.span.start - 12), bare.span.start);
    facts.push(...citeFacts(input, policyStub(undefined, bare.docNumber, [], bare.span), bare.span, BASIS.test(before)));
  }
  return facts;
}
