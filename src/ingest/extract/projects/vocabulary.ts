/**
 * The words of the genre that project rules read: status phrases, how names end, list
 * markers, lead-in and prose words. Declared as data so rules stay small and a new wording
 * is one line here.
 */

/** Status phrases as reports word them; each may carry a modifier (力争开工, 即将建成投用, 成功签约). */
export const STATUS_MODIFIERS = [
  '提前一年',
  '尽快',
  '尽早',
  '早日',
  '积极',
  '力争',
  '确保',
  '即将',
  '全面',
  '基本',
  '加快',
  '加速',
  '有序',
  '稳步',
  '扎实',
  '持续',
  '全力',
  '成功',
  '顺利',
  '统筹',
  '高效',
  '如期',
  '正式',
  '率先',
];
export const STATUS_CORES = [
  '建成通车',
  '建成通气',
  '建成供水',
  '建成供暖',
  '实现通水',
  '建成投用',
  '建成投运',
  '建成投产',
  '建成运行',
  '建成开放',
  '竣工投产',
  '竣工投用',
  '竣工运营',
  '竣工供暖',
  '竣工验收',
  '完工投产',
  '投产达效',
  '投产见效',
  '开工建设',
  '启动建设',
  '谋划建设',
  '谋划推进',
  '谋划实施',
  '投入运营',
  '投入使用',
  '交付使用',
  '上线运营',
  '试生产',
  '进展顺利',
  '投产运营',
  '投产运行',
  '落地见效',
  '落地建设',
  '投入运行',
  '主体结顶',
  '主体完工',
  '完成主体工程',
  '完成主体施工',
  '完成主体建设',
  '完成填筑',
  '完成征收拆除',
  '征收全面完成',
  '全线贯通',
  '签约落地',
  '成功签约',
  '签约',
  '前期全面启动',
  '加快前期',
  '基本建成',
  '基本完工',
  '完成改造提升',
  '完成夜经济改造',
  '实现纳规',
  '加快建设',
  '回迁入住',
  '建成开通',
  '征迁',
  '入选',
  '运营',
  '新建',
  '扫尾',
  '摘牌',
  '关停',
  '开馆',
  '结顶',
  '开工',
  '完工',
  '竣工',
  '建成',
  '投用',
  '投运',
  '投产',
  '通车',
  '落地',
  '落户',
  '完成',
  '启动',
  '推进',
  '实施',
  '运行',
  '谋划',
  '招引',
  '纳规',
  '前期',
  '列入',
  '抓好',
  '加快',
];
/**
 * Works done, at the end of a clause, after the names they are done to: 完成拒马源公园、街心公园、
 * 文化中心绿地改造提升; 完成文昌路、文兴路、学府路硬化绿化亮化; 完成城区主干道和容贾路改造升级;
 * 谋划启动金家井乡、白石山镇、泉坊镇卫生院新改扩建. Compounds only: one action (改造, 扩建) may be
 * part of a name (老街改造, 东渡小学扩建).
 */
export const TRAIL_ACTION = /(?:改造提升|提升改造|改造升级|提档升级|新改扩建|改扩建|(?:硬化|绿化|亮化|美化|净化){2,})$/;

/** Statuses that report on the names before them only: what follows 入选/列入 is a title or a list. */
export const TRAIL_ONLY = /(?:入选|列入)$/;
/** 完成可研审查, 完成工可审查, 完成规划方案深化研究评审. */
const REVIEW_STATUS = '完成[\\u4e00-\\u9fa5]{0,10}?(?:审查|评审)';
/** 建成投训, 竣工投用: built and put to its use, whatever the use. */
const PUT_TO_USE = '(?:建成|竣工)投[\\u4e00-\\u9fa5]';
/** 实现通车, 实现通水, 实现投产: a use reached. */
const USE_REACHED = '实现(?:通车|通水|通气|通电|供水|供暖|投产|运营|开放)';
export const STATUS = new RegExp(
  `(?:${STATUS_MODIFIERS.join('|')})*(?:${REVIEW_STATUS}|${PUT_TO_USE}|${USE_REACHED}|${[...STATUS_CORES].sort((a, b) => b.length - a.length).join('|')})`,
  'g',
);

/**
 * How project names end, by what is built. 之城 (青年创新创业之城), 县城, 新城 are places or
 * slogans; …入园 is a verb; a 校园 is built up in slogans (平安校园, 智慧校园); a market of land,
 * housing or capital is no building; a 工作站 (院士工作站, 人才培养工作站) is a team, not a station.
 */
