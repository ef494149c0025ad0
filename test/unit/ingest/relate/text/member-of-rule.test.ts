import { ofType, relate, relateWithConfidence } from './relate-text.helpers';

describe('MEMBER_OF from free text', () => {
  describe('on seed sentences', () => {
    it('makes the founders of an alliance its members, not partners of each other', () => {
      const text =
        '2024年5月，重庆市委宣传部、重庆市教育委员会、重庆红岩革命历史文化中心、重庆华龙网集团联合发起成立全国首个“红岩思政”教育联盟，旨在打造具有重庆辨识度、全国影响力的“红岩思政”育人品牌。';
      const evidence = text.slice(0, -1);
      expect(relate(text)).toEqual([
        ['MEMBER_OF', '重庆市委宣传部', '“红岩思政”教育联盟', evidence],
        ['MEMBER_OF', '重庆市教育委员会', '“红岩思政”教育联盟', evidence],
        ['MEMBER_OF', '重庆红岩革命历史文化中心', '“红岩思政”教育联盟', evidence],
        ['MEMBER_OF', '重庆华龙网集团', '“红岩思政”教育联盟', evidence],
      ]);
    });

    it('makes the parties listed after 联合 members of the alliance they build, with no named agent', () => {
      const text = '合川区谋划建设市级产教联合体，联合重庆市平伟汽车系统有限公司、重庆工商职业学院建设新能源汽车零部件制造产教联合体。';
      expect(relateWithConfidence(text)).toEqual([
        ['PARTNERS_WITH', '重庆市平伟汽车系统有限公司', '重庆工商职业学院', 0.6],
        ['MEMBER_OF', '重庆市平伟汽车系统有限公司', '新能源汽车零部件制造产教联合体', 0.7],
        ['MEMBER_OF', '重庆工商职业学院', '新能源汽车零部件制造产教联合体', 0.7],
      ]);
    });

    it('reads 加入 after the sentence subject, in a sentence cut after a quoted full stop', () => {
      const text = '德国汉学家现场赋诗赞扬道：“精华当继传，技强自高雅。” 重庆市工艺美术学校实践“1+1+N”非遗项目国际化课程建设，加入“中国-老挝职业教育发展共同体”，建成线上虚拟仿真实训中心。';
      expect(relateWithConfidence(text)).toEqual([['MEMBER_OF', '重庆市工艺美术学校', '中国-老挝职业教育发展共同体', 0.8]]);
    });

    it('reads 组建B，成员包括…A等 (seed 000)', () => {
      const text =
        '在市政府指导下组建市级职业教育指导咨询委员会，成员包括政府人员、职业教育专家、行业企业专家、管理专家、职业教育研究人员、重庆中华职业教育社等社会各方面热心职业教育的人士。';
      expect(relateWithConfidence(text)).toEqual([['MEMBER_OF', '重庆中华职业教育社', '市级职业教育指导咨询委员会', 0.8]]);
    });
  });

  describe('on organisations never seen before', () => {
    it('reads A加入“B”', () => {
      const text = '青川数字职业技术学院加入“澜湄职业教育联盟”。';
      expect(relate(text)).toEqual([['MEMBER_OF', '青川数字职业技术学院', '澜湄职业教育联盟', '青川数字职业技术学院加入“澜湄职业教育联盟”']]);
    });

    it('reads B成员单位包括A、C等', () => {
      expect(relateWithConfidence('澜湄职业教育联盟成员单位包括青川数字职业技术学院、云岭智造有限公司等50余家单位。')).toEqual([
        ['MEMBER_OF', '青川数字职业技术学院', '澜湄职业教育联盟', 0.9],
        ['MEMBER_OF', '云岭智造有限公司', '澜湄职业教育联盟', 0.9],
      ]);
    });

    it('reads A作为B的理事单位', () => {
      expect(relate('青川数字职业技术学院作为澜湄职业教育联盟的理事单位，积极参与联盟建设。').map((r) => r.slice(0, 3))).toEqual([
        ['MEMBER_OF', '青川数字职业技术学院', '澜湄职业教育联盟'],
      ]);
    });

    it('reads founders of a never-seen alliance', () => {
      expect(ofType(relate('青川数字职业技术学院、云岭智造有限公司、滇池精密机械有限公司联合发起成立澜湄职业教育联盟。'), 'MEMBER_OF').map((r) => r[1])).toEqual([
        '青川数字职业技术学院',
        '云岭智造有限公司',
        '滇池精密机械有限公司',
      ]);
    });

    it('reads a group after an enabling verb (推动A、B共同组建C)', () => {
      expect(relateWithConfidence('推动青川数字职业技术学院、云岭智造有限公司共同组建青川智能制造产教联合体。')).toEqual([
        ['PARTNERS_WITH', '青川数字职业技术学院', '云岭智造有限公司', 0.9],
        ['MEMBER_OF', '青川数字职业技术学院', '青川智能制造产教联合体', 0.9],
        ['MEMBER_OF', '云岭智造有限公司', '青川智能制造产教联合体', 0.9],
      ]);
    });

    it('does not make a school a member of what it only serves', () => {
      expect(ofType(relate('青川数字职业技术学院服务澜湄职业教育联盟建设。'), 'MEMBER_OF')).toEqual([]);
    });
  });
});
