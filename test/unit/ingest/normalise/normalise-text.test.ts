import { normaliseText } from '../../../../src/ingest/normalise';
import type { SourceFile } from '../../../../src/ingest/ingest-types';

const source = (original: string): SourceFile => ({ file: 'mem.txt', original, encoding: 'utf-8' });
const norm = (original: string) => normaliseText(source(original)).text;

/** The original text behind normalised `[start, end)`. */
function quote(original: string, start: number, end: number): string {
  const n = normaliseText(source(original));
  const span = n.map.toOriginal(start, end);
  return original.slice(span.start, span.end);
}

describe('normaliseText: characters', () => {
  it('folds full-width digits and Latin to ASCII and keeps Chinese punctuation full width', () => {
    expect(norm('２０２３年ＡＩ技能')).toBe('2023年AI技能');
    expect(norm('(一)推进产教融合,加强合作;落实:责任?是!')).toBe('（一）推进产教融合，加强合作；落实：责任？是！');
    expect(norm('（二）已是全角，不变。')).toBe('（二）已是全角，不变。');
  });

  it('keeps ASCII marks between digits, circled numbers and the Chinese ellipsis', () => {
    expect(norm('拨款12,000元，10:30开会')).toBe('拨款12,000元，10:30开会');
    expect(norm('①建设……②完善')).toBe('①建设……②完善');
    expect(norm('１．完善制度')).toBe('1.完善制度');
  });

  it('removes bookmarks, bold marks and zero-width characters', () => {
    expect(norm('[bookmark: _Toc61522037]（三）**全面推进**五育\u200b并举')).toBe('（三）全面推进五育并举');
  });
});

describe('normaliseText: spaces', () => {
  it('joins numbers to their units and dates', () => {
    expect(norm('2019 年 7 月 1 日')).toBe('2019年7月1日');
    expect(norm('渝府发〔2019〕18 号')).toBe('渝府发〔2019〕18号');
    expect(norm('全市 126 所中等职业学校，第 47 届大赛，达 81.7 %，经过 5—10 年')).toBe(
      '全市126所中等职业学校，第47届大赛，达81.7%，经过5—10年',
    );
    expect(norm('表 3- 1 2024 年重庆市名单')).toBe('表 3-1 2024年重庆市名单');
  });

  it('closes letter-spaced words but keeps the gaps between table columns', () => {
    expect(norm('具 体 任 务')).toBe('具体任务');
    expect(norm('5 工业机器人操作与编程 重庆机电职业技术大学 张 华')).toBe('5 工业机器人操作与编程 重庆机电职业技术大学 张华');
    expect(norm('序号  揭榜项目   揭榜单位')).toBe('序号 揭榜项目 揭榜单位');
    // A row number is not a count: `22 人工智能` keeps its gap, `22 人` would not.
    expect(norm('22 人工智能与大数据导论')).toBe('22 人工智能与大数据导论');
  });
});

describe('normaliseText: lines', () => {
  const wrapped = [
    '一、指导思想',
    '坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实',
    '党的教育方针，推动职业教育高质量发展，更好服务经济社会发展，',
    '培养大批高素质劳动者和技术技能人才，为提升新时代职业教育现',
    '代化水平提供支撑。',
    '二、目标要求',
  ].join('\n\n');

  it('rejoins lines broken by layout and keeps headings on their own lines', () => {
    expect(norm(wrapped)).toBe(
      '一、指导思想\n坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的教育方针，推动职业教育高质量发展，更好服务经济社会发展，培养大批高素质劳动者和技术技能人才，为提升新时代职业教育现代化水平提供支撑。\n二、目标要求',
    );
  });

  it('keeps short title and signature lines apart', () => {
    expect(norm('重庆市人民政府\n\n2019 年 7 月 1 日\n\n（此件公开发布）')).toBe('重庆市人民政府\n2019年7月1日\n（此件公开发布）');
  });

  it('rejoins a sentence cut by a page break in a one-line-per-paragraph file', () => {
    const text = '（一）指导思想。以习近平新时代中国特色社会主义思想为\n\n\n\n指导，全面贯彻党中央决策部署。\n\n（二）目标任务。健全体系。';
    expect(norm(text)).toBe('（一）指导思想。以习近平新时代中国特色社会主义思想为指导，全面贯彻党中央决策部署。\n（二）目标任务。健全体系。');
  });

  it('drops page numbers and the running header printed beside them', () => {
    const text = ['第一段的文字写到页面的底部还没有写完，继续写', '某区人民政府公报', '— 2 —', '到下一页。', '第二段。', '某区人民政府公报', '- 3 -', '第 4 页'].join('\n');
    expect(norm(text)).toBe('第一段的文字写到页面的底部还没有写完，继续写到下一页。\n第二段。');
  });

  it('drops bare page numbers that follow the page sequence but keeps table row numbers', () => {
    // Pages of about 40 lines numbered 8 and 9, then a table whose rows are numbered 1, 2.
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `第${i}行文字，说明情况。`);
    const text = [...filler(320), '8', ...filler(40), '9', ...filler(5), '1', '共性技术服务平台', '2 重庆电子科技职业大学 西部职教基地'].join('\n');
    const out = norm(text);
    expect(out).not.toMatch(/^[89]$/m);
    expect(out).toMatch(/^1\n共性技术服务平台\n2 重庆电子科技职业大学 西部职教基地$/m);
  });
});

describe('normaliseText: source map', () => {
  it('maps every range back to the verbatim original, line breaks and debris included', () => {
    const original = '渝府发〔2019〕18 号\n\n各区县：\n\n（一）[bookmark: _Toc1]完善职业教育制度体系，**推进**合\n\n作。';
    const n = normaliseText(source(original));
    expect(n.text).toBe('渝府发〔2019〕18号\n各区县：\n（一）完善职业教育制度体系，推进合作。');
    expect(quote(original, 0, 12)).toBe('渝府发〔2019〕18 号');
    const at = n.text.indexOf('推进合作');
    expect(quote(original, at, at + 4)).toBe('推进**合\n\n作');
    const span = n.map.toOriginal(at, at + 4);
    expect(span.line).toBe(5);
    expect(n.map.toOriginal(n.text.length, n.text.length)).toEqual({ start: original.length, end: original.length, line: 7 });
  });

  it('records each kept line with its original line number, indent and join', () => {
    const n = normaliseText(source('\t序号\n\n\t工作任务\n第一行没有写完，\n接着写。'));
    expect(n.lines.map((l) => [n.text.slice(l.start, l.end), l.line, l.indent, l.blankBefore, l.joined])).toEqual([
      ['序号', 1, '\t', 0, false],
      ['工作任务', 3, '\t', 1, false],
      ['第一行没有写完，', 4, '', 0, false],
      ['接着写。', 5, '', 0, true],
    ]);
  });

  it('handles CRLF and lone CR line ends', () => {
    const original = '第一行\r\n第二行\r第三行';
    const n = normaliseText(source(original));
    expect(n.text).toBe('第一行\n第二行\n第三行');
    expect(n.lines.map((l) => l.line)).toEqual([1, 2, 3]);
    const at = n.text.indexOf('第三行');
    expect(n.map.toOriginal(at, at + 3)).toEqual({ start: original.indexOf('第三行'), end: original.length, line: 3 });
  });
});
