import type { EntityKind } from '../../../graph/node-kind';
import type { RelateInput } from '../../build/relate-input';
import { spanMention } from '../../build/relation-fact';
import type { EntityMention } from '../../recognise';
import { parseJurisdiction } from '../../resolve';

/** Who wrote a cited text, as the citing sentence says, and whether that makes it an internal rule rather than a policy. */
export interface CitationAuthor {
  issuers: EntityMention[];
  /** True when a school, firm or alliance made the cited text (`某学院制定《…管理办法》`): its own rules, not a policy. */
  internal: boolean;
}

/** Kinds whose own documents are internal rules, not policies. */
const NON_PUBLIC: ReadonlySet<EntityKind> = new Set(['School', 'Enterprise', 'Alliance', 'Community', 'IndustryCollege', 'Workshop', 'Project', 'Programme']);

/** A making verb right before the title, with the adverbs that go with it: `联合印发的`, `先后出台`, `在全国率先出台`. */
const MAKING = /(?:在全国)?(?:先后|率先|正式|相继|陆续|联合|还|又|均|分别)*(?:印发|出台|制定|发布|颁布|修订|编制)(?:了|的)*\s*$/;

/** `等十三部门`, `等五部门`: a list of issuers cut short. */
const AND_OTHERS = /等\s*[0-9一二三四五六七八九十]+\s*(?:个)?(?:部门|单位|部委)\s*$/;

/** Separators inside a list of issuers. */
const LIST_GAP = /^[、，,和与及\s]*$/;

/** A district or county opening a sentence (`涪陵区先后出台…`): its government is the subject. */
const PLACE_SUBJECT = /^(?:重庆市)?((?![全各该本我])[\u4e00-\u9fff]{1,4}?(?:区|县|自治县))(?=[\u4e00-\u9fff])/;

const SENTENCE_END = /[。！？!?\n]/;
const CLAUSE_END = /[；;]/;

/** The start of the sentence (or, with `clauses`, of the `；` part) that holds `at`, at most `limit` characters back. */
function sentenceStart(text: string, at: number, clauses: boolean, limit = 160): number {
  for (let i = at - 1; i >= Math.max(0, at - limit); i--) if (SENTENCE_END.test(text[i]) || (clauses && CLAUSE_END.test(text[i]))) return i + 1;
  return Math.max(0, at - limit);
}

/** Mentions listed right before `end`, separated only by `、` or `和` (`人力资源社会保障部、国家发展改革委、财政部`). */
function namesEndingAt(mentions: readonly EntityMention[], text: string, end: number, from: number): EntityMention[] {
  const out: EntityMention[] = [];
  let at = end;
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m.end > at || m.start < from) continue;
    if (!LIST_GAP.test(text.slice(m.end, at)) || (out.length === 0 && m.end !== at)) break;
    out.unshift(m);
    at = m.start;
  }
  return out.filter((m) => !m.generic);
}

/** Mentions of the whole text that lie in `[from, to)`, in order. */
function mentionsIn(mentions: readonly EntityMention[], from: number, to: number): EntityMention[] {
  return mentions.filter((m) => m.start >= from && m.end <= to);
}

/**
 * The authors of the text cited at `at` (the `《`): the names written right before the title
 * (`根据教育部办公厅《…》`, `教育部等五部门印发的《…》`), else, when a making verb precedes the title,
 * the subject that opens the sentence (`涪陵区先后出台《…》`). A place that is the citing document's
 * own (`重庆市制定…` in a Chongqing report) is the writer speaking of itself and names no author.
 */
export function findCitationAuthor(input: RelateInput, at: number, ownPlace: string | undefined): CitationAuthor {
  const { text } = input.doc.normalised;
  const from = sentenceStart(text, at, true);
  let end = at;
  const making = MAKING.exec(text.slice(from, at));
  if (making) end = from + making.index;
  const others = AND_OTHERS.exec(text.slice(from, end));
  if (others) end = from + others.index;
  const direct = namesEndingAt(input.mentions, text, end, from);
  if (direct.length > 0) return { issuers: direct, internal: direct.some((m) => NON_PUBLIC.has(m.kind)) };
  if (!making) return { issuers: [], internal: false };
  // `X设置…；制定《…》`: a part after `；` without its own subject has the sentence's.
  const subjectFrom = end - from <= 2 ? sentenceStart(text, at, false) : from;
  const opening = mentionsIn(input.mentions, subjectFrom, end).find((m) => !m.generic && m.start - subjectFrom <= 2);
  if (opening) return { issuers: NON_PUBLIC.has(opening.kind) ? [] : [opening], internal: NON_PUBLIC.has(opening.kind) };
  const place = PLACE_SUBJECT.exec(text.slice(subjectFrom, at));
  if (!place) return { issuers: [], internal: false };
  const district = parseJurisdiction(place[1]).district ?? place[1];
  if (ownPlace && district === ownPlace) return { issuers: [], internal: false };
  const start = subjectFrom + place.index + place[0].length - place[1].length;
  return { issuers: [spanMention('GovernmentBody', `${place[1]}人民政府`, { start, end: start + place[1].length })], internal: false };
}

/** Issuers named at the head of a title: `教育部 重庆市人民政府关于…`, `教育部等十部门关于…`. */
export function issuersInTitle(input: RelateInput, titleStart: number, titleEnd: number): EntityMention[] {
  const { text } = input.doc.normalised;
  const about = text.indexOf('关于', titleStart);
  if (about < 0 || about >= titleEnd) return [];
  let head = text.slice(titleStart, about);
  const others = AND_OTHERS.exec(head);
  if (others) head = head.slice(0, others.index);
  if (head.trim() === '') return [];
  const found = input.recognise(head).filter((m) => !m.generic && !NON_PUBLIC.has(m.kind));
  const covered = found.reduce((n, m) => n + m.end - m.start, 0);
  // Only a head made of names is a list of issuers (`关于` may also follow a topic).
  if (covered < head.replace(/[\s、，]/g, '').length * 0.8) return [];
  return found.map((m) => ({ ...m, start: titleStart + m.start, end: titleStart + m.end }));
}
