import { clause, quote, seed } from './documents.fixtures';

/** Seed 002: a joint municipal opinion, half-width `(十二)` marks in its second half, pages cut mid-sentence. */
const doc = seed('002');

describe('seed 002 (渝人社发〔2022〕32号)', () => {
  it('reads three joint issuers from the title block and the signature', () => {
    expect(doc.metadata).toMatchObject({
      title: '重庆市人力资源和社会保障局 重庆市发展和改革委员会 重庆市财政局关于深化技工院校改革大力发展技工教育的实施意见',
      docNumber: '渝人社发〔2022〕32号',
      issuers: ['重庆市人力资源和社会保障局', '重庆市发展和改革委员会', '重庆市财政局'],
      date: '2022-07-22',
      level: 'municipal',
      kind: '实施意见',
    });
    expect(doc.metadata.subjectTitle).toBeUndefined();
    expect(doc.metadata.spans.issuers).toHaveLength(6);
    // The title block is wrapped in bold marks in the file; the quote runs from its first to its last kept character.
    expect(quote(doc, doc.metadata.spans.title![0])).toBe('重庆市人力资源和社会保障局\n重庆市发展和改革委员会\n重庆市财政局\n关于深化技工院校改革大力发展技工教育\n的实施意见');
    expect(doc.normalised.source.original).toContain('**重庆市人力资源和社会保障局\n');
  });

  it('numbers （一）…（二十五） across the six parts, half-width marks included', () => {
    expect(doc.clauses).toHaveLength(32);
    const marks = doc.clauses.filter((c) => c.parent !== undefined).map((c) => c.marker);
    expect(marks).toHaveLength(25);
    expect(marks[11]).toBe('（十二）');
    expect(clause(doc, '四/（十二）').heading).toBe('深化校企合作办学');
    expect(quote(doc, { start: clause(doc, '四/（十二）').start, end: clause(doc, '四/（十二）').start + 4 })).toBe('(十二)');
  });

  it('rejoins a sentence cut by a page break and leaves the signature out of the last clause', () => {
    const first = clause(doc, '一/（一）');
    const at = first.text.indexOf('社会主义思想为指导，全面贯彻');
    expect(at).toBeGreaterThan(0);
    expect(quote(doc, { start: first.start + at, end: first.start + at + 14 })).toBe('社会主义思想为\n\n\n\n指导，全面贯彻');
    const last = clause(doc, '六/（二十五）');
    expect(last.text.endsWith('努力营造全社会支持技工教育发展的良好氛围。')).toBe(true);
    expect(last.text).not.toContain('重庆市财政局');
  });
});
