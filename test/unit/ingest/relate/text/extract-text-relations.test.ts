import { recogniseEntities, type EntityMention } from '../../../../../src/ingest/recognise';
import { extractTextRelations } from '../../../../../src/ingest/relate/text';
import { gazetteer } from './relate-text.helpers';

const TEXT = '青川数字职业技术学院推进产教融合。青川数字职业技术学院与云岭智造有限公司共建智能制造产业学院；学校加入“澜湄职业教育联盟”。';

describe('extractTextRelations', () => {
  const mentions = recogniseEntities(TEXT, { gazetteer });
  const found = extractTextRelations(TEXT, mentions, { gazetteer });

  it('gives each candidate its sentence as evidence, the mentions it was given, a confidence and a versioned extractor', () => {
    const second = { start: TEXT.indexOf('青川数字职业技术学院与'), end: TEXT.indexOf('；') };
    expect(found.map((c) => [c.type, c.source.surface, c.target.surface, c.start, c.end, c.extractor])).toEqual([
      ['PARTNERS_WITH', '青川数字职业技术学院', '云岭智造有限公司', second.start, second.end, 'text-partners@1'],
      ['OPERATES', '青川数字职业技术学院', '智能制造产业学院', second.start, second.end, 'text-operates@1'],
      ['MEMBER_OF', '青川数字职业技术学院', '澜湄职业教育联盟', TEXT.indexOf('学校加入'), TEXT.length - 1, 'text-member-of@1'],
    ]);
    for (const c of found) {
      expect(mentions).toContain(c.source);
      expect(mentions).toContain(c.target);
      expect(c.confidence).toBeGreaterThan(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('scores a relation whose agent is carried over from an earlier sentence lower', () => {
    const joined = found.find((c) => c.type === 'MEMBER_OF');
    const partners = found.find((c) => c.type === 'PARTNERS_WITH');
    expect(joined?.confidence).toBe(0.6);
    expect(partners?.confidence).toBe(0.9);
  });

  it('never relates a mention marked generic', () => {
    const generic = mentions.map((m): EntityMention => (m.surface === '云岭智造有限公司' ? { ...m, generic: true } : m));
    const types = extractTextRelations(TEXT, generic, { gazetteer }).map((c) => `${c.type} ${c.target.surface}`);
    expect(types).toEqual(['OPERATES 智能制造产业学院', 'MEMBER_OF 澜湄职业教育联盟']);
  });

  it('gives nothing for empty text or no mentions', () => {
    expect(extractTextRelations('', [])).toEqual([]);
    expect(extractTextRelations(TEXT, [])).toEqual([]);
  });

  it('refuses mentions that are not in the text, and input of the wrong type', () => {
    const moved: EntityMention = { ...mentions[0], start: mentions[0].start + 1, end: mentions[0].end + 1 };
    expect(() => extractTextRelations(TEXT, [moved])).toThrow(/is not in the text/);
    expect(() => extractTextRelations(TEXT.slice(0, 5), mentions)).toThrow(RangeError);
    expect(() => extractTextRelations(42 as unknown as string, [])).toThrow(TypeError);
    expect(() => extractTextRelations(TEXT, null as unknown as EntityMention[])).toThrow(TypeError);
  });
});
