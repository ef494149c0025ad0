/** A line of the original text: `[start, end)` without its line break. */
export interface RawLine {
  start: number;
  end: number;
  /** 1-based line number. */
  line: number;
}

/** Cuts text into lines at `\n`, `\r\n` or a lone `\r`. */
export function splitLines(text: string): RawLine[] {
  const lines: RawLine[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 10 && c !== 13) continue;
    lines.push({ start, end: i, line: lines.length + 1 });
    if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  lines.push({ start, end: text.length, line: lines.length + 1 });
  return lines;
}
