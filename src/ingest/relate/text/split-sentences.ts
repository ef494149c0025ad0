/** A span of the text: `text.slice(start, end)`. */
export interface TextSpan {
  start: number;
  end: number;
}

/** Ends a sentence: Chinese and ASCII full stops of every kind, and a line break. */
const TERMINATORS = new Set(['。', '；', ';', '！', '!', '？', '?', '\n']);

/** Stops that end a quoted sentence, and the sentence around it, when the quotation closes right after them. */
const ENDS_QUOTE = new Set(['。', '！', '!', '？', '?']);

/** Bracket pairs that may hold a terminator of their own (a quoted motto, a title, a remark). */
const CLOSER_OF: Record<string, string> = { '“': '”', '《': '》', '（': '）', '(': ')', '「': '」', '『': '』' };
const CLOSERS = new Set(Object.values(CLOSER_OF));

/** A bracket spanning more than this is taken as unbalanced debris, and does not protect what it holds. */
const LONGEST_BRACKET = 120;

/** Marks the offsets inside short, balanced brackets on one line, where a terminator does not end the sentence. */
function protectedOffsets(text: string): Uint8Array {
  const inside = new Uint8Array(text.length);
  let open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') open = [];
    else if (CLOSER_OF[ch]) open.push(i);
    else if (CLOSERS.has(ch)) {
      const top = open.length - 1;
      if (top < 0 || CLOSER_OF[text[open[top]]] !== ch) continue;
      const from = open.pop() as number;
      if (i - from <= LONGEST_BRACKET) inside.fill(1, from + 1, i);
    }
  }
  return inside;
}

/**
 * Cuts normalised text into sentences at `。；！？` (either width) and line breaks, except inside a
 * short quotation or bracket. Spans leave out the terminator and surrounding white space; empty ones are dropped.
 */
export function splitSentences(text: string): TextSpan[] {
  if (typeof text !== 'string') throw new TypeError('splitSentences expects the text as a string');
  const inside = protectedOffsets(text);
  const spans: TextSpan[] = [];
  let start = 0;
  const close = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    // `…技强自高雅。”`: a quotation ending with a full stop ends the sentence too, after its closing mark.
    if (CLOSERS.has(text[i]) && i > start && ENDS_QUOTE.has(text[i - 1])) {
      close(i + 1);
      start = i + 1;
      continue;
    }
    if (!TERMINATORS.has(text[i]) || (inside[i] === 1 && text[i] !== '\n')) continue;
    close(i);
    start = i + 1;
  }
  close(text.length);
  return spans;
}
