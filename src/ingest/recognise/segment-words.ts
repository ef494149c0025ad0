import { tag as tagWords } from 'jieba-wasm';

/** One word of the text as jieba cut it, with its part-of-speech tag and offsets. */
export interface Word {
  word: string;
  tag: string;
  start: number;
  end: number;
}

/** The words of a text plus, for every character, the index of the word that covers it. */
export interface WordIndex {
  words: Word[];
  /** `wordAt[i]` is the index in `words` of the word covering character `i`. */
  wordAt: Int32Array;
}

/**
 * Cuts `text` into tagged words (HMM on, so unseen names come out as `x`/`nz` words rather than single characters).
 * jieba-wasm (jieba-rs compiled to WebAssembly) rather than a native addon: one package for every platform,
 * so the lock file is the same everywhere and `npm ci` works. Its dictionary loads once, on first use (~300 ms).
 */
export function segmentWords(text: string): WordIndex {
  const tagged = text.length === 0 ? [] : tagWords(text, true);
  const words: Word[] = [];
  const wordAt = new Int32Array(text.length);
  let offset = 0;
  for (const { word, tag } of tagged) {
    // jieba keeps every character, so offsets are running sums; verify in case a future version drops some.
    if (text.startsWith(word, offset) === false) {
      throw new Error(`word segmentation lost alignment at offset ${offset} (word "${word}")`);
    }
    wordAt.fill(words.length, offset, offset + word.length);
    words.push({ word, tag, start: offset, end: offset + word.length });
    offset += word.length;
  }
  if (offset !== text.length) throw new Error(`word segmentation covered ${offset} of ${text.length} characters`);
  return { words, wordAt };
}
