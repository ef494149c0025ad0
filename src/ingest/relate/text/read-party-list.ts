import type { EntityMention } from '../../recognise';
import { PREDICATE_VERBS } from './cue-words';
import { ACTOR_KINDS, gapText, mentionsWithin, type SentenceView } from './sentence-view';

/** The named actors of a list such as `重庆龙煜铜管、西门雷森等30余家企业`. */
export interface PartyList {
  members: EntityMention[];
  /** Where the text after the list starts: after its last member (or at the start when it has none). */
  end: number;
  /** True when the list closes with `等`: the writer named only some of the parties. */
  open: boolean;
  /** Where reading stopped: the first verb after `from`, or the limit. */
  verbAt: number;
}

const PREDICATE = new RegExp(PREDICATE_VERBS, 'u');
/** List marks between parties; `与` is left to the rules that read `A与B`. */
const SEPARATOR = /、|以及|和|及/u;
const QUOTES_ONLY = /^[“”"‘’「」『』]*$/u;
/** `重庆机电集团下属智能制造有限公司`: the party is the subsidiary. */
const SUBSIDIARY = /^(?:下属|旗下|所属|下设)$/u;
/** An unnamed item longer than this is not a list item but the rest of the sentence. */
const LONGEST_SKIPPED_ITEM = 30;

type Item = { mention: EntityMention; open: boolean } | 'skip' | 'stop';

/**
 * One item between list marks: a member when it is one named actor (in quotes, or followed by `等…`,
 * or — for the last item — by a short adverbial before the verb); skipped when it is something the
 * recogniser did not name (`凤凰湖中学教育集团` when only part of it was found).
 */
function readItem(view: SentenceView, start: number, end: number, isLast: boolean): Item {
  const inside = mentionsWithin(view, start, end);
  if (inside.length === 0 || !QUOTES_ONLY.test(gapText(view, start, inside[0].start))) {
    return isLast || end - start > LONGEST_SKIPPED_ITEM ? 'stop' : 'skip';
  }
  let k = 0;
  while (k + 1 < inside.length && SUBSIDIARY.test(gapText(view, inside[k].end, inside[k + 1].start))) k++;
  const head = inside[k];
  if (!ACTOR_KINDS.has(head.kind)) return 'skip';
  const rest = gapText(view, head.end, end);
  // `中泰职业教育联盟成员单位`: the parties are the members, not the body.
  if (/^(?:成员|会员|理事|下属|所属|旗下|各)/u.test(rest)) return 'skip';
  if (QUOTES_ONLY.test(rest)) return { mention: head, open: false };
  if (rest.startsWith('等')) return { mention: head, open: true };
  if (isLast && /^\p{Script=Han}{0,8}$/u.test(rest)) return { mention: head, open: false };
  return 'skip';
}

/**
 * Reads the parties listed from `from`, up to the first verb or `limit` (usually the clause end):
 * `与永川区商会、长城汽车等企业建立…` gives 永川区商会 and 长城汽车. Only named actors count.
 */
export function readPartyList(view: SentenceView, from: number, limit: number): PartyList {
  const verb = PREDICATE.exec(view.masked.slice(from, limit));
  const to = verb ? from + verb.index : limit;
  const members: EntityMention[] = [];
  let end = from;
  let open = false;
  for (let pos = from; pos < to; ) {
    const sep = SEPARATOR.exec(view.masked.slice(pos, to));
    const itemEnd = sep ? pos + sep.index : to;
    const item = readItem(view, pos, itemEnd, !sep);
    if (item === 'stop') break;
    if (item !== 'skip') {
      members.push(item.mention);
      end = item.mention.end;
      if (item.open) {
        open = true;
        break;
      }
    }
    if (!sep) break;
    pos = itemEnd + sep[0].length;
  }
  return { members, end, open, verbAt: to };
}
