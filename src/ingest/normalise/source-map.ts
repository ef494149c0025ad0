import type { OriginalSpan, SourceMap } from '../ingest-types';

/**
 * A source map kept as two offset arrays: for every UTF-16 unit `i` of the normalised text,
 * `from[i]`/`to[i]` bound the original text it came from. Offsets only grow, so a span's way back is
 * two array reads, and its line one binary search over the original line starts.
 */
export class OffsetSourceMap implements SourceMap {
  private readonly lineStarts: number[];
  private readonly originalLength: number;

  constructor(
    original: string,
    private readonly from: Int32Array,
    private readonly to: Int32Array,
  ) {
    this.lineStarts = [0];
    for (let i = 0; i < original.length; i++) {
      const c = original.charCodeAt(i);
      if (c === 10 || (c === 13 && original.charCodeAt(i + 1) !== 10)) this.lineStarts.push(i + 1);
    }
    this.originalLength = original.length;
  }

  /** The original span behind normalised `[start, end)`; an empty range maps to an empty span. */
  toOriginal(start: number, end: number): OriginalSpan {
    const n = this.from.length;
    const s = Math.max(0, Math.min(start, n));
    const e = Math.max(s, Math.min(end, n));
    if (e === s) {
      const at = s < n ? this.from[s] : n > 0 ? this.to[n - 1] : this.originalLength;
      return { start: at, end: at, line: this.lineOf(at) };
    }
    const from = this.from[s];
    return { start: from, end: this.to[e - 1], line: this.lineOf(from) };
  }

  /** 1-based line of an original offset. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}