const NAME_ENDINGS = [
  // works and actions on them
  '工程',
  '改造',
  '改建',
  '加固',
  '修缮',
  '迁建',
  '扩建',
  '拆建',
  '新建',
  '搬迁',
  '治理',
  '整治',
  '开发',
  '利用',
  '基础设施',
  '[一二三四五]期',
  '段',
  '区块',
  '延伸',
  '东延',
  '西延',
  '南延',
  '北延',
  // transport
  '公路',
  '铁路',
  '高速',
  '国道',
  '大道',
  '干道',
  '街',
  '路',
  '路网',
  '道路',
  '外环',
  '环路',
  '连接线',
  '桥',
  '隧道',
  '枢纽',
  '绿道',
  '索道',
  '栈道',
  '码头',
  '长廊',
  // water, energy, networks
  '水库',
  '灌区',
  '电站',
  '管道',
  '管廊',
  '管网',
  '无线网',
  '厂',
  '站',
  '场',
  '雷达',
  // buildings and places to use
  '医院',
  '卫生院',
  '学校',
  '学院',
  '中学',
  '小学',
  '高中',
  '幼儿园',
  '新园',
  '园',
  '中心',
  '馆',
  '宫',
  '楼',
  '亭',
  '综合体',
  '酒店',
  '大厦',
  '车间',
  '生产线',
  '公寓',
  '安置房',
  '保障房',
  '安置区',
  '小区',
  '新村',
  '社区',
  '敬老院',
  '养老院',
  '基地',
  '城',
  '小镇',
  '水镇',
  '度假区',
  '服务区',
  '广场',
  '公园',
  '绿地',
  '旧址',
];
export const PROJECT_SUFFIX = new RegExp(`(?:${NAME_ENDINGS.join('|')})$`);
export const NOT_A_NAME_END = /(?:[之县新南老]城|入园|片区|校园|工作站|(?:土地|房地产|地产|资本|要素|金融|消费)市场)$/;

/**
 * Endings after which a new name may start when the copy lost the 、 between
 * two names (溪东南路改建|民安桥). Road and railway names are left out on purpose:
 * qualifiers follow them (330国道|西移工程, 杭丽铁路|义乌至缙云段).
 */
export const TERMINAL_SUFFIX =
  /(?:改建|改造|扩建|迁建|拆建|开发|治理|整治|绿道|馆|公寓|中心|园|[一二三四]期|利用|基础设施|小区|酒店|学校|医院)$/;
/**
 * A name does not start with a qualifier or a connective (…|改造工程, …|及游泳馆, …|缙云段), nor
 * with a part of a work (东外环拓宽改造|主路工程, 职教中心|标准化建设主体工程, 谷庄幼儿园|教学楼).
 */
export const NOT_A_NAME_START =
  /^(?:改建|改造|扩建|迁建|拆建|延伸|开发|工程|项目|公路|道路|整治|治理|提升|利用|基础设施|卫生院|医院|中心|幼儿园|小学|学校|公寓|段|及|和|至|经|等|主路|主线|辅路|主体|配套|附属|标准化|教学楼|综合楼|门诊|住院|医技|内科|外科)/;

/**
 * Words that open the name of a kind of work done in many places, not of one work: 农村公路,
 * 乡镇卫生院, 城乡供水, 企业生产基地, 重点工程, 规模化林场, 定点医院 (a place named after them makes
 * one: 白洋淀上游规模化林场 does not open with them).
 */
export const SCOPE_OF_MANY =
  /^(?:农村|乡镇|村级|城乡|全县|全市|全域|各类|各级|各|企业|重点|重要节点|规模化|老旧|上下游|定点)/;

/**
 * Kinds of things, areas and networks that campaigns and networks of works are named by
 * (棚户区改造, 大气污染综合治理, 黑臭水体和渗坑整治, 开发区基础设施, 燃气配套管网): a name made
 * of these before its head names no site.
 */
export const KIND_WORDS = [
  // what campaigns treat
  '棚户区',
  '老旧小区',
  '老旧城区',
  '城中村',
  '技术',
  '大气污染',
  '大气',
  '污染',
  '扬尘',
  '地下水',
  '超采',
  '黑臭水体',
  '水体',
  '渗坑',
  '露天矿山',
  '矿山',
  '固废物',
  '固废',
  '人居环境',
  '环境',
  '易地扶贫',
  '扶贫',
  '水土流失',
  '水土',
  '土地',
  '生态',
  '农田',
  '面源',
  // areas that are no site
  '开发区',
  '园区',
  '城区',
  '东部',
  '西部',
  '南部',
  '北部',
  '中心城区',
  '老城区',
  // networks and services
  '燃气',
  '给水',
  '排水',
  '污水',
  '雨污',
  '供热',
  '供水',
  '供电',
  '配套',
  '市政',
  '电网',
  '道路',
  '管线',
  // scopes
  '农村',
  '乡镇',
  '城乡',
  '村庄',
  '企业',
  '上下游',
];
/** Heads of campaigns and of networks of works, with what may follow them. */
export const KIND_HEAD =
  /(?:综合)?(?:治理|整治|改造提升|提升改造|改造|综合利用|利用|修复|搬迁|防治|保护|基础设施|配套设施|设施|管网|产业|主干道|干道)(?:工程|项目)?$/;

