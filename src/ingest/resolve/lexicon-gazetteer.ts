import type { GazetteerName } from '../recognise/entity-mention';
import type { Lexicon } from './lexicon-types';

/** Every name and alias of the lexicon with its kind, for the recogniser to find names that have no telling suffix. */
export function lexiconGazetteer(lexicon: Lexicon): GazetteerName[] {
  return lexicon.entries.flatMap((e) => [e.name, ...e.aliases].map((name) => ({ name, kind: e.kind })));
}
