/** A small seeded PRNG (mulberry32): the same seed gives the same graph on every machine. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number from lo to hi, both included. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /**
   * An index into n items where low indexes are much more likely (Zipf-like, exponent s): the
   * long-tailed degree the seeds show (one district education commission responsible for 82 tasks,
   * most units for one or two).
   */
  zipf(n: number, s = 1.1): number {
    // Inverse transform on the continuous approximation of the Zipf distribution.
    const u = this.next();
    if (s === 1) return Math.min(n - 1, Math.floor(Math.exp(u * Math.log(n + 1)) - 1));
    const a = 1 - s;
    const x = Math.pow(u * (Math.pow(n + 1, a) - 1) + 1, 1 / a) - 1;
    return Math.min(n - 1, Math.max(0, Math.floor(x)));
  }

  /** `count` distinct items (fewer when there are not that many), Zipf-weighted towards the front. */
  sampleZipf<T>(items: readonly T[], count: number, s = 1.1): T[] {
    const chosen = new Set<number>();
    const wanted = Math.min(count, items.length);
    for (let tries = 0; chosen.size < wanted && tries < wanted * 20; tries += 1) chosen.add(this.zipf(items.length, s));
    return [...chosen].map((i) => items[i]);
  }
}

/** A 32-bit seed mixed from several numbers (the run's seed and a unit's index). */
export function mixSeed(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    h ^= part >>> 0;
    h = Math.imul(h, 0x01000193) >>> 0;
    h ^= h >>> 13;
  }
  return h >>> 0;
}
