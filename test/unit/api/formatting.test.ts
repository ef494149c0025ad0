import { bigramsOf, findSimilar, jaccard } from '../../../src/api/services/clause-similarity';
import { formatCitation } from '../../../src/api/services/format-citation';
import { normaliseDocNumber } from '../../../src/api/services/normalise-doc-number';
import { looksLikePinyin, pinyinKeys } from '../../../src/api/services/pinyin-keys';

describe('formatCitation (GB/T 7714, [Z])', () => {
  it('writes issuers, title, number, type mark and date', () => {
    expect(
      formatCitation({ issuers: ['重庆市人民政府'], title: '重庆市人民政府关于印发重庆市职业教育改革实施方案的通知', docNumber: '渝府发〔2019〕18号', date: '2019-05-29' }),
    ).toBe('重庆市人民政府. 重庆市人民政府关于印发重庆市职业教育改革实施方案的通知: 渝府发〔2019〕18号[Z]. 2019-05-29.');
  });

  it('joins several issuers with commas', () => {
    expect(formatCitation({ issuers: ['教育部', '财政部'], title: '关于实施中国特色高水平高职学校和专业建设计划的意见', docNumber: '教职成〔2019〕5号', date: '2019-03-29' })).toBe(
      '教育部, 财政部. 关于实施中国特色高水平高职学校和专业建设计划的意见: 教职成〔2019〕5号[Z]. 2019-03-29.',
    );
  });

  it('leaves out what the document lacks', () => {
    expect(formatCitation({ issuers: [], title: '重庆市职业教育质量年度报告', docNumber: null, date: null })).toBe('重庆市职业教育质量年度报告[Z].');
    expect(formatCitation({ issuers: [' '], title: '某方案', docNumber: ' ', date: '2020' })).toBe('某方案[Z]. 2020.');
  });
});

describe('normaliseDocNumber', () => {
  it.each(['渝府发〔2019〕18号', '渝府发[2019]18号', '渝府发［2019］18号', '渝府发（2019）18号', '渝府发 (2019) 18 号', '渝府发【2019】18号'])('reads %j', (input) => {
    expect(normaliseDocNumber(input)).toBe('渝府发〔2019〕18号');
  });
});

describe('pinyin keys', () => {
  it('gives full pinyin and initials, Latin parts kept, lower case', () => {
    expect(pinyinKeys('重庆电子工程职业学院')).toEqual({ full: 'chongqingdianzigongchengzhiyexueyuan', initials: 'cqdzgczyxy' });
    expect(pinyinKeys('华为ICT学院').full).toBe('huaweiictxueyuan');
  });

  it('recognises what a person types for pinyin', () => {
    expect(looksLikePinyin('Chongqing Dianzi')).toBe(true);
    expect(looksLikePinyin('重庆')).toBe(false);
    expect(looksLikePinyin('2019')).toBe(false);
  });
});

describe('clause similarity', () => {
  it('compares character bigrams, ignoring punctuation and spaces', () => {
    expect([...bigramsOf('产教，融合')]).toEqual(['产教', '教融', '融合']);
    expect(jaccard(bigramsOf('深化产教融合'), bigramsOf('深化产教融合'))).toBe(1);
    expect(jaccard(bigramsOf('深化产教融合'), bigramsOf('建设鲁班工坊'))).toBe(0);
    expect(jaccard(new Set(), bigramsOf('产教'))).toBe(0);
  });

  it('finds look-alikes in other documents only, best first, above the threshold', () => {
    const profile = (id: string, document: string, text: string) => ({ id, document, bigrams: bigramsOf(text) });
    const target = profile('a1', 'A', '深化产教融合，推动职业教育高质量发展');
    const corpus = [
      target,
      profile('a2', 'A', '深化产教融合，推动职业教育高质量发展'),
      profile('b1', 'B', '深化产教融合，推动职业教育发展'),
      profile('c1', 'C', '深化产教融合，推动职业教育高质量发展。'),
      profile('d1', 'D', '建设鲁班工坊'),
    ];
    const found = findSimilar(target, corpus, { minScore: 0.3, first: 10 });
    expect(found.map((m) => m.id)).toEqual(['c1', 'b1']);
    expect(found[0].score).toBe(1);
    expect(findSimilar(target, corpus, { minScore: 0.3, first: 1 })).toHaveLength(1);
  });
});
