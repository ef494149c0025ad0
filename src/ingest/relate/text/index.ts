/** Free-text relation rules: relations between named entities read sentence by sentence from prose. */
export { extractTextRelations, type TextRelationContext } from './extract-text-relations';
export { splitSentences, type TextSpan } from './split-sentences';
