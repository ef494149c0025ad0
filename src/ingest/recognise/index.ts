/** Entity recognition: finds names of schools, firms, offices, alliances, programmes and countries in normalised text. */
export { recogniseEntities } from './recognise-entities';
export type { EntityMention, GazetteerName, RecogniseContext } from './entity-mention';
export { findAliasDefinitions } from './find-alias-definitions';
export type { AliasDefinition } from './find-alias-definitions';
