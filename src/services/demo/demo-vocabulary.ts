/**
 * Words the demo district is made of: company name parts, personal names, and the wording departments use in their
 * records. Plausible, not real: any resemblance to an actual company is chance.
 */

/** Place words that open a company name, by weight (most firms carry the city or district name). */
export const NAME_PLACES = {
  鄂州: 30,
  鄂州市: 12,
  湖北: 22,
  华容: 14,
  鄂州华容: 6,
  湖北华容: 6,
  葛店: 6,
  红莲湖: 4,
} as const;

/** Characters that make up two-character brand names (字号), first and second position. */
export const BRAND_FIRST = [...'瑞华博鑫恒天中宏安金科精汇新明启远凯正东楚泰德创联嘉盛卓宇睿鼎'];
export const BRAND_SECOND = [...'思辰达源诚信通润科泽程瀚锐航晟邦越峰智拓图光辉达宏禾森芯德川'];

/** The business word of a name by industry division (catalog/industries.yaml), then the legal form. */
export const NAME_BUSINESS_WORDS: Record<string, string[]> = {
  C26: ['新材料', '化工新材料', '精细化工', '高分子材料'],
  C27: ['生物', '生物医药', '医药', '生物技术'],
  C29: ['新材料', '塑胶科技', '高分子'],
  C30: ['新材料', '先进陶瓷', '建材科技'],
  C34: ['智能装备', '机械', '精密机械', '流体设备'],
  C35: ['智能装备', '装备制造', '自动化设备', '医疗器械'],
  C36: ['汽车零部件', '新能源汽车科技', '汽车电子'],
  C38: ['电气', '新能源', '储能科技', '电力科技'],
  C39: ['光电', '电子', '光电子', '半导体', '微电子', '通信技术'],
  C40: ['仪器仪表', '智能传感', '测控技术'],
  I63: ['通信', '网络技术', '卫星应用'],
  I64: ['网络科技', '互联网科技', '数字科技'],
  I65: ['软件', '信息技术', '数据科技', '智能科技', '数字科技'],
  M73: ['科技', '技术研究院', '生物科技', '新材料研究院'],
  M74: ['检测技术', '工程技术', '环境技术', '设计'],
  M75: ['科技服务', '技术转移', '科技咨询'],
  N77: ['环保科技', '生态环境科技', '环境工程'],
};

/** Legal forms with their weights; 股份有限公司 is rarer among small sci-tech firms. */
export const LEGAL_FORMS = {
  科技有限公司: 46,
  有限公司: 26,
  技术有限公司: 18,
  股份有限公司: 6,
  有限责任公司: 4,
} as const;

/** Industry divisions of the district's sci-tech firms, by weight (光电子, 生物医药, 智能制造 lead in 华容区). */
export const INDUSTRY_WEIGHTS = {
  C39: 16,
  I65: 15,
  C35: 10,
  C34: 8,
  C27: 8,
  C38: 7,
  C26: 5,
  M73: 6,
  M74: 6,
  C40: 4,
  C29: 3,
  C30: 3,
  C36: 3,
  I64: 3,
  M75: 2,
  N77: 2,
  I63: 1,
} as const;

/** Common surnames, by rough frequency. */
export const SURNAMES = {
  王: 72,
  李: 70,
  张: 68,
  刘: 54,
  陈: 46,
  杨: 32,
  黄: 24,
  赵: 22,
  吴: 20,
  周: 20,
  徐: 18,
  孙: 16,
  马: 15,
  朱: 14,
  胡: 14,
  郭: 12,
  何: 12,
  高: 12,
  林: 12,
  罗: 11,
  郑: 10,
  梁: 9,
  谢: 9,
  宋: 8,
  唐: 8,
  许: 8,
  韩: 7,
  冯: 7,
  邓: 7,
  曹: 7,
  彭: 7,
  曾: 6,
  肖: 6,
  田: 6,
  董: 6,
  袁: 5,
  潘: 5,
  余: 5,
  蒋: 5,
  蔡: 5,
  杜: 4,
  叶: 4,
  程: 4,
  魏: 4,
  熊: 4,
  夏: 3,
  万: 3,
  涂: 3,
} as const;

