import { policyId } from '../../../graph/ids';
import type { RelateInput } from '../../build/relate-input';
import type { FactEnd, NodeDraft, RelationFact, Span } from '../../build/relation-fact';
import { parseJurisdiction } from '../../resolve';
import { clauseAt } from './clause-at';
import { findCitationAuthor, issuersInTitle, type CitationAuthor } from './citation-author';
import { canonicalDocNumber, findCitations, titleKey, type Citation } from './find-citations';

/** Last words of a policy's title (a law, plan, opinion, notice …), after a closing `（2023年）` or `（试行）`. */
const POLICY_TITLE = /(?:方案|意见|通知|办法|条例|法|规划|计划|措施|指南|决定|纲要|规定|细则|政策|规则|目录|清单|地图|要点|决议|公告|通告|批复)(?:[（(][^（）()]{1,16}[）)])?$/;

/** Drafts and texts still being written are not policies yet. */
const DRAFT = /草案|征求意见稿|送审稿|讨论稿/;
const BEING_WRITTEN = /(?:研制|起草|草拟|推动出台|拟出台|拟制定|正在制定|启动编制)\s*$/;

/** Words before a title that say the document rests on it. */
const BASIS = /根据|依据|按照|遵照|贯彻|落实|执行|对照|依照/;

/** Shortest title that names a policy on its own; shorter ones (`《条例》`, `《若干措施》`) refer back to one cited before. */
const MIN_STANDALONE = 5;

/** A 文号 standing alone in the text (`按照渝府发〔2019〕18号文件要求`); the issuer code is cut from the words before it. */
const BARE_NUMBER = /([\u4e00-\u9fff]{2,14})[〔［\[（(]\s*(\d{4})\s*[〕］\]）)]\s*(\d{1,5})\s*号/g;

/** Words that may run into an issuer code (`按照渝府发`): the code starts after the last of them. */
const LEAD_WORDS = /^.*(?:按照|根据|依据|依照|参照|对照|落实|贯彻|执行|印发|转发|见|及|和|与)/;

/** What is left must be a short run of Chinese characters (`渝府发`, `教职成司函`, `渝发改社会`). */
const ISSUER_CODE = /^[\u4e00-\u9fff]{2,10}$/;

/** What may stand between two titles of one list. */
const LIST_GAP = /^[、，,和及与以及\s]*$/;

const HOW = { extractor: 'citations@1', confidence: 0.85 };
const ISSUER_HOW = { extractor: 'citation-issuers@1', confidence: 0.75 };

/** A cited policy, by the id it will have once ingested: its 文号 when known, else its title. */
interface CitedPolicy {
  id: string;
  node: NodeDraft;
}

function stub(title: string | undefined, docNumber: string | undefined, aliases: string[], span: Span): CitedPolicy {
  const name = title ?? docNumber ?? '';
  const id = policyId(docNumber, name);
  const properties = { title: name, inCorpus: false, ...(docNumber ? { docNumber } : {}) };
  const node: NodeDraft = { id, kind: 'Policy', name, aliases: aliases.filter((a) => a !== name), properties, spans: [span] };
  return { id, node };
}

function isPolicyTitle(title: string): boolean {
  return POLICY_TITLE.test(title) && !DRAFT.test(title);
}

/**
 * CITES facts of a document: each `《title》` that names a policy (a law, plan, opinion, notice …,
 * or any title followed by its 文号) → a Policy node by 文号 (so the stub and the real document meet
 * when it is ingested), else by title; a title cited once with its 文号 keeps that 文号 wherever it is
 * cited again, and a short title (`《若干措施》`) is the last longer one it ends. The citing document
 * and the clause holding the citation both CITE; the authors the sentence names are ISSUED_BY facts of
 * the cited policy. Drafts, the document's own title and a school's or firm's own rules are not citations.
 */
