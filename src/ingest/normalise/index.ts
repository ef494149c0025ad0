/** Normalisation of decoded text, with its map back to the original. */
export { normaliseText, type LinedText } from './normalise-text';
export { OffsetSourceMap } from './source-map';
export { displayWidth, isHan } from './char-class';
