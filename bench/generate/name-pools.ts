/*
 * Word pools for synthetic names shaped like the seeds' (重庆工业职业技术学院, 北碚区人力社保局,
 * 重庆长安汽车股份有限公司, 泰国鲁班工坊 …). Invented combinations, not real bodies.
 */

/** First and second characters of district names; a unit's district comes from its index, so no two units share one. */
export const PLACE_FIRST = [...'渝巴江南北万永合綦潼璧铜荣梁垫忠云奉巫石秀酉彭黔武丰开城沙九长涪双青兴安龙凤金玉华明新德泰福宁康平川山水林海阳溪'];
export const PLACE_SECOND = [...'州江川山阳安宁平陵水溪林源城都丰华口坝湖桥岭湾滨'];
export const PLACE_THIRD = ['', ...'东西南北中'];

/** The district of unit `u` (a bijection for u below 56 × 24 × 6 = 8064). */
export function placeOf(u: number): string {
  const first = PLACE_FIRST[u % PLACE_FIRST.length];
  const second = PLACE_SECOND[Math.floor(u / PLACE_FIRST.length) % PLACE_SECOND.length];
  const third = PLACE_THIRD[Math.floor(u / (PLACE_FIRST.length * PLACE_SECOND.length)) % PLACE_THIRD.length];
  return `${first}${second}${third}`;
}

export const SCHOOL_FIELDS = ['工业', '电子', '工程', '交通', '建筑', '医药', '财经', '旅游', '信息', '机电', '城市管理', '水利电力', '化工', '航空', '商务', '艺术', '农业', '传媒', '轻工', '能源', '公共运输', '安全', '幼儿师范', '科技'];
export const SCHOOL_SUFFIXES = ['职业技术学院', '职业学院', '高等专科学校', '中等专业学校', '职业教育中心', '技师学院', '技工学校', '职业大学'];

export const BRAND_CHARS = [...'长安华为力帆宗申隆鑫瑞达通联创恒泰博远盛源科智云天宏嘉和信康'];
export const INDUSTRIES = ['汽车', '电子', '科技', '智能制造', '信息技术', '物流', '建设', '医药', '能源', '数据', '软件', '装备', '材料', '机器人', '新能源汽车', '集成电路', '文化旅游', '现代农业'];
export const COMPANY_SUFFIXES = ['股份有限公司', '有限公司', '集团有限公司', '有限责任公司'];

/** District departments with the short forms the documents use for them (区教委, 区人力社保局 …). */
export const DEPARTMENTS: readonly (readonly [string, string])[] = [
  ['教育委员会', '教委'],
  ['人力资源和社会保障局', '人力社保局'],
  ['财政局', '财政局'],
  ['发展和改革委员会', '发展改革委'],
  ['经济和信息化委员会', '经济信息委'],
  ['农业农村委员会', '农业农村委'],
  ['文化和旅游发展委员会', '文化旅游委'],
  ['科学技术局', '科技局'],
  ['商务委员会', '商务委'],
  ['人民政府', '政府'],
  ['住房和城乡建设委员会', '住房城乡建委'],
  ['卫生健康委员会', '卫生健康委'],
  ['国有资产监督管理委员会', '国资委'],
  ['市场监督管理局', '市场监管局'],
  ['民政局', '民政局'],
  ['交通局', '交通局'],
  ['应急管理局', '应急局'],
  ['总工会', '总工会'],
  ['共青团委员会', '团区委'],
  ['规划和自然资源局', '规划自然资源局'],
];

/** Bodies every unit's documents cite or are issued by: these hubs grow with the graph, as national bodies do. */
export const NATIONAL_BODIES: readonly (readonly [string, string])[] = [
  ['国务院', '国务院'],
  ['中华人民共和国教育部', '教育部'],
  ['中华人民共和国人力资源和社会保障部', '人力资源社会保障部'],
  ['国家发展和改革委员会', '国家发展改革委'],
  ['中华人民共和国财政部', '财政部'],
];

