import { ofType, relate, relateWithConfidence } from './relate-text.helpers';

describe('OPERATES from free text', () => {
  describe('on seed sentences', () => {
    it('gives what A与B共建 builds to A, not to its partner', () => {
      const text = '重庆电子科技职业大学探索“三共三享”校企协同，与华为共建华为 ICT 产业学院，实施“书证融通”改革。';
      expect(ofType(relate(text), 'OPERATES')).toEqual([
        ['OPERATES', '重庆电子科技职业大学', '华为 ICT 产业学院', text.slice(0, -1)],
      ]);
    });

    it('reads the object after a run of verbs (共投、共建、共管X)', () => {
      const text = '重庆工程职业技术学院紧跟时代步伐，与北京新大陆时代科技有限公司共投、共建、共管新大陆物联网产业学院，探索产教融合人才培养模式改革。';
      expect(ofType(relate(text), 'OPERATES').map((r) => r.slice(1, 3))).toEqual([['重庆工程职业技术学院', '新大陆物联网产业学院']]);
    });

    it('never makes the firm skipped in a partner list the operator', () => {
      const text = '重庆工程职业技术学院与坦桑尼亚阿尔迪大学、在坦中企联合建设国际有限公司共建坦桑尼亚鲁班工坊，成为重庆首个国家级“鲁班工坊”。';
      expect(ofType(relate(text), 'OPERATES').map((r) => r.slice(1, 3))).toEqual([['重庆工程职业技术学院', '坦桑尼亚鲁班工坊']]);
    });

    it('reads a college written under its owner’s name after the verb', () => {
      const text = '重庆工程职业技术学院与俄罗斯莫斯科国立工艺大学（斯坦金）合作共建重庆工程职业技术学院中俄智能制造国际学院，累计培养162人。';
      expect(relateWithConfidence(text).filter((r) => r[0] === 'OPERATES')).toEqual([
        ['OPERATES', '重庆工程职业技术学院', '中俄智能制造国际学院', 0.9],
      ]);
    });

    it('reads a quoted college brand and a centre, past an office that only qualifies it', () => {
      const text = '重庆商务职业学院获批重庆市来华留学教育实践基地，立项建设教育部人文交流中心“友谊学院”，赴西班牙、英国开展合作洽谈。';
      expect(ofType(relate(text), 'OPERATES').map((r) => r.slice(1, 3))).toEqual([['重庆商务职业学院', '友谊学院']]);
      const centre = '重庆电子科技职业大学建成中非（重庆）职业教育合作交流中心';
      expect(ofType(relate(centre), 'OPERATES').map((r) => r.slice(1, 3))).toEqual([['重庆电子科技职业大学', '中非（重庆）职业教育合作交流中心']]);
    });

    it('does not take a faculty named after its school for a college it runs', () => {
      expect(ofType(relate('图 2-5 重庆电子科技职业大学通信工程学院院长陶亚雄给学生讲解学校'), 'OPERATES')).toEqual([]);
    });

    it('does not take the second item of a list for the object of the verb', () => {
      const text = '重庆市九龙坡职业教育中心通过建立校企协作共同体，共建共享技能大师工作室、“双师”工坊、“双师”带徒工程等。';
      expect(ofType(relate(text), 'OPERATES')).toEqual([]);
    });
  });

  describe('on organisations never seen before', () => {
    it('reads A建成X and A高标准打造“X”', () => {
      expect(relateWithConfidence('青川数字职业技术学院建成青川数字孪生产业学院。')).toEqual([
        ['OPERATES', '青川数字职业技术学院', '青川数字孪生产业学院', 0.9],
      ]);
      expect(ofType(relate('青川数字职业技术学院高标准打造“澜湄丝路学院”留学品牌。'), 'OPERATES').map((r) => r.slice(1, 3))).toEqual([
        ['青川数字职业技术学院', '澜湄丝路学院'],
      ]);
    });

    it('reads A的X产业学院 at a lower confidence', () => {
      expect(relateWithConfidence('青川数字职业技术学院的滇池智能网联产业学院入选市级示范。')).toEqual([
        ['OPERATES', '青川数字职业技术学院', '滇池智能网联产业学院', 0.8],
      ]);
    });

    it('gives the agent of 支持A与B共建X what they build', () => {
      const text = '支持青川数字职业技术学院与云岭智造有限公司共建智能制造产业学院。';
      expect(ofType(relate(text), 'OPERATES').map((r) => r.slice(1, 3))).toEqual([['青川数字职业技术学院', '智能制造产业学院']]);
    });

    it('gives each member of a group that builds something the thing they build', () => {
      expect(ofType(relate('云岭智造有限公司和青川数字职业技术学院共同成立青川智能制造研究院。'), 'OPERATES').map((r) => r.slice(1, 3))).toEqual([
        ['云岭智造有限公司', '青川智能制造研究院'],
        ['青川数字职业技术学院', '青川智能制造研究院'],
      ]);
    });

    it('reads a school set up abroad (A在C建立X学院)', () => {
      expect(ofType(relate('青川数字职业技术学院在老挝建立了澜湄职业技术学院。'), 'OPERATES').map((r) => r.slice(1, 3))).toEqual([
        ['青川数字职业技术学院', '澜湄职业技术学院'],
      ]);
    });

    it('lets a school, not a government body, operate what it sets up', () => {
      expect(ofType(relate('青川数字职业技术学院成立青川职业教育研究中心。'), 'OPERATES').map((r) => r.slice(1, 3))).toEqual([
        ['青川数字职业技术学院', '青川职业教育研究中心'],
      ]);
      expect(ofType(relate('青川市教育委员会成立青川职业教育研究中心。'), 'OPERATES')).toEqual([]);
    });
  });
});
