import { recogniseEntities } from '../../../../src/ingest/recognise';

/** Invented sentences with organisations that appear in no seed and no lexicon: found by their shape alone. */
const rows = (text: string) =>
  recogniseEntities(text).map((m) => (m.generic ? [m.surface, m.kind, m.start, true] : [m.surface, m.kind, m.start]));

describe('recogniseEntities on names never seen before', () => {
  it('finds a lead school, a partner firm and the college they build', () => {
    expect(rows('由青川数字职业技术学院牵头，联合云岭智造有限公司共建滇黔数字孪生产业学院。')).toEqual([
      ['青川数字职业技术学院', 'School', 1],
      ['云岭智造有限公司', 'Enterprise', 16],
      ['滇黔数字孪生产业学院', 'IndustryCollege', 26],
    ]);
  });

  it('keeps a quoted brand at the front of a name', () => {
    expect(rows('支持澜沧江航运职业学院与湄公河物流集团共建“跨境物流”现场工程师学院。')).toEqual([
      ['澜沧江航运职业学院', 'School', 2],
      ['湄公河物流集团', 'Enterprise', 12],
      ['“跨境物流”现场工程师学院', 'IndustryCollege', 21],
    ]);
  });

  it('reads district short forms it has no list of', () => {
    expect(rows('区教委会同区住房城乡建委、区城市管理局推进。')).toEqual([
      ['区教委', 'GovernmentBody', 0],
      ['区住房城乡建委', 'GovernmentBody', 5],
      ['区城市管理局', 'GovernmentBody', 13],
    ]);
  });

  it('reads governments, management committees, alliances and communities', () => {
    expect(rows('江北区人民政府与长寿经开区管委会签订协议，组建雪峰山智慧农业产教联合体和乌蒙山文旅行业产教融合共同体')).toEqual([
      ['江北区人民政府', 'GovernmentBody', 0],
      ['长寿经开区管委会', 'GovernmentBody', 8],
      ['雪峰山智慧农业产教联合体', 'Alliance', 23],
      ['乌蒙山文旅行业产教融合共同体', 'Community', 36],
    ]);
  });

  it('reads a county school and a town government', () => {
    expect(rows('四川省青川县职业中学校、青川县溪口镇人民政府')).toEqual([
      ['四川省青川县职业中学校', 'School', 0],
      ['青川县溪口镇人民政府', 'GovernmentBody', 12],
    ]);
  });

  it('reads a firm with a legal form and the industry college named after it', () => {
    expect(rows('2024年，重庆长江轴承股份有限公司联合重庆三峡学院组建长江轴承产业学院')).toEqual([
      ['重庆长江轴承股份有限公司', 'Enterprise', 6],
      ['重庆三峡学院', 'School', 20],
      ['长江轴承产业学院', 'IndustryCollege', 28],
    ]);
  });

  it('learns a short name from 以下简称 and marks its later uses', () => {
    const mentions = recogniseEntities('青川市教育局（以下简称市教育局）牵头，市教育局负责考核');
    expect(mentions.map((m) => [m.surface, m.start, m.fullForm])).toEqual([
      ['青川市教育局', 0, undefined],
      ['市教育局', 11, '青川市教育局'],
      ['市教育局', 19, '青川市教育局'],
    ]);
  });

  it('adds uses of a learned short name that has no suffix of its own, the definition included', () => {
    const mentions = recogniseEntities('青川云岭数字产业发展有限公司（以下简称云岭数产）与学校合作。云岭数产提供岗位。');
    expect(mentions.filter((m) => m.surface === '云岭数产').map((m) => [m.kind, m.start, m.fullForm])).toEqual([
      ['Enterprise', 19, '青川云岭数字产业发展有限公司'],
      ['Enterprise', 30, '青川云岭数字产业发展有限公司'],
    ]);
  });

  it('finds a partner with no suffix between 与 and a verb of co-operation, and its later uses', () => {
    expect(rows('青川职业学院与云岭数产共建实训基地，云岭数产派出工程师。')).toEqual([
      ['青川职业学院', 'School', 0],
      ['云岭数产', 'Organization', 7],
      ['云岭数产', 'Organization', 18],
    ]);
    expect(rows('联合滇池微电子共同开发课程，与企业共建基地，与泰国合作。')).toEqual([
      ['滇池微电子', 'Enterprise', 2],
      ['企业', 'Enterprise', 15, true],
    ]);
  });

  it('reads the members of a list closed by 等…企业 as firms, and their later uses without the place (004 案例 3-2)', () => {
    expect(rows('联合重庆龙煜铜管、西门雷森等30余家企业，为成都格力钛等20余家企业实施改造；助推龙煜铜管获评“小巨人”企业')).toEqual([
      ['重庆龙煜铜管', 'Enterprise', 2],
      ['西门雷森', 'Enterprise', 9],
      ['企业', 'Enterprise', 18, true],
      ['成都格力钛', 'Enterprise', 22],
      ['企业', 'Enterprise', 32, true],
      ['龙煜铜管', 'Enterprise', 41],
      ['企业', 'Enterprise', 52, true],
    ]);
  });

  it('gives the later offices of a list the place of the first, as their full form (002 主送)', () => {
    const mentions = recogniseEntities('两江新区社会保障局、经济运行局、财政局，万盛经开区人力社保局、发展改革局');
    expect(mentions.map((m) => [m.surface, m.start, m.fullForm])).toEqual([
      ['两江新区社会保障局', 0, undefined],
      ['经济运行局', 10, '两江新区经济运行局'],
      ['财政局', 16, '两江新区财政局'],
      ['万盛经开区人力社保局', 20, undefined],
      ['发展改革局', 31, '万盛经开区发展改革局'],
    ]);
  });

  it('returns nothing for an empty text and refuses a non-string', () => {
    expect(recogniseEntities('')).toEqual([]);
    expect(() => recogniseEntities(42 as unknown as string)).toThrow(TypeError);
  });
});

describe('recogniseEntities on generic mentions', () => {
  it('marks plurals and categories as generic and names as named', () => {
    expect(rows('鼓励有关企业、各区县和职业院校参与，市政府有关部门要加强指导')).toEqual([
      ['有关企业', 'Enterprise', 2, true],
      ['各区县', 'GovernmentBody', 7, true],
      ['职业院校', 'School', 11, true],
      ['市政府', 'GovernmentBody', 18],
      ['有关部门', 'GovernmentBody', 21, true],
    ]);
  });

  it('treats a category as generic when only qualifiers, places or a count come before it (000, 004)', () => {
    expect(rows('建设10个左右国家级示范性职业教育集团，首批14个市域产教联合体全部挂牌，重庆市职业学校积极响应')).toEqual([
      ['国家级示范性职业教育集团', 'Alliance', 7, true],
      ['市域产教联合体', 'Alliance', 25, true],
      ['重庆市职业学校', 'School', 37, true],
    ]);
  });

  it('cuts a category back to its qualifiers when a verb precedes it (001)', () => {
    expect(rows('逐步提高中等职业学校生均公用经费标准，激活行业企业深度参与')).toEqual([
      ['中等职业学校', 'School', 4, true],
      ['行业企业', 'Enterprise', 21, true],
    ]);
  });
});
