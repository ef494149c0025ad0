/**
 * Word lists the recogniser uses to decide where a name starts and whether it names one thing.
 * They are ordinary Chinese vocabulary of policy texts, not names of particular organisations.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** jieba tags of words that can sit inside a name (nouns, place and person names, unknown words, abbreviations…). */
export const NAME_TAGS = set('n nr nrt nrfg ns nt nz ng vn an a t b l i j x eng s k zg mq nh');

/** Tags of words that are surely part of a name when they open one (places, organisations, unknown words). */
export const NAME_OPENING_TAGS = set('ns nt nz nr nrt x eng j');

/**
 * Verbs that, when they precede a name, are the clause's predicate (`支持重庆工业职业技术学院牵头`)
 * and so mark where the name starts. Other verbs may be inside a name (`智能制造`, `智能网联`).
 */
export const PREDICATE_VERBS = set(`
  支持 联合 牵头 组建 共建 共投 共管 共享 共育 共研 依托 建立 建成 成立 组织 实施 推进 推动 开展 参与 参加 加入
  举办 承办 主办 开设 设立 设置 培育 打造 入选 获批 获评 获得 认定 遴选 评选 引进 引入 落户 对接 携手 负责 发布
  印发 制定 出台 召开 形成 构建 提供 带动 助力 助推 促进 深化 完善 加强 强化 落实 鼓励 引导 优化 提升 提高 扩大
  发挥 利用 借助 通过 采用 依据 根据 按照 围绕 聚焦 面向 针对 下属 所属 隶属 包括 包含 是 有 作为 成为 同意 撤销
  批准 备案 申报 立项 签约 联手 探索 创建 授牌 挂牌 揭牌 组成 筹建 新建 增加 接待 走进 赴 到 在 去 来 经 由 向 对
  与 和 及 以 为 将 把 被 让 使 结合 纳入 争取 启动 执行 推行 用于 考察 访问 调研 召集 邀请 慰问 举行 发起 派遣
  选派 招收 录取 接收 输送 关注 重视 领衔 推荐 委托 健全 建立健全 办好 担任 下设 设在 位于 核定 新征 追加 规范 调适 迁走 迁出 引领 凸显 彰显
  响应 谋划 布局 一是 二是 三是 四是 五是 其中 包括 暨 即 含 原 赋能 享受 获 荣获 办 上好 确保 保障 统筹 协调 加快
  积极 大力 全面 不断 持续 进一步 逐步 努力 着力 充分 切实 主动 深入 广泛 重点 优先 鼓励 要求 要 应 须 可 能
  会同 配合 协助 牵头单位 责任单位 依靠 联系 帮扶 服务于 对口 开发 研制 编制 开放 承接 举荐 授予 评为 列为
`);

/** Verbs that can sit inside a name (`软件信息服务产教联合体`, `电力建设集团`) but not at its front (`指导职业学校…`). */
export const LEADING_ONLY_VERBS = set(`
  服务 建设 合作 创新 协同 系统 支撑 培养 发展 管理 研究 指导 推广 交流 运营 实践 制造 加工 检测 维修 设计 投资 培训 咨询
  评估 保障 监督 融合 控股 试制 联网 运输 装备 仿真 孵化 转化 应用 实训 育人 认证 教学 旅游 康养 养老 护理 改革 提高 提升
  促进 振兴 监管 开发 集成 贸易 生产 经营 物流 建筑 规划 发电 供电 储能 智造 互联 共享 传承 创业 就业 招商 编制
`);

/** Predicates that end a programme name too (programme names themselves contain verbs like 提高, 建设). */
export const PROGRAMME_PREDICATES = set(`
  实施 制定 推进 开展 启动 落实 参与 结合 纳入 争取 组织 执行 入选 获批 立项 推行 申报 用于 依托 通过 按照 根据
  围绕 面向 参加 加入 完成 承担 支持 鼓励 引导 推动 深化 加强 开设 设立 建立 打造 遴选 评选 获得 是 有 作为
`);

/** Words that open a generic mention: `各区县`, `有关企业`, `相关部门`. */
export const PLURAL_DETERMINERS = set('各 有关 相关 其他 其它 部分 一批 多所 若干 所有 这些 该 本 各类 各级 诸多 多家 广大');

