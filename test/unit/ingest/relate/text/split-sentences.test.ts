import { splitSentences } from '../../../../../src/ingest/relate/text';

const quotes = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('cuts at full stops, semicolons, marks of either width and line breaks, leaving the marks out', () => {
    expect(quotes('甲校建成实训基地。乙校加入联盟；丙校更名！丁校?戊校\n己校')).toEqual(['甲校建成实训基地', '乙校加入联盟', '丙校更名', '丁校', '戊校', '己校']);
  });

  it('keeps offsets into the text, with white space around a sentence left out', () => {
    const text = '  甲校建成基地。 \n  乙校加入联盟。';
    const spans = splitSentences(text);
    expect(spans).toEqual([
      { start: 2, end: 8 },
      { start: 13, end: 19 },
    ]);
    expect(text.slice(spans[1].start, spans[1].end)).toBe('乙校加入联盟');
  });

  it('does not cut inside a short quotation or bracket', () => {
    expect(quotes('构建“共同投入、共同建设；互享资源、互享成果”的模式，成效显著。下一句')).toEqual([
      '构建“共同投入、共同建设；互享资源、互享成果”的模式，成效显著',
      '下一句',
    ]);
  });

  it('ends the sentence after a quotation that closes with a full stop', () => {
    expect(quotes('汉学家赋诗赞扬道：“精华当继传，技强自高雅。” 重庆市工艺美术学校加入联盟。')).toEqual([
      '汉学家赋诗赞扬道：“精华当继传，技强自高雅。”',
      '重庆市工艺美术学校加入联盟',
    ]);
  });

  it('lets an unclosed quotation end at the line break', () => {
    expect(quotes('挂牌“西班牙火锅工坊。次句\n下一行')).toEqual(['挂牌“西班牙火锅工坊', '次句', '下一行']);
  });

  it('gives nothing for empty or blank text and refuses what is not a string', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n。；')).toEqual([]);
    expect(() => splitSentences(undefined as unknown as string)).toThrow(TypeError);
  });
});