/** Policies the seeds cite again and again (number, title). */
export const NATIONAL_POLICIES: readonly (readonly [string, string])[] = [
  ['国发〔2019〕4号', '国家职业教育改革实施方案'],
  ['国办发〔2017〕95号', '国务院办公厅关于深化产教融合的若干意见'],
  ['教职成〔2019〕5号', '关于实施中国特色高水平高职学校和专业建设计划的意见'],
  ['中办发〔2021〕43号', '关于推动现代职业教育高质量发展的意见'],
  ['中办发〔2022〕65号', '关于深化现代职业教育体系建设改革的意见'],
  ['人社部发〔2021〕86号', '技工教育“十四五”规划'],
  ['教职成厅函〔2023〕20号', '关于加快推进现代职业教育体系建设改革重点任务的通知'],
  ['发改社会〔2019〕1558号', '国家产教融合建设试点实施方案'],
  ['财教〔2021〕70号', '关于进一步加强职业教育经费投入的通知'],
  ['教发〔2018〕1号', '职业学校校企合作促进办法'],
];

/** Countries of overseas workshops (name, English name). */
export const COUNTRIES: readonly (readonly [string, string])[] = [
  ['泰国', 'Thailand'], ['柬埔寨', 'Cambodia'], ['老挝', 'Laos'], ['越南', 'Vietnam'], ['马来西亚', 'Malaysia'],
  ['印度尼西亚', 'Indonesia'], ['巴基斯坦', 'Pakistan'], ['埃及', 'Egypt'], ['肯尼亚', 'Kenya'], ['南非', 'South Africa'],
  ['俄罗斯', 'Russia'], ['哈萨克斯坦', 'Kazakhstan'], ['塞尔维亚', 'Serbia'], ['德国', 'Germany'], ['英国', 'United Kingdom'],
  ['新加坡', 'Singapore'], ['缅甸', 'Myanmar'], ['乌兹别克斯坦', 'Uzbekistan'], ['吉尔吉斯斯坦', 'Kyrgyzstan'], ['坦桑尼亚', 'Tanzania'],
  ['埃塞俄比亚', 'Ethiopia'], ['尼日利亚', 'Nigeria'], ['白俄罗斯', 'Belarus'], ['蒙古', 'Mongolia'],
];

export const ALLIANCE_FORMS = ['产教联合体', '职业教育集团', '产教融合联盟', '市域产教联合体'];
export const COMMUNITY_FORMS = ['行业产教融合共同体', '职业教育共同体', '产教融合共同体'];
export const WORKSHOP_FORMS = ['鲁班工坊', '郑和学院', '职业技能工坊'];
export const PROGRAMME_FORMS = ['“双高”建设计划', '技能人才培养计划', '产教融合行动计划', '现代学徒制试点计划', '“1+X”证书试点计划', '职业教育提质培优行动计划', '技能重庆行动计划'];
export const PROJECT_FORMS = ['实训基地建设项目', '揭榜项目', '技术攻关项目', '专业群建设项目', '公共实训中心项目'];
export const ORGANIZATION_FORMS = ['行业协会', '职业教育学会', '产业研究院', '职业技能鉴定中心', '商会'];

/** Pieces of clause text: actions, objects and ends, put together around the names a clause mentions. */
export const CLAUSE_ACTIONS = ['深化', '推进', '支持', '鼓励', '完善', '建设', '实施', '健全', '打造', '培育', '探索', '落实'];
export const CLAUSE_OBJECTS = [
  '产教融合校企合作', '现代学徒制', '高水平专业群', '职业教育集团化办学', '“双师型”教师队伍', '实训基地', '职业技能等级证书制度',
  '中高职贯通培养', '职业学校办学条件达标工程', '技能人才评价体系', '产业学院', '国际合作与交流', '学生实习管理', '质量年度报告制度',
];
export const CLAUSE_ENDS = [
  '，形成一批可复制可推广的经验。', '，到2025年建成市级示范项目。', '，提升服务地方经济社会发展能力。', '，切实提高人才培养质量。',
  '，推动职业教育高质量发展。', '，每年遴选一批优秀案例。', '，完善考核评价机制。',
];
export const SECTION_HEADINGS = ['指导思想', '目标要求', '重点任务', '保障措施', '组织实施', '工作机制', '主要举措', '发展成效', '经费保障', '监督评估'];
export const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];
export const DEADLINES = ['2022年底前', '2023年6月底前', '长期坚持', '2024年底前', '每年', '2025年底前'];
