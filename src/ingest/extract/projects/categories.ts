/** Categories by what the name says, first match wins; a company's project is 产业. */
export const CATEGORY_RULES: [string, RegExp][] = [
  ['城建', /区块(?:开发)?$/],
  ['医疗卫生', /医院|卫生院|卫生室|急救|妇计|中医|疾控|医技/],
  ['教育', /学校|小学|中学|高中|幼儿园|新园|职业高中|学院|办学|技工|职教/],
  ['能源', /电站|抽水蓄能|天然气|燃气|千伏|变电|氢能|光伏|风电|川气|输变电|热电/],
  ['水利', /水库|引水|灌区|防洪|供水|水厂|排水|防涝/],
  ['生态环保', /流域|治理|湿地|污水|山水工程|再生资源|环卫|碳汇|水质|生态价值|垃圾/],
  ['交通', /铁路|高速|国道|公路|道路|大道|路网|枢纽|桥|隧道|连接线|交通|站房|外环|环路|收费站|延伸$|路$/],
  ['农业', /农业|农博|农事|菜干|农创客|冷链/],
  ['文旅', /景区|酒店|博物馆|文化园|书房|度假区|民俗|旅游|旧址|宾馆|索道|古城|小镇/],
  ['科创', /科创|创新|研究院|孵化/],
  [
    '社会民生',
    /安置|保障房|公寓|敬老院|养老|照护|体育|健身|活动中心|市民|小区|新村|雨伞|献血|斑马线|公交|文体|游泳|雷达|殡/,
  ],
  ['产业', /产业|小微园|创业园|电商|供应链|客服|大厦|制造|智造|产业园/],
  ['城建', /公园|停车|改造|街|社区|区块|市政|广场|综合体|整治|开发|地块|基础设施|绿道/],
];
export const DEFAULT_CATEGORY = '城建';
const ENTERPRISE_CATEGORY = '产业';

export function categorize(name: string, enterprises: readonly string[]): string {
  if (enterprises.some((e) => name.startsWith(e))) return ENTERPRISE_CATEGORY;
  return CATEGORY_RULES.find(([, rule]) => rule.test(name))?.[0] ?? DEFAULT_CATEGORY;
}
