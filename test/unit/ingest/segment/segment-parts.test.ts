import { parseChineseNumeral, parseDigitByDigit } from '../../../../src/ingest/segment/chinese-numeral';
import { matchMarker } from '../../../../src/ingest/segment/clause-marker';
import { findChineseDate, isDateLine } from '../../../../src/ingest/segment/metadata/chinese-date';
import { parseDocNumber } from '../../../../src/ingest/segment/metadata/doc-number';
import { kindOfTitle, levelOfDocNumber, levelOfName } from '../../../../src/ingest/segment/metadata/document-level';

describe('Chinese numerals', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十五', 25],
    ['一百零五', 105],
  ])('%s is %d', (text, value) => expect(parseChineseNumeral(text)).toBe(value));

  it('reads years digit by digit and rejects other text', () => {
    expect(parseDigitByDigit('二〇二〇')).toBe(2020);
    expect(parseChineseNumeral('第一')).toBeUndefined();
  });
});

describe('clause marks', () => {
  it.each([
    ['一、指导思想', 'cn', '一、', '一'],
    ['（十二）深化校企合作', 'cnParen', '（十二）', '（十二）'],
    ['12.多措并举', 'num', '12.', '12'],
    ['3、开展培训', 'num', '3、', '3'],
    ['（2）组织教师', 'numParen', '（2）', '（2）'],
    ['第三章 附则', 'chapter', '第三章', '第三章'],
    ['【案例 3-3】产教融合', 'case', '【案例 3-3】', '案例3-3'],
    ['2.3 就业质量', 'dec2', '2.3', '2.3'],
    ['1发展概况', 'dec1', '1', '1'],
    ['①建设基地', 'circled', '①', '①'],
  ])('%s', (text, kind, marker, segment) => {
    expect(matchMarker(text)).toMatchObject({ kind, marker, segment });
  });

  it('does not take numbers in running text or table rows for marks', () => {
    expect(matchMarker('2022年，所有中等职业学校')).toBeUndefined();
    expect(matchMarker('1.5亿元用于')).toBeUndefined();
    expect(matchMarker('2 重庆电子科技职业大学 西部职教基地产教联合体')).toBeUndefined();
  });
});

describe('metadata parts', () => {
  it('canonicalises 文号 brackets and spaces', () => {
    expect(parseDocNumber('渝府发〔2019〕18 号')).toBe('渝府发〔2019〕18号');
    expect(parseDocNumber('国办发[2019]4号')).toBe('国办发〔2019〕4号');
    expect(parseDocNumber('翠府办发（2024）07号')).toBe('翠府办发〔2024〕7号');
    expect(parseDocNumber('（国发〔2019〕4号），进一步')).toBeUndefined();
  });

  it('reads Arabic and Chinese dates', () => {
    expect(findChineseDate('2019年7月1日')?.iso).toBe('2019-07-01');
    expect(findChineseDate('二〇二〇年十二月三十一日')?.iso).toBe('2020-12-31');
    expect(findChineseDate('2019年13月1日')).toBeUndefined();
    expect(isDateLine('2023年4月23日')).toBe(true);
    expect(isDateLine('2023年4月23日，召开会议')).toBe(false);
  });

  it('tells the level from the issuing body or the 文号', () => {
    expect(levelOfName('教育部')).toBe('national');
    expect(levelOfName('国务院办公厅')).toBe('national');
    expect(levelOfName('重庆市人民政府')).toBe('municipal');
    expect(levelOfName('重庆市人力资源和社会保障局')).toBe('municipal');
    expect(levelOfName('重庆市武隆区人民政府办公室')).toBe('district');
    expect(levelOfName('北碚区教育委员会')).toBe('district');
    expect(levelOfDocNumber('国发〔2019〕4号')).toBe('national');
    expect(levelOfDocNumber('渝府发〔2019〕18号')).toBe('municipal');
  });

  it('tells the kind from the title', () => {
    expect(kindOfTitle('重庆市人民政府关于印发重庆市深化职业教育改革实施方案的通知')).toBe('通知');
    expect(kindOfTitle('关于深化技工院校改革大力发展技工教育的实施意见')).toBe('实施意见');
    expect(kindOfTitle('武隆区推动现代职业教育高质量发展具体举措')).toBe('举措');
    expect(kindOfTitle('重庆市职业教育质量年度报告（2024年度）')).toBe('报告');
    expect(kindOfTitle('职业教育条例')).toBe('其他');
  });
});
