/**
 * Short forms of Chinese government offices and their full names, with the English the bodies use.
 * These are naming conventions (`教委` is short for `教育委员会` in every city), not facts about one body.
 * Keys are the part after the place: `区教委` → `教委`, `市委编办` → `委编办`.
 */
export const OFFICE_ABBREVIATIONS: Readonly<Record<string, { full: string; en?: string }>> = {
  教委: { full: '教育委员会', en: 'Education Commission' },
  教育委员会: { full: '教育委员会', en: 'Education Commission' },
  发展改革委: { full: '发展和改革委员会', en: 'Development and Reform Commission' },
  发改委: { full: '发展和改革委员会', en: 'Development and Reform Commission' },
  发展和改革委员会: { full: '发展和改革委员会', en: 'Development and Reform Commission' },
  经济信息委: { full: '经济和信息化委员会', en: 'Economy and Information Technology Commission' },
  经信委: { full: '经济和信息化委员会', en: 'Economy and Information Technology Commission' },
  人力社保局: { full: '人力资源和社会保障局', en: 'Human Resources and Social Security Bureau' },
  人社局: { full: '人力资源和社会保障局', en: 'Human Resources and Social Security Bureau' },
  人力资源和社保局: { full: '人力资源和社会保障局', en: 'Human Resources and Social Security Bureau' },
  人力资源社会保障局: { full: '人力资源和社会保障局', en: 'Human Resources and Social Security Bureau' },
  人力资源和社会保障局: { full: '人力资源和社会保障局', en: 'Human Resources and Social Security Bureau' },
  农业农村委: { full: '农业农村委员会', en: 'Agriculture and Rural Affairs Commission' },
  国资委: { full: '国有资产监督管理委员会', en: 'State-owned Assets Supervision and Administration Commission' },
  政府外办: { full: '人民政府外事办公室', en: 'Foreign Affairs Office' },
  外办: { full: '外事办公室', en: 'Foreign Affairs Office' },
  委编办: { full: '委机构编制委员会办公室', en: 'Office of the Commission for Public Sector Reform' },
  扶贫办: { full: '扶贫开发办公室', en: 'Poverty Alleviation and Development Office' },
  文化旅游委: { full: '文化和旅游发展委员会', en: 'Culture and Tourism Development Commission' },
  商务委: { full: '商务委员会', en: 'Commerce Commission' },
  规划自然资源局: { full: '规划和自然资源局', en: 'Planning and Natural Resources Bureau' },
  退役军人事务局: { full: '退役军人事务局', en: 'Veterans Affairs Bureau' },
  // A common slip for the bureau's name since 2018; the body is the same.
  退伍军人事务局: { full: '退役军人事务局', en: 'Veterans Affairs Bureau' },
  医保局: { full: '医疗保障局', en: 'Healthcare Security Bureau' },
  市场监管局: { full: '市场监督管理局', en: 'Administration for Market Regulation' },
  财政局: { full: '财政局', en: 'Finance Bureau' },
  科技局: { full: '科学技术局', en: 'Science and Technology Bureau' },
  税务局: { full: '税务局', en: 'Taxation Bureau' },
  体育局: { full: '体育局', en: 'Sports Bureau' },
  大数据发展局: { full: '大数据发展局', en: 'Big Data Development Bureau' },
  乡村振兴局: { full: '乡村振兴局', en: 'Rural Revitalization Bureau' },
  水利局: { full: '水利局', en: 'Water Resources Bureau' },
  民政局: { full: '民政局', en: 'Civil Affairs Bureau' },
  委组织部: { full: '委组织部', en: 'Organization Department of the CPC {place} Committee' },
  委宣传部: { full: '委宣传部', en: 'Publicity Department of the CPC {place} Committee' },
  委老干局: { full: '委老干部局', en: 'Veteran Cadres Bureau of the CPC {place} Committee' },
  委军民融合办: { full: '委军民融合发展委员会办公室', en: 'Office of the CPC {place} Committee for Military-Civilian Integration' },
  委教育工委: { full: '委教育工作委员会', en: 'Education Work Committee of the CPC {place} Committee' },
  委: { full: '委', en: 'CPC {place} Committee' },
  政府: { full: '人民政府', en: "People's Government" },
  人民政府: { full: '人民政府', en: "People's Government" },
  政府办公室: { full: '人民政府办公室', en: "General Office of the {place} People's Government" },
  政府办公厅: { full: '人民政府办公厅', en: "General Office of the {place} People's Government" },
  政府教育督导室: { full: '人民政府教育督导室', en: 'Education Supervision Office' },
  总工会: { full: '总工会', en: 'Federation of Trade Unions' },
  教育局: { full: '教育局', en: 'Education Bureau' },
  教育厅: { full: '教育厅', en: 'Department of Education' },
  职教中心: { full: '职业教育中心', en: 'Vocational Education Centre' },
  职业教育中心: { full: '职业教育中心', en: 'Vocational Education Centre' },
};

/** Short forms that name the same office with or without a place in front (`人力社保局` = `区人力社保局` in a district's text). */
export function isKnownOffice(body: string): boolean {
  return Object.prototype.hasOwnProperty.call(OFFICE_ABBREVIATIONS, body) && body !== '委' && body !== '政府';
}
