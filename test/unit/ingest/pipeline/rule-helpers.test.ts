import { BatchBuilder } from '../../../../src/ingest/build/batch-builder';
import { clauseDeadline, parseDeadline } from '../../../../src/ingest/build/parse-deadline';
import { findCitations, titleKey } from '../../../../src/ingest/relate/document/find-citations';
import { cellSpan } from '../../../../src/ingest/relate/tables/cell-span';
import { splitUnits } from '../../../../src/ingest/relate/tables/split-units';

describe('parseDeadline', () => {
  it.each([
    ['2025年12月', '2025-12'],
    ['2022年底前', '2022-12'],
    ['2023年6月底前', '2023-06'],
    ['2024年12月31日前', '2024-12-31'],
    ['2026年', '2026'],
    ['持续推进', '持续推进'],
    ['长期坚持', '长期坚持'],
    ['按计划推进', undefined],
  ])('%s → %s', (text, deadline) => expect(parseDeadline(text)).toBe(deadline));

  it('reads a clause deadline only where the clause states one', () => {
    expect(clauseDeadline('建成实训基地（2025年底前完成）。')).toBe('2025-12');
    expect(clauseDeadline('完成时限：长期坚持')).toBe('长期坚持');
    expect(clauseDeadline('到2027年，建成联合体5个。')).toBeUndefined();
  });
});

describe('splitUnits', () => {
  it('splits a unit list, drops 等 and joining words, and marks collectives', () => {
    const items = splitUnits('区教委、区财政局等，各街镇，有关行业组织');
    expect(items.map((i) => [i.text, i.collective])).toEqual([
      ['区教委', false],
      ['区财政局', false],
      ['各街镇', true],
      ['有关行业组织', true],
    ]);
    const cell = '区教委、区财政局等，各街镇，有关行业组织';
    for (const i of items) expect(cell.slice(i.from, i.to)).toBe(i.text);
  });

  it('keeps bracketed parts and Latin names whole', () => {
    // `及` and `和` are not separators: names hold them (`重庆市食品及农产品加工业产教联合体`, `人力资源和社会保障局`).
    expect(splitUnits('各街道办事处〔乡镇人民政府〕、Diom 集团、重庆市食品及农产品加工业产教联合体等十三部门').map((i) => i.text)).toEqual([
      '各街道办事处〔乡镇人民政府〕',
      'Diom 集团',
      '重庆市食品及农产品加工业产教联合体',
    ]);
    expect(splitUnits('泰国、老挝、').map((i) => i.text)).toEqual(['泰国', '老挝']);
  });
});

describe('cellSpan', () => {
  it('maps a range of a cell rebuilt from fragments to one span of the text', () => {
    // Cell text `市教委、市财政局` read from `市教` + `委、市财` + `政局`.
    const cell = { text: '市教委、市财政局', start: 10, end: 40, parts: [{ start: 10, end: 12 }, { start: 20, end: 24 }, { start: 30, end: 32 }] };
    expect(cellSpan(cell, 0, 3)).toEqual({ start: 10, end: 21 });
    expect(cellSpan(cell, 4, 8)).toEqual({ start: 22, end: 32 });
    expect(cellSpan({ text: 'abc', start: 5, end: 8 }, 1, 2)).toEqual({ start: 6, end: 7 });
  });
});

describe('findCitations', () => {
  it('reads titles with the 文号 after them in any bracket, and the title a notice promulgates', () => {
    const text = '根据《国家职业教育改革实施方案》（国发〔2019〕4号）和《教育部 重庆市人民政府关于印发〈某方案〉的通知》〔渝府发〔2021〕35号〕，落实《职业教育法》。';
    const found = findCitations(text);
    expect(found.map((c) => [c.title, c.docNumber, c.innerTitle])).toEqual([
      ['国家职业教育改革实施方案', '国发〔2019〕4号', undefined],
      ['教育部 重庆市人民政府关于印发〈某方案〉的通知', '渝府发〔2021〕35号', '某方案'],
      ['职业教育法', undefined, undefined],
    ]);
    expect(text.slice(found[0].span.start, found[0].span.end)).toBe('《国家职业教育改革实施方案》（国发〔2019〕4号）');
  });

  it('compares titles without spaces, quotes or bracket widths', () => {
    expect(titleKey('关于做好中国职业教育质量报告（2024 年度）编制')).toBe(titleKey('关于做好中国职业教育质量报告(2024年度)编制'));
    expect(titleKey('《重庆市落实<方案（2023—2025年）>若干措施》')).toBe(titleKey('重庆市落实〈方案(2023-2025年)〉若干措施'));
  });
});

describe('BatchBuilder', () => {
  it('merges repeated nodes and edges, evidence united, a true flag stays true', () => {
    const b = new BatchBuilder();
    const e = (start: number) => [{ document: 'Policy:d', line: 1, start, end: start + 1, quote: 'x' }];
    b.addNode({ id: 'School:a', kind: 'School', name: 'a', aliases: ['a', 'b'], properties: { p: 1 }, evidence: e(1) });
    b.addNode({ id: 'School:a', kind: 'School', name: 'a2', aliases: ['c'], properties: { q: 2 }, evidence: e(2) });
    b.addNode({ id: 'School:z', kind: 'School', name: 'z', aliases: [], properties: {}, evidence: e(3) });
    b.addEdge('CITES', 'School:a', 'School:z', e(5), { basis: false });
    b.addEdge('CITES', 'School:a', 'School:z', e(5), { basis: true });
    b.addEdge('CITES', 'School:a', 'School:a', e(6));
    const batch = b.build();
    expect(batch.nodes[0]).toMatchObject({ name: 'a', aliases: ['b', 'c', 'a2'], properties: { p: 1, q: 2 } });
    expect(batch.nodes[0].evidence.map((x) => x.start)).toEqual([1, 2]);
    expect(batch.edges).toHaveLength(1);
    expect(batch.edges[0].properties).toEqual({ basis: true });
    expect(batch.edges[0].evidence).toHaveLength(1);
  });
});
