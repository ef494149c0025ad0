import type { EntityMention } from '../../recognise';
import { BUILD_VERBS } from './cue-words';
import { ACTOR_KINDS, clauseAt, gapText, type SentenceView } from './sentence-view';

/** What a verb sets up or runs (`共建` → `华为ICT产业学院`), and where the verb is. */
export interface BuiltObject {
  verbStart: number;
  verbEnd: number;
  verb: string;
  object: EntityMention;
}

const BUILD = new RegExp(`(?:牵头|合作|联合|共同)?(?:${BUILD_VERBS})`, 'gu');
/** Between the verb and its object: no clause break, at most this many characters (`教育部人文交流中心“`). */
const LONGEST_OBJECT_GAP = 20;

/**
 * A list mark before the object is fine between verbs (`共投、共建、共管X`), not after another item
 * (`共建共享技能大师工作室、“双师”工坊`: the object of the verb is the first item).
 */
function onlyVerbsListed(gap: string): boolean {
  const parts = gap.split('、');
  return parts.slice(0, -1).every((p) => p === '' || /^[共合联]\p{Script=Han}$/u.test(p));
}

/** The object of the verb ending at `verbEnd`: the first mention `accept` takes, not past a clause break or another actor. */
export function objectAfter(
  view: SentenceView,
  verbEnd: number,
  accept: (m: EntityMention) => boolean,
  ownerSurface?: string,
): EntityMention | undefined {
  for (const m of view.mentions) {
    if (m.start < verbEnd) continue;
    const gap = gapText(view, verbEnd, m.start);
    if (gap.length > LONGEST_OBJECT_GAP || /[，,；;：:]/.test(gap) || !onlyVerbsListed(gap)) return undefined;
    if (accept(m)) return m;
    // `建设重庆工程职业技术学院中俄智能制造国际学院`: the owner's name is part of the object's.
    if (m.surface === ownerSurface) continue;
    // A named actor in between is the object's owner or another party, not a modifier.
    if (ACTOR_KINDS.has(m.kind) && m.kind !== 'GovernmentBody') return undefined;
  }
  return undefined;
}

/**
 * The first building verb at or after `from` in the clause of `from` — or at the very start of the next
 * clause (`联合A、B等30余家企业，共建…`) — with the object `accept` takes.
 */
export function findBuiltObject(
  view: SentenceView,
  from: number,
  accept: (m: EntityMention) => boolean,
  ownerSurface?: string,
): BuiltObject | undefined {
  const clause = clauseAt(view, from);
  const tryAt = (start: number, end: number, atStartOnly: boolean): BuiltObject | undefined => {
    for (const hit of view.masked.slice(start, end).matchAll(BUILD)) {
      const verbStart = start + (hit.index ?? 0);
      if (atStartOnly && gapText(view, start, verbStart) !== '') return undefined;
      const verbEnd = verbStart + hit[0].length;
      const object = objectAfter(view, verbEnd, accept, ownerSurface);
      if (object) return { verbStart, verbEnd, verb: hit[0], object };
    }
    return undefined;
  };
  const inClause = tryAt(from, clause.end, false);
  if (inClause) return inClause;
  const next = view.clauses.find((c) => c.start > clause.end);
  return next ? tryAt(next.start, next.end, true) : undefined;
}
