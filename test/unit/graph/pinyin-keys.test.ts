import { pinyinKeys } from '../../../src/graph/pinyin-keys';

describe('pinyinKeys', () => {
  it('gives full pinyin and initials, reading 重庆 as chongqing', () => {
    expect(pinyinKeys('重庆工业职业技术学院')).toEqual(['chongqinggongyezhiyejishuxueyuan', 'cqgyzyjsxy']);
    expect(pinyinKeys('重庆工业职业技术学院')[1].startsWith('cqgy')).toBe(true);
  });

  it('keeps Latin words and digits whole and drops punctuation and spaces', () => {
    expect(pinyinKeys('华为 ICT 产业学院')).toEqual(['huaweiictchanyexueyuan', 'hwictcyxy']);
    expect(pinyinKeys('“1+X”证书制度试点')).toEqual(['1xzhengshuzhidushidian', '1xzszdsd']);
  });

  it('writes ü as v, as pinyin keyboards do', () => {
    expect(pinyinKeys('绿色学校')).toEqual(['lvsexuexiao', 'lsxx']);
  });

  it('gives no keys for a name without letters', () => {
    expect(pinyinKeys('')).toEqual([]);
    expect(pinyinKeys('（）')).toEqual([]);
  });
});
