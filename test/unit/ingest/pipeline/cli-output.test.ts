import { formatIngestReport } from '../../../../src/cli/ingest-report';
import { createProgressLine } from '../../../../src/cli/progress-line';
import { ingestInto, SEED_FILES } from './pipeline.fixtures';

/** A stream that keeps what is written, as a terminal or as a pipe. */
function stream(tty: boolean): NodeJS.WriteStream & { text: string } {
  const s = { text: '', isTTY: tty, columns: 100, write: (chunk: string) => ((s.text += chunk), true) };
  return s as unknown as NodeJS.WriteStream & { text: string };
}

describe('ingest command output', () => {
  it('prints plain progress lines to a pipe and one redrawn bar to a terminal', () => {
    const pipe = stream(false);
    const plain = createProgressLine(pipe);
    plain.update({ phase: 'read', file: '/a/b/000.txt', index: 1, total: 2 });
    plain.done();
    expect(pipe.text).toBe('read 1/2 000.txt\n');
    const tty = stream(true);
    const bar = createProgressLine(tty);
    bar.update({ phase: 'write', file: '000.txt', index: 1, total: 2 });
    bar.update({ phase: 'write', file: '001.txt', index: 2, total: 2 });
    bar.done();
    expect(tty.text).toMatch(/^\r\[#{12}\.{12}\] write {3}1\/2 000\.txt\s*\r\[#{24}\] write {3}2\/2 001\.txt\s*\n$/);
  });

  it('summarises a run: documents, clauses, entities, relations by type, what was written', async () => {
    const { summary } = await ingestInto(SEED_FILES.slice(1, 2));
    const report = formatIngestReport(summary);
    expect(report).toMatch(/^document\s+clauses\s+entities\s+relations\s+created\s+updated$/m);
    expect(report).toMatch(/^001_f043ecdd77dfe9b8\.txt\s+33\s+\d+\s+\d+\s+\d+\s+0$/m);
    expect(report).toMatch(/^RESPONSIBLE_FOR\s+\d+$/m);
    expect(report).toMatch(/^documents 1, clauses 33, entities \d+, edges \d+$/m);
  });
});
