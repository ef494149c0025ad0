/** Entity resolution: mentions → one node per real-world thing, using the curated lexicon and the document's jurisdiction. */
export { createResolver, ResolveError } from './create-resolver';
export type { MentionToResolve, ResolveContext, ResolvedEntity, Resolver, ResolverOptions } from './create-resolver';
export { loadLexicon, parseLexicon } from './load-lexicon';
export { LexiconError } from './lexicon-types';
export type { Lexicon, LexiconEntry } from './lexicon-types';
export { lexiconGazetteer } from './lexicon-gazetteer';
export { parseJurisdiction, documentJurisdiction } from './parse-jurisdiction';
export type { Jurisdiction } from './parse-jurisdiction';
export { nameKey, displayName } from './name-key';
