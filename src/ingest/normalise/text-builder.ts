import { OffsetSourceMap } from './source-map';

/** Builds the normalised text piece by piece, recording for each unit the original range it stands for. */
export class TextBuilder {
  private readonly parts: string[] = [];
  private from = new Int32Array(1024);
  private to = new Int32Array(1024);
  private size = 0;

  /** Current length of the normalised text. */
  get length(): number {
    return this.size;
  }

  /** Appends `text`, all of it standing for original `[start, end)`. */
  append(text: string, start: number, end: number): void {
    if (this.size + text.length > this.from.length) this.grow(this.size + text.length);
    this.parts.push(text);
    for (let i = 0; i < text.length; i++) {
      this.from[this.size] = start;
      this.to[this.size] = end;
      this.size++;
    }
  }

  /** The finished text and its source map. */
  finish(original: string): { text: string; map: OffsetSourceMap } {
    const map = new OffsetSourceMap(original, this.from.slice(0, this.size), this.to.slice(0, this.size));
    return { text: this.parts.join(''), map };
  }

  private grow(needed: number): void {
    const capacity = Math.max(needed, this.from.length * 2);
    for (const key of ['from', 'to'] as const) {
      const next = new Int32Array(capacity);
      next.set(this[key]);
      this[key] = next;
    }
  }
}