/** Characters of given names (one or two of them). */
export const GIVEN_NAME_CHARACTERS = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国志红文斌俊峰林海波晨宇浩然子轩梓涵雨欣思远嘉怡博文',
];

/** Technical words for patent and project titles, by industry division. */
export const TECHNICAL_SUBJECTS: Record<string, string[]> = {
  C26: ['改性聚酰亚胺薄膜', '水性环保涂料', '高纯电子化学品', '锂电池电解液添加剂'],
  C27: ['缓释制剂', '单克隆抗体纯化工艺', '中药提取物', '体外诊断试剂'],
  C29: ['耐高温工程塑料', '可降解包装材料', '橡胶密封件'],
  C30: ['氮化硅陶瓷基板', '光伏玻璃', '耐火材料'],
  C34: ['智能输送线', '高效离心泵', '精密减速器', '数控机床主轴'],
  C35: ['视觉检测设备', '医用内窥镜', '自动化装配系统', '激光切割设备'],
  C36: ['新能源汽车电机控制器', '车载摄像模组', '轻量化车身结构件'],
  C38: ['储能变流器', '高压开关柜', '锂离子电池管理系统', '光伏逆变器'],
  C39: ['光纤激光器', '光模块', '硅光芯片封装结构', '红外探测器', 'MEMS 传感器'],
  C40: ['在线水质监测仪', '高精度压力传感器', '智能电表'],
  I63: ['5G 小基站', '北斗定位终端', '卫星通信天线'],
  I64: ['电商数据中台', '工业互联网平台', '在线教育系统'],
  I65: ['工业软件', '政务数据治理平台', '智能客服系统', '边缘计算网关软件', '供应链管理系统'],
  M73: ['细胞培养工艺', '新型催化剂', '石墨烯复合材料'],
  M74: ['环境检测方法', '建筑结构检测装置', '工程勘察数据处理系统'],
  M75: ['科技成果转化服务平台', '技术交易撮合系统'],
  N77: ['污水处理工艺', '土壤修复药剂', '废气治理装置'],
};

export const PATENT_TITLE_PATTERNS = {
  发明: ['一种{subject}的制备方法', '一种基于深度学习的{subject}控制方法', '{subject}及其制备方法'],
  实用新型: ['一种{subject}', '一种便于安装的{subject}', '一种{subject}用散热结构'],
  外观设计: ['{subject}（外壳）', '{subject}面板'],
} as const;

/** Titles for software and platforms, which are patented as methods, terminals and screen designs. */
export const SOFTWARE_PATENT_TITLE_PATTERNS = {
  发明: ['一种基于{subject}的数据处理方法', '一种{subject}的任务调度方法及装置'],
  实用新型: ['一种{subject}用数据采集终端', '一种运行{subject}的边缘服务器机箱'],
  外观设计: ['带图形用户界面的{subject}显示屏'],
} as const;

/** Nice classes a firm of each kind registers its marks in. */
export const NICE_CLASSES_BY_SECTION: Record<string, number[]> = {
  C: [9, 7, 1, 5, 11, 12],
  I: [9, 42, 35, 38],
  M: [42, 9, 1, 5],
  N: [42, 40, 11],
};

/** What each department licenses: decision text, category (许可类别), certificate, and whether it is 长期. */
export interface LicenseTemplate {
  name: string;
  category: '普通' | '特许' | '认可' | '核准' | '登记' | '其他';
  certificate: string;
  content: string;
  /** Validity in years; 0 means 长期 (2099-12-31). */
  years: number;
  prefix: string;
}

