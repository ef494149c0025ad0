import { ofType, relate, relateWithConfidence } from './relate-text.helpers';

describe('LEADS from free text', () => {
  it('reads A作为B牵头单位 (seed 004)', () => {
    const text = '重庆水利电力职业技术学院作为永川区大中小思政教育一体化试点建设共同体牵头单位，携手重庆市农业机械化学校开展思政育人活动。';
    expect(ofType(relate(text), 'LEADS')).toEqual([
      ['LEADS', '重庆水利电力职业技术学院', '永川区大中小思政教育一体化试点建设共同体', text.slice(0, -1)],
    ]);
  });

  it('reads 由A牵头组建B、C', () => {
    expect(relateWithConfidence('由青川数字职业技术学院牵头组建澜湄职业教育联盟、滇中产教融合共同体。')).toEqual([
      ['LEADS', '青川数字职业技术学院', '澜湄职业教育联盟', 0.9],
      ['LEADS', '青川数字职业技术学院', '滇中产教融合共同体', 0.9],
    ]);
  });

  it('reads B由A牵头成立 and A牵头成立B', () => {
    expect(relate('澜湄职业教育联盟由青川数字职业技术学院牵头成立。').map((r) => r.slice(0, 3))).toEqual([
      ['LEADS', '青川数字职业技术学院', '澜湄职业教育联盟'],
    ]);
    expect(relate('青川数字职业技术学院牵头成立澜湄职业教育联盟。').map((r) => r.slice(0, 3))).toEqual([
      ['LEADS', '青川数字职业技术学院', '澜湄职业教育联盟'],
    ]);
  });

  it('reads A牵头组建的B', () => {
    expect(relate('青川数字职业技术学院牵头组建的青川智能制造产教联合体入选国家级。').map((r) => r.slice(0, 3))).toEqual([
      ['LEADS', '青川数字职业技术学院', '青川智能制造产教联合体'],
    ]);
  });

  it('never leads a unit that only helps (由A牵头，B、C配合)', () => {
    expect(relate('由青川市教育委员会牵头，青川市财政局、青川数字职业技术学院配合。')).toEqual([]);
  });

  it('needs a named body: a lead of a task or of nothing named gives no relation', () => {
    expect(relate('青川数字职业技术学院牵头，校企深度合作，建设一批实训基地。')).toEqual([]);
  });
});