export function extractCitationFacts(input: RelateInput): RelationFact[] {
  const { doc } = input;
  const { text } = doc.normalised;
  const own = new Set([doc.metadata.title, doc.metadata.subjectTitle].filter((t): t is string => !!t).map(titleKey));
  const ownPlace = parseJurisdiction(doc.metadata.issuers[0] ?? doc.metadata.title);
  const numberOf = new Map<string, string>();
  const citations = findCitations(text);
  for (const c of citations) {
    if (!c.docNumber) continue;
    numberOf.set(titleKey(c.title), c.docNumber);
    if (c.innerTitle) numberOf.set(titleKey(c.innerTitle), c.docNumber);
  }
  const facts: RelationFact[] = [];
  const cited: { key: string; policy: CitedPolicy }[] = [];
  let previous: { end: number; author: CitationAuthor; basis: boolean } | undefined;
  for (const c of citations) {
    const key = titleKey(c.title);
    if (own.has(key) || (c.innerTitle && own.has(titleKey(c.innerTitle)))) continue;
    if (!c.docNumber && (!isPolicyTitle(c.title) || BEING_WRITTEN.test(text.slice(Math.max(0, c.at - 8), c.at)))) continue;
    // `制定《A》《B》`, `《A》和《B》`: a title listed right after another has the same authors, unless it names its own.
    const inTitle = issuersInTitle(input, c.at + 1, c.span.end);
    const listed = previous && inTitle.length === 0 && LIST_GAP.test(text.slice(previous.end, c.at));
    const author = listed && previous ? previous.author : findCitationAuthor(input, c.at, ownPlace.district ?? ownPlace.municipality);
    const basis = (listed && previous?.basis) || BASIS.test(text.slice(Math.max(0, c.at - 30), c.at).split(/[。；;\n]/).pop() ?? '');
    previous = { end: c.span.end, author, basis };
    if (author.internal && !c.docNumber) continue;
    const policy = citedPolicy(input, c, key, numberOf, cited);
    if (!policy) continue;
    cited.push({ key, policy });
    facts.push(...citeFacts(input, policy, c.span, basis));
    const issuers = [...inTitle, ...author.issuers];
    for (const issuer of issuers) {
      facts.push({ type: 'ISSUED_BY', source: { kind: 'node', node: policy.node }, target: { kind: 'entity', mention: issuer }, spans: [{ start: issuer.start, end: issuer.end }], ...ISSUER_HOW });
    }
  }
  facts.push(...bareNumberFacts(input, citations));
  return facts;
}

/** The policy a citation names, or undefined for a short back-reference with nothing to refer to. */
function citedPolicy(input: RelateInput, c: Citation, key: string, numberOf: ReadonlyMap<string, string>, cited: readonly { key: string; policy: CitedPolicy }[]): CitedPolicy | undefined {
  const aliases = [c.innerTitle, c.docNumber].filter((a): a is string => !!a);
  const docNumber = c.docNumber ?? numberOf.get(key);
  if (docNumber) return stub(c.title, docNumber, aliases, c.span);
  const known = input.knownTitles?.get(key);
  if (known) return { id: known, node: { ...stub(c.title, undefined, aliases, c.span).node, id: known } };
  if (key.length < MIN_STANDALONE) {
    const earlier = [...cited].reverse().find((x) => x.key.endsWith(key));
    return earlier ? { id: earlier.policy.id, node: { ...earlier.policy.node, spans: [c.span] } } : undefined;
  }
  return stub(c.title, undefined, aliases, c.span);
}

/** The document cites the policy, and so does the clause the citation sits in. */
function citeFacts(input: RelateInput, policy: CitedPolicy, span: Span, basis: boolean): RelationFact[] {
  const target: FactEnd = { kind: 'node', node: policy.node };
  const properties = { basis };
  const facts: RelationFact[] = [{ type: 'CITES', source: { kind: 'document' }, target, spans: [span], properties, ...HOW }];
  const clause = clauseAt(input.doc.clauses, span.start);
  if (clause) facts.push({ type: 'CITES', source: { kind: 'clause', path: clause.path }, target, spans: [span], properties, ...HOW });
  return facts;
}

/** 文号 written without a title (and not the document's own): the document cites that policy by number. */
function bareNumberFacts(input: RelateInput, citations: readonly Citation[]): RelationFact[] {
  const { text } = input.doc.normalised;
  const taken = (at: number) => citations.some((c) => c.span.start <= at && at < c.span.end);
  const ownSpans = input.doc.metadata.spans.docNumber ?? [];
  const facts: RelationFact[] = [];
  for (const m of text.matchAll(BARE_NUMBER)) {
    const at = m.index ?? 0;
    if (taken(at + m[1].length) || ownSpans.some((s) => s.start <= at && at < s.end)) continue;
    const code = m[1].replace(LEAD_WORDS, '');
    if (!ISSUER_CODE.test(code)) continue;
    const docNumber = canonicalDocNumber(code, m[2], m[3]);
    if (docNumber === input.doc.metadata.docNumber) continue;
    const start = at + m[1].length - code.length;
    const span = { start, end: at + m[0].length };
    facts.push(...citeFacts(input, stub(undefined, docNumber, [], span), span, BASIS.test(text.slice(Math.max(0, at - 12), at))));
  }
  return facts;
}
