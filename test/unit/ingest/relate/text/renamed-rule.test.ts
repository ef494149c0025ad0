import { relate, relateWithConfidence } from './relate-text.helpers';

describe('RENAMED_TO from free text', () => {
  it('reads 设置B同时撤销A建制 (seed 004) as a looser reading', () => {
    const text = '2024年5月31日，中华人民共和国教育部发函，同意设置重庆电子科技职业大学同时撤销重庆电子工程职业学院建制，至此，重庆市在原有的1所民办职业大学基础上再增加1所公办职业大学。';
    expect(relateWithConfidence(text)).toEqual([['RENAMED_TO', '重庆电子工程职业学院', '重庆电子科技职业大学', 0.7]]);
  });

  it('reads A（原B） as B renamed to A (seed 004, table 2-1)', () => {
    expect(relate('重庆电子科技职业大学（原重庆电子工程职业学院）')).toEqual([
      ['RENAMED_TO', '重庆电子工程职业学院', '重庆电子科技职业大学', '重庆电子科技职业大学（原重庆电子工程职业学院）'],
    ]);
  });

  it('reads A更名为B with a date between', () => {
    expect(relateWithConfidence('青川工业学校于2023年正式更名为青川数字职业技术学院。')).toEqual([
      ['RENAMED_TO', '青川工业学校', '青川数字职业技术学院', 0.9],
    ]);
  });

  it('reads 在A基础上组建B and 原A现为B', () => {
    expect(relate('在青川工业学校基础上组建青川数字职业技术学院。').map((r) => r.slice(0, 3))).toEqual([
      ['RENAMED_TO', '青川工业学校', '青川数字职业技术学院'],
    ]);
    expect(relate('原青川工业学校现为青川数字职业技术学院。').map((r) => r.slice(0, 3))).toEqual([
      ['RENAMED_TO', '青川工业学校', '青川数字职业技术学院'],
    ]);
  });

  it('does not read two schools side by side as a renaming', () => {
    expect(relate('青川工业学校、青川数字职业技术学院入选市级优质学校。')).toEqual([]);
    expect(relate('撤销青川工业学校的招生资格，青川市教育委员会督促整改。')).toEqual([]);
  });
});
