import { ofType, relate, relateWithConfidence } from './relate-text.helpers';

describe('PARTNERS_WITH from free text', () => {
  describe('on seed sentences', () => {
    it('reads A与B、…共建 and stops at an item it cannot name', () => {
      const text = '重庆工程职业技术学院与坦桑尼亚阿尔迪大学、在坦中企联合建设国际有限公司共建坦桑尼亚鲁班工坊，成为重庆首个国家级“鲁班工坊”。';
      expect(ofType(relate(text), 'PARTNERS_WITH')).toEqual([
        ['PARTNERS_WITH', '重庆工程职业技术学院', '坦桑尼亚阿尔迪大学', text.slice(0, text.indexOf('。'))],
      ]);
    });

    it('takes the subsidiaries of 下属 and every member of a 、/和 list', () => {
      const text = '重庆市龙门浩职业中学校与重庆机电集团下属智能制造有限公司、增材制造有限公司和盟讯科技有限公司共建智能制造现代产业学院，形成“1+3+2”政校行企多元协同的产业学院建设模式。';
      expect(ofType(relate(text), 'PARTNERS_WITH').map((r) => r.slice(1, 3))).toEqual([
        ['重庆市龙门浩职业中学校', '智能制造有限公司'],
        ['重庆市龙门浩职业中学校', '增材制造有限公司'],
        ['重庆市龙门浩职业中学校', '盟讯科技有限公司'],
      ]);
    });

    it('reads 携手 after the subject, passing over a list item the recogniser only half named', () => {
      const text =
        '重庆水利电力职业技术学院作为永川区大中小思政教育一体化试点建设共同体牵头单位，携手凤凰湖中学教育集团、重庆市农业机械化学校、重庆市华绣中等专业学校、上游小学教育集团、东皋书院幼教集团，坚持以立德为核心。';
      expect(ofType(relate(text), 'PARTNERS_WITH').map((r) => r[2])).toEqual([
        '重庆市农业机械化学校',
        '重庆市华绣中等专业学校',
        '上游小学教育集团',
        '东皋书院幼教集团',
      ]);
    });

    it('gives a subjectless 与…合作 clause the subject of its sentence, and an open list ends at 等', () => {
      const text = '重庆市经贸中等专业学校以国家级技能大师工作室为技术支撑，与园区联结，与永川区商会、长城汽车等企业建立校企战略合作关系，校企协同开展创新创业培训。';
      expect(relateWithConfidence(text)).toEqual([
        ['PARTNERS_WITH', '重庆市经贸中等专业学校', '永川区商会', 0.8],
        ['PARTNERS_WITH', '重庆市经贸中等专业学校', '长城汽车', 0.8],
      ]);
    });

    it('gives a sentence opening with 学校联合 or 与 the subject of an earlier sentence, at lower confidence', () => {
      const text =
        '重庆市工艺美术学校以综合高中改革为突破口。三是建立改革发展共同体。学校联合重庆市万州职业教育中心等5所综合高中改革发展试点学校，成立改革发展共同体。与重庆市铁路中学校、重庆市田家炳中学等区内优质高中学校建立结对帮扶关系。';
      expect(relateWithConfidence(text)).toEqual([
        ['PARTNERS_WITH', '重庆市工艺美术学校', '重庆市万州职业教育中心', 0.6],
        ['PARTNERS_WITH', '重庆市工艺美术学校', '重庆市铁路中学校', 0.6],
        ['PARTNERS_WITH', '重庆市工艺美术学校', '重庆市田家炳中学', 0.6],
      ]);
    });

    it('does not carry a subject into the next paragraph', () => {
      expect(relate('重庆市工艺美术学校以综合高中改革为突破口。\n学校联合重庆市万州职业教育中心等5所学校开展联考。')).toEqual([]);
    });

    it('reads a group acting together (A、B联合建设…)', () => {
      const text = '重庆市牧哥食品有限公司、重庆人文科技学院联合建设火锅食材产业产教联合体。';
      expect(ofType(relate(text), 'PARTNERS_WITH')).toEqual([
        ['PARTNERS_WITH', '重庆市牧哥食品有限公司', '重庆人文科技学院', text.slice(0, -1)],
      ]);
    });

    it('does not read the members of a body as the body (联合X联盟成员单位)', () => {
      const text = '重庆青年职业技术学院高标准打造“泰国新能源汽车产业学院”，联合中泰职业教育联盟成员单位，共同开发国际人才培养标准。';
      expect(ofType(relate(text), 'PARTNERS_WITH')).toEqual([]);
    });

    it('does not take offices issuing a document together for partners', () => {
      expect(relate('市政府与教育部联合印发深化现代职业教育体系改革政策文件。')).toEqual([]);
      expect(relate('2023年12月27日，教育部、重庆市人民政府联合印发《深化现代职业教育体系改革服务成渝地区双城经济圈建设实施方案》。')).toEqual([]);
    });

    it('does not read 联合体 as the verb 联合', () => {
      expect(relate('联合体实践成果被光明日报、重庆日报等主流媒体报道。')).toEqual([]);
    });
  });

  describe('on organisations never seen before', () => {
    it('reads A与B共建 with the sentence as evidence', () => {
      const text = '青川数字职业技术学院与云岭智造有限公司共建智能制造产业学院。';
      expect(ofType(relate(text), 'PARTNERS_WITH')).toEqual([
        ['PARTNERS_WITH', '青川数字职业技术学院', '云岭智造有限公司', '青川数字职业技术学院与云岭智造有限公司共建智能制造产业学院'],
      ]);
    });

    it('reads A联合B、C and A携手B、C', () => {
      for (const cue of ['联合', '携手']) {
        const text = `青川数字职业技术学院${cue}云岭智造有限公司、滇池精密机械有限公司开展订单培养。`;
        expect(relateWithConfidence(text).filter((r) => r[0] === 'PARTNERS_WITH')).toEqual([
          ['PARTNERS_WITH', '青川数字职业技术学院', '云岭智造有限公司', 0.9],
          ['PARTNERS_WITH', '青川数字职业技术学院', '滇池精密机械有限公司', 0.9],
        ]);
      }
    });

    it('reads A和B共同…, putting the mention written first as source', () => {
      expect(ofType(relate('云岭智造有限公司和青川数字职业技术学院共同成立青川智能制造研究院。'), 'PARTNERS_WITH').map((r) => r.slice(1, 3))).toEqual([
        ['云岭智造有限公司', '青川数字职业技术学院'],
      ]);
    });

    it('reads 签约 and 签订 after A与B', () => {
      expect(relate('青川数字职业技术学院与云岭智造有限公司签约，共建实训基地。').map((r) => r.slice(0, 3))).toEqual([
        ['PARTNERS_WITH', '青川数字职业技术学院', '云岭智造有限公司'],
      ]);
      expect(relate('青川数字职业技术学院与云岭智造有限公司签订校企合作协议。').map((r) => r.slice(0, 3))).toEqual([
        ['PARTNERS_WITH', '青川数字职业技术学院', '云岭智造有限公司'],
      ]);
    });

    it('needs a joint verb after A与B, and a joint verb after a group', () => {
      expect(relate('青川数字职业技术学院与云岭智造有限公司的员工参加了比赛。')).toEqual([]);
      expect(relate('青川数字职业技术学院与云岭智造有限公司分别获评市级示范单位。')).toEqual([]);
      expect(relate('青川数字职业技术学院和云岭智造有限公司入选全国示范。')).toEqual([]);
      expect(relate('青川数字职业技术学院参与云岭智造有限公司的技术改造。')).toEqual([]);
    });

    it('reads the subject after a case heading (【案例 1-1】A…，与B共建…)', () => {
      expect(relateWithConfidence('【案例 1-1】青川数字职业技术学院深化产教融合，与云岭智造有限公司共建智能制造产业学院')).toEqual([
        ['PARTNERS_WITH', '青川数字职业技术学院', '云岭智造有限公司', 0.8],
        ['OPERATES', '青川数字职业技术学院', '智能制造产业学院', 0.8],
      ]);
    });

    it('never relates a generic mention', () => {
      expect(relate('青川数字职业技术学院与有关企业共建实训基地。')).toEqual([]);
    });
  });
});