export const LICENSE_TEMPLATES: Record<string, LicenseTemplate[]> = {
  scjg: [
    {
      name: '食品经营许可',
      category: '普通',
      certificate: '食品经营许可证',
      content: '预包装食品销售（含冷藏冷冻食品）',
      years: 5,
      prefix: 'JY14207030',
    },
    {
      name: '工业产品生产许可',
      category: '普通',
      certificate: '全国工业产品生产许可证',
      content: '电线电缆产品生产',
      years: 5,
      prefix: '（鄂）XK06-001-',
    },
    {
      name: '特种设备使用登记',
      category: '登记',
      certificate: '特种设备使用登记证',
      content: '压力容器使用登记',
      years: 0,
      prefix: '容1鄂G',
    },
  ],
  yjgl: [
    {
      name: '危险化学品经营许可',
      category: '普通',
      certificate: '危险化学品经营许可证',
      content: '危险化学品经营（不带储存设施）',
      years: 3,
      prefix: '鄂G危化经字〔',
    },
    {
      name: '安全生产许可',
      category: '普通',
      certificate: '安全生产许可证',
      content: '安全生产许可（生产）',
      years: 3,
      prefix: '（鄂）WH安许证字〔',
    },
  ],
  sthj: [
    {
      name: '排污许可',
      category: '普通',
      certificate: '排污许可证',
      content: '重点管理排污单位排放污染物',
      years: 5,
      prefix: '91420703',
    },
    {
      name: '建设项目环境影响报告表审批',
      category: '核准',
      certificate: '环评批复',
      content: '年产电子元器件建设项目环境影响报告表',
      years: 0,
      prefix: '鄂环华审〔',
    },
  ],
  zrzy: [
    {
      name: '建设用地规划许可',
      category: '核准',
      certificate: '建设用地规划许可证',
      content: '工业用地规划许可',
      years: 0,
      prefix: '地字第420703',
    },
    {
      name: '建设工程规划许可',
      category: '核准',
      certificate: '建设工程规划许可证',
      content: '厂房及配套用房建设工程规划许可',
      years: 1,
      prefix: '建字第420703',
    },
  ],
  tax: [
    {
      name: '增值税专用发票最高开票限额审批',
      category: '核准',
      certificate: '准予税务行政许可决定书',
      content: '增值税专用发票最高开票限额十万元',
      years: 0,
      prefix: '鄂华税许准字〔',
    },
  ],
  sjj: [
    {
      name: '建筑工程施工许可',
      category: '普通',
      certificate: '建筑工程施工许可证',
      content: '研发楼及生产厂房施工许可',
      years: 1,
      prefix: '420703',
    },
    {
      name: '人力资源服务许可',
      category: '普通',
      certificate: '人力资源服务许可证',
      content: '职业介绍、人才测评',
      years: 5,
      prefix: '鄂人服证字〔',
    },
  ],
  fgjx: [
    {
      name: '企业投资项目核准',
      category: '核准',
      certificate: '项目核准批复',
      content: '新建智能制造生产线项目核准',
      years: 2,
      prefix: '鄂华发改审批〔',
    },
  ],
  kjj: [
    {
      name: '实验动物使用许可',
      category: '认可',
      certificate: '实验动物使用许可证',
      content: '屏障环境实验动物使用',
      years: 5,
      prefix: 'SYXK（鄂）',
    },
  ],
};

/** How each department writes its decision numbers (文号), e.g. 鄂华市监处罚〔2024〕12号. */
export const DECISION_NUMBER_PREFIXES: Record<string, { penalty: string; coercion: string; license: string }> = {
  scjg: { penalty: '鄂华市监处罚', coercion: '鄂华市监强', license: '鄂华市监许' },
  tax: { penalty: '鄂华税罚', coercion: '鄂华税强', license: '鄂华税许' },
  yjgl: { penalty: '鄂华应急罚', coercion: '鄂华应急强', license: '鄂华应急许' },
  sthj: { penalty: '鄂环华罚', coercion: '鄂环华强', license: '鄂环华许' },
  zrzy: { penalty: '鄂自然资华罚', coercion: '鄂自然资华强', license: '鄂自然资华许' },
  rsj: { penalty: '鄂华人社监罚', coercion: '鄂华人社强', license: '鄂华人社许' },
  czj: { penalty: '鄂华财罚', coercion: '鄂华财强', license: '鄂华财许' },
  sjj: { penalty: '鄂华数罚', coercion: '鄂华数强', license: '鄂华数许' },
  fgjx: { penalty: '鄂华发改罚', coercion: '鄂华发改强', license: '鄂华发改许' },
  kjj: { penalty: '鄂华科罚', coercion: '鄂华科强', license: '鄂华科许' },
};

/** Typical violations per department: type, facts, legal basis, and the penalty categories that follow. */
export interface ViolationTemplate {
  type: string;
  facts: string;
  basis: string;
  /** 处罚类别 as departments write it, by weight. */
  categories: Record<string, number>;
  /** Typical fine range in 万元. */
  fine: [number, number];
}