/** A count of works before their kind (一批, 3个, 两所): what follows names a kind, not a work. */
export const COUNT_LEAD =
  /^(?:一大批|一批|若干|多个|(?:[\d０-９]+|[一两二三四五六七八九十]+)(?:个|所|条|座|处|家|项|批))/;

/** A count after a name (太行山农业创新驿站两家, 棚户区改造1002套): the name is a kind. */
export const COUNT_TAIL = /(?:[\d０-９]+|[一两二三四五六七八九十]+)(?:个|所|条|座|处|家|项|套|批)$/;

/** Counted list heads: 等项目, 等11个新建项目, 等一大批制造业项目, 9个教育补短板项目, 等区块. */
const COUNT = '(?:[\\d０-９]+|[一两二三四五六七八九十]+)(?:个|项|条|所|座|家|处)';
/** Without 等 only a count of projects closes a list (9个教育补短板项目); 16个小区 is a count. */
export const LIST_MARKER_BODY = `(?:(?:等一大批|等一批|等${COUNT}|等)[\\u4e00-\\u9fa5]{0,8}?(项目|区块|小微园|景区|小区|安置区|设施|场馆)|${COUNT}[\\u4e00-\\u9fa5]{0,8}?(项目))`;
export const LIST_MARKER = new RegExp(`${LIST_MARKER_BODY}$`);
/** A list marker wherever it stands in a clause. */
export const LIST_HEAD = new RegExp(LIST_MARKER_BODY, 'g');
/** A list closed inside a piece, where the copy lost the comma after it; 建设 after it belongs to it. */
export const INNER_LIST_MARKER = new RegExp(`${LIST_MARKER_BODY}(?:建设进度|建设|前期工作)?`, 'g');
/** List heads that complete each name (仙都宾馆、建设局西侧等区块 → 仙都宾馆区块). */
export const HEADS_THAT_COMPLETE = new Set(['区块', '小微园', '安置区']);
/** List heads of facilities: a type word in such a list is a facility built (停车场、过河栈桥等配套服务设施). */
export const FACILITY_HEADS = new Set(['设施', '场馆']);
/** List heads of things that are places, not works. */
export const HEADS_NOT_PROJECTS = new Set(['景区']);

/**
 * A count inside a run means prose, not a name (文化驿站1城市书房2乡村博物馆5…, 疾控中心两个核酸检测基地);
 * so do 的,
 * a pronoun (我们将以招商引资排座次), a reform or a mechanism (国有林场改革), quotation marks left inside (“山水林田湖”综合整治) and a list's
 * 等 (挥发性有机物等重点行业领域达标整治).
 */
export const PROSE_COUNT =
  /\d+(?:\.\d+)?(?:个|家|亩|人|户|条|所|万|亿|元|公里|%|平方米|吨|张|项|笔|件|场|台|处|座|套|年|月|日)|\d[\u4e00-\u9fa5]+\d|[一二两三四五六七八九十]+(?:个|大|项|座|家|所|条|批)|的|我们|我县|我市|“|”|[和及与]$|等(?!级)|改革|机制|体制|制度/;
/**
 * A yearly capacity inside a name is part of it, not a count: it tells 年产10万吨有机肥厂 from
 * other fertiliser plants (宝迪公司年产5万吨有机肥厂, 年出栏20万只肉羊养殖项目).
 */
export const CAPACITY =
  /年(?:产|出栏|处理|加工|生产|屠宰)(?:能力)?[\d.]+(?:万|千|亿)?(?:吨|只|头|件|片|台|套|辆|平方米|立方米|千瓦时|度)/g;

/** Words that read as prose: PROSE_COUNT inside, a capacity aside. */
export function isProse(words: string): boolean {
  return PROSE_COUNT.test(words.replace(CAPACITY, ''));
}

/** Prose that follows a name where the copy lost the comma (…产业园|不断提升平台吸引力). */
export const PROSE_AFTER_NAME =
  /^(?:不断|进一步|持续|加快|推动|着力|为|让|使|以|全面|努力|确保|带动|惠及|实现|获评|入选|优先|成功|完善|健全|打造|提高|深化|强化|优化|构建)/;
/** Left-over text this short next to a known name qualifies it (…项目老线, …水库大坝) and keeps the status. */
export const QUALIFIER_MAX = 4;
export const MIN_NAME = 3;
export const MAX_NAME = 26;

/**
 * Clause breaks, half- and full-width: names never contain these. Quotation marks are not
 * breaks: a name may be quoted (确保“容和服装产业园”项目投产达效); the trims take them off.
 */
export const CLAUSE_BREAK = /[,;:。!?，；：！？《》（）\s]/;

/** Verbs that only say "work on": joined with the status after the names (加快…前期 → 加快前期). */
export const BARE_LEADS = new Set(['加快', '抓好', '统筹抓好', '推进']);