/**
 * Modifiers that narrow a category without naming one member of it: `国家级示范性职业教育集团`,
 * `中等职业学校`, `市域产教联合体`. A name made only of these (and places) is generic.
 */
export const QUALIFIERS: readonly string[] = [
  ...set(`
  国家级 国家 省级 省域 市级 区级 县级 市域 区域 全国 全市 全区 全县 地方 本地 当地 中央 高水平 示范性 示范 优质 一流 特色
  重点 骨干 现代 新型 首批 第一批 第二批 首个 公办 民办 普通 高等 中等 初等 高职 中职 职业 行业 产业园区 园区 本科 专科
  应用型 技工 综合 合作 校企 实体化 开放型 共享型 双高 相应 同类 优秀 大型 中型 小型 大中型 中小型 中小微 国有 民营
  层次 试点 样板 标杆 领军 龙头 头部 知名 具备条件的 符合条件的 有条件的 本科层次 高级 中级 初级 多元 产教融合型
  职业教育 职教 教育 专业 专业化 跨区域 区县 省市 川渝 其他 各类 相关 有关 各 这些 该 本 国内 境外 海外 国外 外国 城乡
  区内 区域内 市内 域内 省内 校内 本区 本市 区属 市属 属地 偏远 边远 主城 优质中职 所有 全体 一般 同等 同层次
  高质量 镇 乡 街道 村 社区 基层 上级 下级 主管 行政 教育行政 典型 标杆 绿色 信息化 特殊教育 教师进修
  产教 产教融合 全日制 高中 中小 企业 跨区域的 区县级 市级及以上
  `),
].sort((a, b) => b.length - a.length);

/** Place words that, in front of a category head, still leave it a category (`重庆市职业学校` = Chongqing's vocational schools). */
export const PLACE_PREFIX = /^(重庆市|重庆|川渝|成渝|西部|东部|中部|全国|全市|我市|我区|本市|本区|[\p{Script=Han}]{2,3}[省市区县])/u;

/**
 * Words ending in an office character (`局`, `部`, `委`…) that are not offices: `布局`, `干部`, `举办`.
 * Checked against the whole jieba word that carries the character.
 */
export const NOT_OFFICES = set(`
  布局 格局 结局 大局 全局 开局 骗局 僵局 残局 时局 政局 棋局 饭局 当局 出局 终局 胜局 定局 赌局 设局 破局 新局 变局
  全部 内部 外部 局部 东部 西部 南部 北部 中部 头部 底部 顶部 干部 总部 本部 基部 腹部 细部 尾部 背部 面部 前部 后部 上部
  下部 一部 部部 俱乐部 支部 党支部 部分 各部 分部 东南部 西南部 西北部 东北部 中西部 北部湾
  常委 编委 主委 政委 纪委委 评委 村委 居委
  承办 主办 举办 创办 开办 兴办 合办 协办 督办 包办 代办 筹办 申办 试办 缓办 查办 法办 照办 停办 民办 公办 自办 联办 好办 怎么办 难办 帮办 专办 交办 快办
  大厅 餐厅 客厅 展厅 门厅 舞厅 前厅 后厅 正厅 歌厅
  公司 上司 官司 司司 职司
  小组 班组 机组 编组 重组 改组 分组 组 一组 各组 专业组 教研组 项目组 课题组 工作组 评审组 赛项组 国际组 学生组 教师组 两组 这组
`);

/** Endings that make any word a non-office, however long (`新格局`, `党员干部`). */
export const NOT_OFFICE_ENDINGS: readonly string[] = ['格局', '布局', '干部', '支部', '大局', '全局', '结局', '俱乐部', '部分'];

/** Single-character place markers that make a short form such as `区教委`, `市人力社保局`. */
export const JURISDICTION_MARKERS = set('市 区 县 省 镇 乡 市委 区委 县委 市政府 区政府 县政府 市级 区级');

/** Words that, after a short jurisdiction marker, show it is not one (`市场`, `区域`, `县城`). */
export const NOT_JURISDICTION = /^(市场|市民|市区|市县|区域|区县|区内|区外|县城|县域|省份|省内|镇街|乡镇|乡村|市域|区间)/;