export const VIOLATION_TEMPLATES: Record<string, ViolationTemplate[]> = {
  scjg: [
    {
      type: '虚假宣传',
      facts: '在产品宣传页面使用“国内首创”“行业第一”等无法证实的用语',
      basis: '《中华人民共和国反不正当竞争法》第二十条',
      categories: { 罚款: 70, '警告、罚款': 20, 警告: 10 },
      fine: [1, 20],
    },
    {
      type: '未按规定进行年度报告公示',
      facts: '未在规定期限内报送并公示上一年度年度报告',
      basis: '《企业信息公示暂行条例》（列入经营异常名录的情形）',
      categories: { 警告: 60, 罚款: 40 },
      fine: [0.1, 1],
    },
    {
      type: '生产销售不合格产品',
      facts: '抽检发现所生产产品的关键性能指标不符合国家标准',
      basis: '《中华人民共和国产品质量法》第四十九条',
      categories: { '没收违法所得、罚款': 70, 责令停产停业: 10, 罚款: 20 },
      fine: [2, 30],
    },
    {
      type: '计量器具未按规定检定',
      facts: '使用未经检定的计量器具',
      basis: '《中华人民共和国计量法实施细则》第四十三条',
      categories: { 罚款: 60, 警告: 40 },
      fine: [0.1, 1],
    },
    {
      type: '侵犯注册商标专用权',
      facts: '销售侵犯注册商标专用权的商品',
      basis: '《中华人民共和国商标法》第六十条',
      categories: { '没收、罚款': 80, 吊销营业执照: 5, 罚款: 15 },
      fine: [1, 25],
    },
  ],
  tax: [
    {
      type: '未按期申报',
      facts: '未按照规定期限办理纳税申报和报送纳税资料',
      basis: '《中华人民共和国税收征收管理法》第六十二条',
      categories: { 罚款: 80, 警告: 20 },
      fine: [0.02, 0.2],
    },
    {
      type: '虚开发票',
      facts: '为他人开具与实际经营业务情况不符的发票',
      basis: '《中华人民共和国发票管理办法》第三十五条',
      categories: { '没收违法所得、罚款': 90, 罚款: 10 },
      fine: [5, 50],
    },
    {
      type: '偷税',
      facts: '少列收入，少缴企业所得税',
      basis: '《中华人民共和国税收征收管理法》第六十三条',
      categories: { 罚款: 100 },
      fine: [3, 80],
    },
  ],
  yjgl: [
    {
      type: '未按规定开展安全生产教育培训',
      facts: '未如实记录安全生产教育和培训情况',
      basis: '《中华人民共和国安全生产法》第九十七条',
      categories: { 罚款: 70, '警告、罚款': 30 },
      fine: [1, 10],
    },
    {
      type: '重大事故隐患未及时消除',
      facts: '检查发现重大事故隐患，逾期未整改',
      basis: '《中华人民共和国安全生产法》第一百零二条',
      categories: { 责令停产停业: 30, 罚款: 70 },
      fine: [5, 50],
    },
  ],
  sthj: [
    {
      type: '超标排放大气污染物',
      facts: '在线监测数据显示颗粒物排放浓度超过排放标准',
      basis: '《中华人民共和国大气污染防治法》第九十九条',
      categories: { 罚款: 75, 责令停产整治: 10, 责令停产停业: 15 },
      fine: [10, 100],
    },
    {
      type: '未依法申领排污许可证排污',
      facts: '未取得排污许可证排放污染物',
      basis: '《排污许可管理条例》第三十三条',
      categories: { 罚款: 90, 责令停产停业: 10 },
      fine: [20, 100],
    },
    {
      type: '危险废物贮存不规范',
      facts: '危险废物未分类贮存，未设置识别标志',
      basis: '《中华人民共和国固体废物污染环境防治法》第一百一十二条',
      categories: { 罚款: 100 },
      fine: [10, 50],
    },
  ],
  zrzy: [
    {
      type: '未经批准占用土地',
      facts: '未经批准擅自占用集体土地建设厂房附属设施',
      basis: '《中华人民共和国土地管理法》第七十七条',
      categories: { '罚款、责令退还': 100 },
      fine: [2, 30],
    },
  ],
  rsj: [
    {
      type: '未依法缴纳社会保险费',
      facts: '未按时足额为职工缴纳社会保险费',
      basis: '《中华人民共和国社会保险法》第八十六条',
      categories: { 罚款: 100 },
      fine: [0.5, 5],
    },
    {
      type: '违反工作时间规定',
      facts: '安排劳动者延长工作时间超过法定上限',
      basis: '《劳动保障监察条例》第二十五条',
      categories: { '警告、罚款': 60, 警告: 40 },
      fine: [0.1, 1],
    },
  ],
  czj: [
    {
      type: '政府采购提供虚假材料',
      facts: '参加政府采购活动时提供虚假业绩证明材料',
      basis: '《中华人民共和国政府采购法》第七十七条',
      categories: { 罚款: 70, '罚款、列入不良行为记录名单': 30 },
      fine: [0.5, 5],
    },
  ],
  sjj: [
    {
      type: '未按承诺补齐申请材料',
      facts: '以告知承诺方式取得许可后，未在承诺期限内补齐相关材料',
      basis: '《湖北省优化营商环境条例》相关规定',
      categories: { 警告: 70, 罚款: 30 },
      fine: [0.1, 1],
    },
  ],
  fgjx: [
    {
      type: '节能审查违法',
      facts: '固定资产投资项目未按节能审查意见建设',
      basis: '《固定资产投资项目节能审查办法》第二十条',
      categories: { 罚款: 80, 警告: 20 },
      fine: [2, 20],
    },
  ],
};

