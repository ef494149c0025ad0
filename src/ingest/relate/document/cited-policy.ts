import { policyId } from '../../../graph/ids';
import type { NodeDraft, Span } from '../../build/relation-fact';
import { titleKey, type Citation } from './find-citations';

/** A cited policy, by the id it will have once ingested: its 文号 when known, else its title. */
export interface CitedPolicy {
  id: string;
  node: NodeDraft;
}

/** Last words of a policy's title (a law, plan, opinion, notice …), after a closing `（2023年）` or `（试行）`. */
const POLICY_TITLE = /(?:方案|意见|通知|办法|条例|法|规划|计划|措施|指南|决定|纲要|规定|细则|政策|规则|目录|清单|地图|要点|决议|公告|通告|批复)(?:[（(][^（）()]{1,16}[）)])?$/;

/** Drafts are not policies yet. */
const DRAFT = /草案|征求意见稿|送审稿|讨论稿/;

/** Shortest title that names a policy on its own; shorter ones (`《条例》`, `《若干措施》`) refer back to one cited before. */
const MIN_STANDALONE = 5;

/** True when a title without 文号 names a policy (a law, plan, opinion …), not a book, course or newspaper. */
export function isPolicyTitle(title: string): boolean {
  return POLICY_TITLE.test(title) && !DRAFT.test(title);
}

/** The node of a cited policy not (yet) ingested: `inCorpus: false`, keyed by 文号 when there is one. */
export function policyStub(title: string | undefined, docNumber: string | undefined, aliases: readonly string[], span: Span): CitedPolicy {
  const name = title ?? docNumber ?? '';
  const id = policyId(docNumber, name);
  const properties = { title: name, inCorpus: false, ...(docNumber ? { docNumber } : {}) };
  const node: NodeDraft = { id, kind: 'Policy', name, aliases: aliases.filter((a) => a !== name), properties, spans: [span] };
  return { id, node };
}

/** The 文号 each title is cited with somewhere in the text (the promulgated inner title too). */
export function numbersByTitle(citations: readonly Citation[]): Map<string, string> {
  const numberOf = new Map<string, string>();
  for (const c of citations) {
    if (!c.docNumber) continue;
    numberOf.set(titleKey(c.title), c.docNumber);
    if (c.innerTitle) numberOf.set(titleKey(c.innerTitle), c.docNumber);
  }
  return numberOf;
}

/** What a citation can be resolved against: 文号 seen in the text, the run's documents, the policies cited before it. */
export interface CitationContext {
  numberOf: ReadonlyMap<string, string>;
  knownTitles?: ReadonlyMap<string, string>;
  earlier: readonly { key: string; policy: CitedPolicy }[];
}

/**
 * The policy a citation names: by its own 文号 or the one the text gives the title elsewhere; else a
 * document of the run with that title; else, for a short title, the last longer one cited before that
 * it ends (undefined when there is none); else a stub by title.
 */
export function resolveCitation(c: Citation, ctx: CitationContext): CitedPolicy | undefined {
  const key = titleKey(c.title);
  const aliases = [c.innerTitle, c.docNumber].filter((a): a is string => !!a);
  const docNumber = c.docNumber ?? ctx.numberOf.get(key);
  if (docNumber) return policyStub(c.title, docNumber, aliases, c.span);
  const known = ctx.knownTitles?.get(key);
  if (known) return { id: known, node: { ...policyStub(c.title, undefined, aliases, c.span).node, id: known } };
  if (key.length < MIN_STANDALONE) {
    const earlier = [...ctx.earlier].reverse().find((x) => x.key.endsWith(key));
    return earlier ? { id: earlier.policy.id, node: { ...earlier.policy.node, spans: [c.span] } } : undefined;
  }
  return policyStub(c.title, undefined, aliases, c.span);
}
