import type { EntityMention } from '../../recognise';
import type { RelationCandidate } from '../relation-candidate';
import { FIXED_CONFIDENCE, NAME_CONFIDENCE, makeCandidate, present } from './make-candidate';
import { findCues, gapText, type SentenceView } from './sentence-view';

const EXTRACTOR = 'text-renamed@1';

/** `撤销A建制…设置B`: read as a re-establishment, but the text does not say the one became the other. */
const REPLACED_CONFIDENCE = 0.7;

const RENAME_CUE = /(?:正式|已经|已|现已)?(?:更名为|改名为|更名|升格为|改建为|改制为|转设为)/gu;
const FORMER_IN_BRACKETS = /[（(]原(?:名|称)?$/u;
const NOW_CUE = /^[，,]?(?:现更名为|现已更名为|已更名为|现为|现名|现称|现)$/u;
const BASIS_CUE = /基础上(?:整合|合并)?(?:组建|设立|成立|升格|建设|改建)(?:为|成立)?/gu;
const QUOTES_ONLY = /^[“”"「」『』]*$/u;

const isRenameable = (m: EntityMention) => m.kind !== 'Country';

/** The mention just before `pos`, at most a few words away (`A于2024年更名为B`). */
function nameBefore(view: SentenceView, pos: number, gap: RegExp): EntityMention | undefined {
  const m = view.mentions.filter((x) => x.end <= pos).pop();
  return m && isRenameable(m) && gap.test(gapText(view, m.end, pos)) ? m : undefined;
}

/** The mention just after `pos`, only quotes between. */
function nameAfter(view: SentenceView, pos: number): EntityMention | undefined {
  const m = view.mentions.find((x) => x.start >= pos);
  return m && isRenameable(m) && QUOTES_ONLY.test(gapText(view, pos, m.start)) ? m : undefined;
}

/** `A更名为B`, `由A更名为B`, `A于2024年正式升格为B`. */
function fromRenameVerbs(view: SentenceView): (RelationCandidate | undefined)[] {
  return findCues(view, RENAME_CUE).map((cue) => {
    const before = nameBefore(view, cue.start, /^[”"」』]?[\p{Script=Han}\d]{0,8}$/u);
    const after = nameAfter(view, cue.end);
    return before && after && makeCandidate('RENAMED_TO', before, after, view, FIXED_CONFIDENCE, EXTRACTOR);
  });
}

/** `A（原B）` → B became A; `原A现为B` → A became B. */
function fromFormerNames(view: SentenceView): (RelationCandidate | undefined)[] {
  return view.mentions.map((m, i) => {
    const prev = view.mentions[i - 1];
    if (!prev || !isRenameable(m) || !isRenameable(prev)) return undefined;
    const gap = gapText(view, prev.end, m.start);
    if (FORMER_IN_BRACKETS.test(gap) && gap.length <= 4 && /^[）)]/u.test(gapText(view, m.end, view.end))) {
      return makeCandidate('RENAMED_TO', m, prev, view, FIXED_CONFIDENCE, EXTRACTOR);
    }
    if (NOW_CUE.test(gap) && /原$/u.test(gapText(view, view.start, prev.start))) {
      return makeCandidate('RENAMED_TO', prev, m, view, FIXED_CONFIDENCE, EXTRACTOR);
    }
    return undefined;
  });
}

/** `在A基础上组建B`. */
function fromBasis(view: SentenceView): (RelationCandidate | undefined)[] {
  return findCues(view, BASIS_CUE).map((cue) => {
    const before = nameBefore(view, cue.start, /^[”"」』]?的?$/u);
    const opened = before && /在$/u.test(gapText(view, view.start, before.start));
    const after = nameAfter(view, cue.end);
    return opened && before && after ? makeCandidate('RENAMED_TO', before, after, view, NAME_CONFIDENCE, EXTRACTOR) : undefined;
  });
}

/** `同意设置B同时撤销A建制`: a body set up while another of the same kind is dissolved. */
function fromReplacement(view: SentenceView): (RelationCandidate | undefined)[] {
  return findCues(view, /撤销/gu).flatMap((cue) => {
    const old = nameAfter(view, cue.end);
    if (!old) return [];
    return findCues(view, /设置|设立|成立|组建/gu).map((setUp) => {
      const created = nameAfter(view, setUp.end);
      if (!created || created.kind !== old.kind || created === old) return undefined;
      return makeCandidate('RENAMED_TO', old, created, view, REPLACED_CONFIDENCE, EXTRACTOR);
    });
  });
}

/** RENAMED_TO: an entity renamed, upgraded or re-established as another. */
export function findRenamed(view: SentenceView): RelationCandidate[] {
  return present([...fromRenameVerbs(view), ...fromFormerNames(view), ...fromBasis(view), ...fromReplacement(view)]);
}
