import { recogniseEntities } from '../../../../../src/ingest/recognise';
import { extractTextRelations } from '../../../../../src/ingest/relate/text';
import { gazetteer, ofType, relate, relateWithConfidence } from './relate-text.helpers';

describe('LOCATED_IN from free text', () => {
  describe('on seed sentences', () => {
    it('reads the country a workshop or college is named after, as a mention inside the name', () => {
      const text = '重庆职业教育开展“坦桑尼亚鲁班工坊”“哈萨克斯坦长安汽车中文工坊”“越南熊猫学院”等多元主体境外联合办学项目28个。';
      const mentions = recogniseEntities(text, { gazetteer });
      const found = extractTextRelations(text, mentions, { gazetteer });
      expect(found.map((c) => [c.type, c.source.surface, c.target.surface, c.target.kind])).toEqual([
        ['LOCATED_IN', '坦桑尼亚鲁班工坊', '坦桑尼亚', 'Country'],
        ['LOCATED_IN', '哈萨克斯坦长安汽车中文工坊', '哈萨克斯坦', 'Country'],
        ['LOCATED_IN', '越南熊猫学院', '越南', 'Country'],
      ]);
      const first = found[0];
      expect(text.slice(first.target.start, first.target.end)).toBe('坦桑尼亚');
      expect(first.target.start).toBe(first.source.start);
      expect(first.confidence).toBe(0.8);
    });

    it('does not locate a brand (“鲁班工坊”落户C: the mention resolves to the programme, which is in many countries)', () => {
      expect(relate('重庆首个国家级“鲁班工坊”落户坦桑尼亚。')).toEqual([]);
    });

    it('does not locate a foreign partner by its name alone', () => {
      const text = '重庆工程职业技术学院与俄罗斯莫斯科国立工艺大学（斯坦金）合作共建重庆工程职业技术学院中俄智能制造国际学院，累计培养162人。';
      expect(ofType(relate(text), 'LOCATED_IN')).toEqual([]);
    });

    it('does not locate an alliance named after two countries', () => {
      expect(ofType(relate('重庆市工艺美术学校加入“中国-老挝职业教育发展共同体”。'), 'LOCATED_IN')).toEqual([]);
    });
  });

  describe('on organisations never seen before', () => {
    it('reads X落户C', () => {
      expect(relateWithConfidence('澜湄职业技术学院落户老挝。')).toEqual([['LOCATED_IN', '澜湄职业技术学院', '老挝', 0.9]]);
    });

    it('reads 在C建设的X', () => {
      const text = '在老挝建设的澜湄鲁班工坊已招收学员200人。';
      expect(relate(text)).toEqual([['LOCATED_IN', '澜湄鲁班工坊', '老挝', '在老挝建设的澜湄鲁班工坊已招收学员200人']]);
    });

    it('reads every country of 在C1、C2等地建立X', () => {
      expect(ofType(relate('青川数字职业技术学院在老挝、柬埔寨等地建立澜湄鲁班工坊。'), 'LOCATED_IN').map((r) => r.slice(1, 3))).toEqual([
        ['澜湄鲁班工坊', '老挝'],
        ['澜湄鲁班工坊', '柬埔寨'],
      ]);
    });

    it('reads a country inside a quoted workshop name', () => {
      expect(relate('青川数字职业技术学院开展“柬埔寨丝路工坊”项目。').map((r) => r.slice(0, 3))).toEqual([['LOCATED_IN', '柬埔寨丝路工坊', '柬埔寨']]);
    });

    it('needs the gazetteer to find a country inside a name', () => {
      const text = '泰国鲁班工坊揭牌。';
      expect(extractTextRelations(text, recogniseEntities(text, { gazetteer }))).toEqual([]);
      expect(extractTextRelations(text, recogniseEntities(text, { gazetteer }), { gazetteer }).map((c) => c.target.surface)).toEqual(['泰国']);
    });

    it('does not read a country the recogniser ran a name over (老挝建设…工坊)', () => {
      expect(ofType(relate('青川数字职业技术学院在老挝建设澜湄鲁班工坊。'), 'LOCATED_IN')).toEqual([]);
    });
  });
});
