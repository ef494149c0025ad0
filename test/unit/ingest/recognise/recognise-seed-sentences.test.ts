import { join } from 'node:path';
import { recogniseEntities, type EntityMention } from '../../../../src/ingest/recognise';
import { lexiconGazetteer, loadLexicon } from '../../../../src/ingest/resolve';

/** Sentences copied from the seed documents (NFKC'd, with the full-width punctuation the normaliser keeps). */
const gazetteer = lexiconGazetteer(loadLexicon(join(__dirname, '../../../../seeds/lexicon.json')));

type Row = [surface: string, kind: EntityMention['kind'], start: number, generic?: boolean];

function rows(text: string, withGazetteer = true): Row[] {
  return recogniseEntities(text, withGazetteer ? { gazetteer } : {}).map((m) => {
    expect(text.slice(m.start, m.end)).toBe(m.surface);
    return m.generic ? [m.surface, m.kind, m.start, true] : [m.surface, m.kind, m.start];
  });
}

describe('recogniseEntities on seed sentences', () => {
  it('starts a school name at the place, not at the verb before it (004)', () => {
    expect(rows('支持重庆工业职业技术学院牵头组建行业产教融合共同体。')).toEqual([
      ['重庆工业职业技术学院', 'School', 2],
      ['行业产教融合共同体', 'Community', 16, true],
    ]);
  });

  it('finds a school, a foreign university, a firm, a workshop and the programme in one sentence (004)', () => {
    const text = '重庆工程职业技术学院与坦桑尼亚阿尔迪大学、在坦中企联合建设国际有限公司共建坦桑尼亚鲁班工坊，成为重庆首个国家级“鲁班工坊”。';
    expect(rows(text)).toEqual([
      ['重庆工程职业技术学院', 'School', 0],
      ['坦桑尼亚阿尔迪大学', 'Organization', 11],
      ['联合建设国际有限公司', 'Enterprise', 25],
      ['坦桑尼亚鲁班工坊', 'Workshop', 37],
      ['鲁班工坊', 'Programme', 56],
    ]);
  });

  it('reads every office of a 责任单位 list with the district short forms (001)', () => {
    const text = '责任单位：区教委、区委编办、区发展改革委、区经济信息委、区人力社保局、区农业农村委、区政府外办、区国资委、区大数据发展局等，各街镇。';
    expect(rows(text, false)).toEqual([
      ['区教委', 'GovernmentBody', 5],
      ['区委编办', 'GovernmentBody', 9],
      ['区发展改革委', 'GovernmentBody', 14],
      ['区经济信息委', 'GovernmentBody', 21],
      ['区人力社保局', 'GovernmentBody', 28],
      ['区农业农村委', 'GovernmentBody', 35],
      ['区政府外办', 'GovernmentBody', 42],
      ['区国资委', 'GovernmentBody', 48],
      ['区大数据发展局', 'GovernmentBody', 53],
      ['各街镇', 'GovernmentBody', 62, true],
    ]);
  });

  it('reads the municipal short forms and a party department (000)', () => {
    const text = '市教委、市委组织部、市财政局、市人力社保局、市医保局、重庆市税务局等，各区县政府';
    expect(rows(text, false)).toEqual([
      ['市教委', 'GovernmentBody', 0],
      ['市委组织部', 'GovernmentBody', 4],
      ['市财政局', 'GovernmentBody', 10],
      ['市人力社保局', 'GovernmentBody', 15],
      ['市医保局', 'GovernmentBody', 22],
      ['重庆市税务局', 'GovernmentBody', 27],
      ['各区县政府', 'GovernmentBody', 35, true],
    ]);
  });

  it('keeps a joiner inside an office name but splits two offices in a row (002, 004)', () => {
    expect(rows('重庆市人力资源和社会保障局\n重庆市发展和改革委员会\n重庆市财政局', false)).toEqual([
      ['重庆市人力资源和社会保障局', 'GovernmentBody', 0],
      ['重庆市发展和改革委员会', 'GovernmentBody', 14],
      ['重庆市财政局', 'GovernmentBody', 26],
    ]);
    expect(rows('重庆市委市政府持续高度重视职业教育高质量发展', false)).toEqual([
      ['重庆市委', 'GovernmentBody', 0],
      ['市政府', 'GovernmentBody', 4],
    ]);
  });

  it('reads firms, schools and two named alliances from a district case (004 案例 3-1)', () => {
    const text =
      '合川区经济信息委、区教委等区级部门多方协同，联合重庆市平伟汽车系统有限公司、重庆工商职业学院建设新能源汽车零部件制造产教联合体，重庆市牧哥食品有限公司、重庆人文科技学院联合建设火锅食材产业产教联合体。';
    expect(rows(text, false)).toEqual([
      ['合川区经济信息委', 'GovernmentBody', 0],
      ['区教委', 'GovernmentBody', 9],
      ['区级部门', 'GovernmentBody', 13, true],
      ['重庆市平伟汽车系统有限公司', 'Enterprise', 24],
      ['重庆工商职业学院', 'School', 38],
      ['新能源汽车零部件制造产教联合体', 'Alliance', 48],
      ['重庆市牧哥食品有限公司', 'Enterprise', 64],
      ['重庆人文科技学院', 'School', 76],
      ['火锅食材产业产教联合体', 'Alliance', 88],
    ]);
  });

  it('tells a named alliance from the category (004)', () => {
    const text = '2023年9月28日，重庆市西部职教基地市域产教联合体入选教育部第一批国家级市域产教联合体名单。';
    expect(rows(text)).toEqual([
      ['重庆市西部职教基地市域产教联合体', 'Alliance', 11],
      ['教育部', 'GovernmentBody', 29],
      ['国家级市域产教联合体', 'Alliance', 35, true],
    ]);
  });

  it('keeps Latin words and their spaces inside a name, and the bare firm name from the lexicon (004 案例 3-5)', () => {
    expect(rows('重庆电子科技职业大学探索“三共三享”校企协同，与华为共建华为 ICT 产业学院。')).toEqual([
      ['重庆电子科技职业大学', 'School', 0],
      ['华为', 'Enterprise', 24],
      ['华为 ICT 产业学院', 'IndustryCollege', 28],
    ]);
  });

  it('splits a list of firms joined by 和 and stops at 下属 (004 案例 3-5)', () => {
    const text = '重庆市龙门浩职业中学校与重庆机电集团下属智能制造有限公司、增材制造有限公司和盟讯科技有限公司共建智能制造现代产业学院';
    expect(rows(text, false)).toEqual([
      ['重庆市龙门浩职业中学校', 'School', 0],
      ['重庆机电集团', 'Enterprise', 12],
      ['智能制造有限公司', 'Enterprise', 20],
      ['增材制造有限公司', 'Enterprise', 29],
      ['盟讯科技有限公司', 'Enterprise', 38],
      ['智能制造现代产业学院', 'IndustryCollege', 48],
    ]);
  });

  it('keeps 和 inside a firm name when the part before it ends no name (004 表 6-1)', () => {
    expect(rows('比亚迪股份有限公司、华飞安和水电有限公司、京东集团等', false)).toEqual([
      ['比亚迪股份有限公司', 'Enterprise', 0],
      ['华飞安和水电有限公司', 'Enterprise', 10],
      ['京东集团', 'Enterprise', 21],
    ]);
  });

  it('keeps a qualifying bracket after an alliance but not a former name (004 表 3-1, 6.3)', () => {
    expect(rows('4 重庆医药高等专科学校 重庆市生物医药产教联合体（重庆国际生物城）', false)).toEqual([
      ['重庆医药高等专科学校', 'School', 2],
      ['重庆市生物医药产教联合体（重庆国际生物城）', 'Alliance', 13],
    ]);
    expect(rows('重庆电子科技职业大学（原重庆电子工程职业学院）', false)).toEqual([
      ['重庆电子科技职业大学', 'School', 0],
      ['重庆电子工程职业学院', 'School', 12],
    ]);
  });

  it('finds countries only as whole words (004 案例 6-1)', () => {
    const text = '联合老挝、马来西亚、泰国等国家地区院校、企业实施熊猫学院、汉语桥等长短期来华留学培养项目，中泰职教联盟';
    expect(rows(text).filter(([, kind]) => kind === 'Country' || kind === 'Alliance')).toEqual([
      ['老挝', 'Country', 2],
      ['马来西亚', 'Country', 5],
      ['泰国', 'Country', 10],
      ['中泰职教联盟', 'Alliance', 45],
    ]);
  });

  it('does not take an office abbreviation that opens a document number (004 前言)', () => {
    const names = rows('（教职成司函〔2024〕29号）要求，重庆成立了编制领导小组', false).map(([s]) => s);
    expect(names).not.toContain('教职成司');
  });

  it('does not read 布局, 格局 or 干部 as offices (000)', () => {
    const text = '优化中等职业学校布局，形成全员全程全方位的“三全育人”新格局。培养一支高水平的职业学校领导干部队伍';
    expect(rows(text, false).filter(([, kind]) => kind === 'GovernmentBody')).toEqual([]);
  });
});