export const COERCION_REASONS: Record<string, string[]> = {
  scjg: ['涉嫌生产销售不合格产品，对相关产品予以查封', '涉嫌侵犯注册商标专用权，扣押涉案商品'],
  tax: ['欠缴税款逾期未缴，冻结银行存款', '未按期缴纳税款，强制执行'],
  yjgl: ['存在重大事故隐患，查封有关设施设备'],
  sthj: ['超标排放污染物，查封造成污染的设施设备'],
  zrzy: ['非法占地建设，查封施工现场'],
};

export const COURT_CAUSES = {
  买卖合同纠纷: 30,
  劳动争议: 18,
  借款合同纠纷: 12,
  服务合同纠纷: 10,
  技术合同纠纷: 8,
  侵害实用新型专利权纠纷: 6,
  建设工程施工合同纠纷: 8,
  租赁合同纠纷: 8,
} as const;

export const DISHONEST_BEHAVIORS = {
  有履行能力而拒不履行生效法律文书确定义务: 60,
  违反财产报告制度: 20,
  违反限制消费令: 12,
  以伪造证据暴力威胁等方法妨碍抗拒执行: 8,
} as const;

export const TAX_TYPES = { 增值税: 50, 企业所得税: 25, 城镇土地使用税: 10, 房产税: 10, 印花税: 5 } as const;

/** Honours each department awards: name, level and type. */
export const HONOR_TEMPLATES: Record<
  string,
  Array<{
    name: string;
    level: '国家级' | '省级' | '市级' | '区级';
    type: '守合同重信用' | '科技奖励' | '诚信典型' | '质量品牌' | '其他表彰';
    body: string;
    years: number;
  }>
> = {
  fgjx: [
    {
      name: '华容区诚信经营示范企业',
      level: '区级',
      type: '诚信典型',
      body: '华容区社会信用体系建设领导小组',
      years: 2,
    },
    { name: '湖北省支持中小企业发展先进企业', level: '省级', type: '其他表彰', body: '湖北省经济和信息化厅', years: 0 },
  ],
  scjg: [
    { name: '湖北省守合同重信用企业', level: '省级', type: '守合同重信用', body: '湖北省市场监督管理局', years: 2 },
    { name: '湖北精品', level: '省级', type: '质量品牌', body: '湖北省市场监督管理局', years: 3 },
    { name: '鄂州市守合同重信用企业', level: '市级', type: '守合同重信用', body: '鄂州市市场监督管理局', years: 2 },
  ],
  kjj: [
    { name: '湖北省科学技术进步奖', level: '省级', type: '科技奖励', body: '湖北省人民政府', years: 0 },
    { name: '鄂州市科学技术进步奖', level: '市级', type: '科技奖励', body: '鄂州市人民政府', years: 0 },
    { name: '国家科学技术进步奖', level: '国家级', type: '科技奖励', body: '国务院', years: 0 },
  ],
  rsj: [
    { name: '鄂州市和谐劳动关系企业', level: '市级', type: '其他表彰', body: '鄂州市协调劳动关系三方委员会', years: 3 },
  ],
  tax: [{ name: '华容区纳税贡献先进企业', level: '区级', type: '其他表彰', body: '华容区人民政府', years: 0 }],
  sjj: [{ name: '华容区数字化转型示范企业', level: '区级', type: '其他表彰', body: '华容区数据局', years: 2 }],
};

