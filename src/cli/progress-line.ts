import type { IngestProgress } from '../ingest';

const BAR = 24;

/**
 * Reports ingest progress on a stream: one bar line redrawn in place on a terminal, plain lines
 * otherwise (logs and pipes get no control characters).
 */
export function createProgressLine(stream: NodeJS.WriteStream): { update(p: IngestProgress): void; done(): void } {
  const tty = stream.isTTY === true;
  let drawn = false;
  return {
    update(p) {
      const name = p.file.split(/[\\/]/).pop() ?? p.file;
      if (!tty) {
        stream.write(`${p.phase} ${p.index}/${p.total} ${name}\n`);
        return;
      }
      const filled = Math.round((p.index / Math.max(p.total, 1)) * BAR);
      const line = `[${'#'.repeat(filled)}${'.'.repeat(BAR - filled)}] ${p.phase.padEnd(7)} ${p.index}/${p.total} ${name}`;
      // A pseudo-terminal may report 0 columns; then assume the usual 80.
      const width = Math.min(stream.columns > 20 ? stream.columns : 80, 120) - 1;
      stream.write(`\r${line.slice(0, width).padEnd(width)}`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\n');
      drawn = false;
    },
  };
}
