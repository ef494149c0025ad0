import { allDocuments, canon, quote } from './documents.fixtures';

const documents = allDocuments();

describe.each(documents)('%s: structural invariants', (_name, doc) => {
  const text = doc.normalised.text;
  const sliceOf = (r: { start: number; end: number; parts?: { start: number; end: number }[] }) =>
    (r.parts ?? [r]).map((p) => text.slice(p.start, p.end)).join('');

  it('has unique clause paths in reading order, parents before children', () => {
    const paths = doc.clauses.map((c) => c.path);
    expect(new Set(paths).size).toBe(paths.length);
    doc.clauses.forEach((c, i) => {
      expect(c.order).toBe(i);
      if (i > 0) expect(c.start).toBeGreaterThanOrEqual(doc.clauses[i - 1].start);
      if (c.parent !== undefined) {
        const parent = doc.clauses.find((p) => p.path === c.parent);
        expect(parent).toBeDefined();
        expect(parent?.order).toBeLessThan(c.order);
      }
    });
  });

  it('gives each clause and cell the text of its ranges', () => {
    for (const c of doc.clauses) {
      expect(c.end).toBeGreaterThanOrEqual(c.start);
      expect(c.text).toBe(sliceOf(c));
      // A task read from a table carries its row number in another cell.
      if (c.marker && c.kind !== 'task') expect(c.text.startsWith(c.marker)).toBe(true);
    }
    for (const row of doc.tables) {
      expect(row.end).toBeGreaterThan(row.start);
      for (const cell of Object.values(row.cells)) {
        expect(cell.text).toBe(sliceOf(cell));
        expect(cell.text.length).toBeGreaterThan(0);
      }
      if (row.clausePath !== undefined) expect(doc.clauses.some((c) => c.path === row.clausePath)).toBe(true);
    }
  });

  it('maps every kept line and every cell part back to the same text in the file', () => {
    for (const line of doc.normalised.lines ?? []) {
      expect(canon(quote(doc, line))).toBe(canon(text.slice(line.start, line.end)));
    }
    for (const row of doc.tables) {
      for (const cell of Object.values(row.cells)) {
        for (const part of cell.parts ?? [cell]) expect(canon(quote(doc, part))).toBe(canon(text.slice(part.start, part.end)));
      }
    }
  });

  it('reads metadata spans from the text it reports', () => {
    const { metadata } = doc;
    for (const span of metadata.spans.docNumber ?? []) expect(canon(quote(doc, span)).replace(/[[(（【]/, '〔').replace(/[\])）】]/, '〕')).toBe(metadata.docNumber);
    for (const span of metadata.spans.issuers ?? []) expect(metadata.issuers).toContain(canon(quote(doc, span)));
    for (const span of metadata.spans.title ?? []) expect(canon(quote(doc, span))).toBe(canon(metadata.title));
    expect(['national', 'municipal', 'district']).toContain(metadata.level);
    if (metadata.date) expect(metadata.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