export const QUALIFICATION_TEMPLATES: Record<
  string,
  Array<{ name: string; grades: string[]; issuer: string; years: number; prefix: string }>
> = {
  scjg: [{ name: '检验检测机构资质认定', grades: ['CMA'], issuer: '湖北省市场监督管理局', years: 6, prefix: '2117' }],
  yjgl: [
    { name: '安全生产标准化', grades: ['三级', '二级'], issuer: '鄂州市应急管理局', years: 3, prefix: '鄂AQBJXIII' },
  ],
  zrzy: [{ name: '测绘资质', grades: ['乙级', '丙级'], issuer: '湖北省自然资源厅', years: 5, prefix: '乙测资字420' }],
  sthj: [
    {
      name: '环境污染治理设施运营',
      grades: ['一级', '二级'],
      issuer: '湖北省环境保护产业协会',
      years: 3,
      prefix: '鄂环运证',
    },
  ],
  kjj: [{ name: '湖北省工程技术研究中心', grades: ['省级'], issuer: '湖北省科学技术厅', years: 5, prefix: 'HBGC' }],
  fgjx: [{ name: '湖北省企业技术中心', grades: ['省级'], issuer: '湖北省经济和信息化厅', years: 5, prefix: 'HBQJ' }],
};

export const COMMITMENT_MATTERS: Record<
  string,
  Array<{ type: '审批替代型' | '主动公示型' | '行业自律型' | '修复型'; matter: string }>
> = {
  sjj: [
    { type: '审批替代型', matter: '建筑工程施工许可告知承诺' },
    { type: '审批替代型', matter: '企业开办材料真实性承诺' },
  ],
  scjg: [
    { type: '审批替代型', matter: '食品经营许可告知承诺' },
    { type: '主动公示型', matter: '产品质量安全主动承诺' },
  ],
  fgjx: [
    { type: '主动公示型', matter: '守法诚信经营承诺' },
    { type: '修复型', matter: '信用修复承诺' },
  ],
  tax: [{ type: '审批替代型', matter: '增值税专用发票领用告知承诺' }],
  sthj: [{ type: '审批替代型', matter: '排污许可告知承诺' }],
  yjgl: [{ type: '行业自律型', matter: '安全生产主体责任承诺' }],
  zrzy: [{ type: '审批替代型', matter: '建设工程规划许可告知承诺' }],
  czj: [{ type: '行业自律型', matter: '政府采购诚信履约承诺' }],
};

/** The ratings departments publish about their own field, by evaluation name and the industries they cover. */
export const INDUSTRY_EVALUATIONS: Record<string, { name: string; sections: string[]; coverage: number }> = {
  scjg: { name: '企业信用风险分类', sections: ['C', 'I', 'M', 'N'], coverage: 0.95 },
  yjgl: { name: '安全生产信用评价', sections: ['C'], coverage: 0.5 },
  sthj: { name: '企业环境信用评价', sections: ['C', 'N'], coverage: 0.35 },
  rsj: { name: '劳动保障守法诚信等级评价', sections: ['C', 'I', 'M', 'N'], coverage: 0.3 },
  zrzy: { name: '测绘地理信息市场信用评价', sections: ['M'], coverage: 0.15 },
  fgjx: { name: '工业企业亩产效益评价', sections: ['C'], coverage: 0.6 },
  kjj: { name: '科技型企业创新能力评价', sections: ['C', 'I', 'M', 'N'], coverage: 0.4 },
  czj: { name: '政府采购供应商信用评价', sections: ['C', 'I', 'M', 'N'], coverage: 0.1 },
};
