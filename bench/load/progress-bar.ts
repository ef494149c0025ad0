/** A progress bar on stderr: redrawn in place on a terminal, a line per tenth otherwise. */
export class ProgressBar {
  private done = 0;
  private readonly started = Date.now();
  private lastDraw = 0;
  private lastTenth = -1;

  constructor(private readonly label: string, private total: number, private readonly unit = 'items') {}

  /** Raises the expected total (estimates can be low). */
  grow(total: number): void {
    this.total = Math.max(this.total, total);
  }

  tick(count: number): void {
    this.done += count;
    const now = Date.now();
    const tenth = Math.floor((10 * this.done) / Math.max(1, this.total));
    if (process.stderr.isTTY ? now - this.lastDraw > 200 : tenth > this.lastTenth) {
      this.lastDraw = now;
      this.lastTenth = tenth;
      this.draw(false);
    }
  }

  /** Items per second so far. */
  rate(): number {
    return this.done / Math.max(0.001, (Date.now() - this.started) / 1000);
  }

  finish(): { count: number; seconds: number; perSecond: number } {
    this.draw(true);
    const seconds = (Date.now() - this.started) / 1000;
    return { count: this.done, seconds, perSecond: this.rate() };
  }

  private draw(final: boolean): void {
    const share = Math.min(1, this.done / Math.max(1, this.total));
    const width = 30;
    const bar = '#'.repeat(Math.round(share * width)).padEnd(width, '.');
    const rate = this.rate();
    const eta = rate > 0 ? Math.max(0, (this.total - this.done) / rate) : 0;
    const text = `${this.label} [${bar}] ${(share * 100).toFixed(0).padStart(3)}% ${this.done.toLocaleString('en')}/${this.total.toLocaleString('en')} ${this.unit} ${Math.round(rate).toLocaleString('en')}/s${final ? ` in ${((Date.now() - this.started) / 1000).toFixed(1)}s` : ` ETA ${eta.toFixed(0)}s`}`;
    if (process.stderr.isTTY) process.stderr.write(`\r${text}${final ? '\n' : ''}`);
    else process.stderr.write(`${text}\n`);
  }
}
