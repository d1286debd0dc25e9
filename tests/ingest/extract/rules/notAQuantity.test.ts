import { readNumbers } from '../../../../src/ingest/extract/quantities';
import { NOT_A_QUANTITY } from '../../../../src/ingest/extract/rules/notAQuantity';

/**
 * One block of cases per rule: [text, the digits that are not a quantity]. Each
 * case must be rejected by exactly that rule (the first that matches), so the
 * order of the table is tested too.
 */
const CASES: Record<string, Array<[string, string]>> = {
  namedInLexicon: [['330国道西移工程建成通车', '330']],
  footnoteMarker: [
    ['全面开展“双创双服”活动[1]，1家高新技术企业通过省级公示', '1'],
    ['落实“11314”总体要求（6），扎实做好“六稳” 工作', '6'],
    ['聚焦“三大发展战略”“六大振兴计划”（1），团结带领全县人民', '1'],
  ],
  insideQuotes: [
    ['落实“11314”总体要求（6）', '11314'],
    ['全力培育“5+5”现代产业体系（12）', '5'],
    ['“2018雄安马拉松”继续向幸福出发', '2018'],
    ['开展“燕赵—砺剑铸盾2021”专项行动', '2021'],
  ],
  ratio: [
    ['三次产业比调整为12：27：61', '27'],
    ['三次产业比调整为12：27：61', '12'],
    ['11:35召开会议', '11'],
  ],
  codeOrModel: [
    ['PM2.5浓度均值28微克/立方米', '2.5'],
    ['我县空气质量综合指数和PM 2.5 浓度同比分别下降', '2.5'],
    ['建成5G基站', '5'],
    ['G5京昆高速', '5'],
    ['两个3+N创新动力体系', '3'],
    ['河北雄安新区总体规划（2018-2035年）', '2035'],
    ['索引号: 331122000000/2023-91159', '91159'],
    ['01-24 2021年博野县政府工作报告', '01'],
  ],
  dateOrYear: [
    ['2021年，是中国共产党建党100周年', '2021'],
    ['2021年，是中国共产党建党100周年', '100'],
    ['宝迪楼房养猪项目6月底前投产运行', '6'],
    ['2022年1月27日在县十七届人民代表大会', '27'],
    ['到2035年基本实现', '2035'],
  ],
  durationOrAge: [
    ['仅用13天完成', '13'],
    ['向60岁以上老人发放防疫包', '60'],
    ['打造15分钟便民生活圈', '15'],
    ['压缩至3个工作日', '3'],
  ],
  rankOrOrdinal: [
    ['增速7.9%，全市第5，比去年提高3个位次', '5'],
    ['增速7.9%，全市第5，比去年提高3个位次', '3'],
    ['获得全市第6名、山区县第1名的好成绩', '1'],
    ['浙商全国500强峰会', '500'],
  ],
  namedList: [['缙云烧饼入选全国100道乡村特色菜品', '100']],
  policyArticles: [['制定出台了招商引资政策黄金12条，开展全员招商行动', '12']],
  gradeOrClass: [
    ['加快推进西关110千伏变电站建设', '110'],
    ['创成3级示范', '3'],
  ],
  serviceNumber: [
    ['办好12345便民热线和县长热线', '12345'],
    ['实现了116所中小学、幼儿园110一键报警平台联网', '110'],
    ['全县110警情同比下降41.2%', '110'],
  ],
  routeOrPlaceName: [
    ['谋划启动广昌大街北延、朝阳路东延和108国道绕城工程', '108'],
    ['谋划启动721片区社区公园建设', '721'],
  ],
};

/** Numbers that are quantities, whatever rule might look close. */
const QUANTITIES: Array<[string, string]> = [
  ['破获刑事案件262起', '262'],
  ['优良天数308天，较去年增加3天', '308'],
  ['优良天数308天，较去年增加3天', '3'],
  ['每个乡镇打造2-3个农村人居环境示范村', '2'],
  ['城乡居民收入分别增长4.1%8.7%', '8.7'],
  ['城乡低效用地再开发120以上', '120'],
  ['全县由8镇9乡调整为10镇7乡', '9'],
  ['光伏扶贫电站总装机容量达到207.67兆瓦', '207.67'],
  ['同光科技10万片碳化硅单晶衬底项目一期投产运营', '10'],
  ['年出栏20万只肉羊养殖项目', '20'],
  ['目前3家企业已签约', '3'],
];

function verdict(text: string, digits: string, names: string[] = []) {
  const at = text.indexOf(digits);
  const { quantities, rejected } = readNumbers(text, { names });
  if (quantities.some((q) => q.numberStart === at)) return 'quantity';
  return rejected.find((r) => r.start === at)?.rule ?? 'not read';
}

describe('numbers that are not quantities (rules/notAQuantity.ts)', () => {
  it('has cases for every rule of the table', () => {
    expect(Object.keys(CASES).sort()).toEqual(NOT_A_QUANTITY.map((r) => r.name).sort());
  });

  describe.each(Object.entries(CASES))('%s', (rule, cases) => {
    it.each(cases)('%s: %s', (text, digits) => {
      expect(verdict(text, digits, rule === 'namedInLexicon' ? ['330国道'] : [])).toBe(rule);
    });
  });

  it.each(QUANTITIES)('keeps %s: %s as a quantity', (text, digits) => {
    expect(verdict(text, digits)).toBe('quantity');
  });
});
