import { insideAny } from './text';
import type { Rule } from './rule';

/**
 * Numbers that are not quantities: the ordered table below, first match wins.
 * Each rule looks at a number in folded text (see text.ts) with the unit read
 * after it, and returns a reason when the number names, dates or ranks
 * something instead of measuring it.
 */

export interface NumberContext {
  /** Folded sentence text. */
  text: string;
  /** The digits. */
  start: number;
  end: number;
  /** Unit read after the number (null: none). */
  unit: string | null;
  /** Offset right after the unit. */
  unitEnd: number;
  /** The number opens a range (3-5家), so a dash after it is not a code. */
  range: boolean;
  /** Spans of phrases that name things (from the lexicon), numbers inside are names. */
  names: ReadonlyArray<readonly [number, number]>;
  /** Spans inside quotation or title marks. */
  quoted: ReadonlyArray<readonly [number, number]>;
}

type NotAQuantityRule = Rule<NumberContext, true>;

const after = (c: NumberContext, n = 8) => c.text.slice(c.end, c.end + n);
const before = (c: NumberContext, n = 8) => c.text.slice(Math.max(0, c.start - n), c.start);
const digits = (c: NumberContext) => c.text.slice(c.start, c.end);

/** Public service numbers: 12345 热线, 110 报警, 120 急救. */
const SERVICE_NUMBERS = new Set(['110', '119', '120', '122', '12345', '12315', '12348', '12369', '12320', '12333']);
/** Quoted text longer than this is a quotation, not a name. */
const MAX_QUOTED_NAME = 24;

export const NOT_A_QUANTITY: readonly NotAQuantityRule[] = [
  {
    name: 'namedInLexicon',
    doc: 'inside a phrase the lexicon lists as a name: 330国道, 山区26县',
    apply: (c) => (insideAny(c.names, c.start) ? true : null),
  },
  {
    name: 'footnoteMarker',
    doc: 'a bare number in brackets after a word: “双创双服”活动[1], “11314”总体要求(6)',
    apply: (c) =>
      c.unit === null && /[[(]$/.test(before(c, 1)) && /^[\])]/.test(after(c, 1)) && c.end - c.start <= 3 ? true : null,
  },
  {
    name: 'insideQuotes',
    doc: 'inside a quoted slogan, programme or title: “5+5”现代产业体系, “2018雄安马拉松”',
    apply: (c) => (c.quoted.some(([s, e]) => c.start >= s && c.start < e && e - s <= MAX_QUOTED_NAME) ? true : null),
  },
  {
    name: 'ratio',
    doc: 'a term of a ratio or a time written with colons: 三次产业比12:27:61, 11:35',
    apply: (c) => (/^:\d/.test(after(c, 2)) || /\d:$/.test(before(c, 2)) ? true : null),
  },
  {
    name: 'codeOrModel',
    doc: 'glued to Latin letters or code symbols: PM2.5, 5G, G5, 3+N, 2018-2035, 01-24',
    apply: (c) => {
      if (/[A-Za-z_+\-/—~.#] ?$/.test(before(c, 2))) return true;
      if (c.unit === null && !c.range && /^(?:[A-Za-z_+#]|[-—~/]\d)/.test(after(c, 2))) return true;
      return null;
    },
  },
  {
    name: 'dateOrYear',
    doc: 'a year, month, day or period: 2021年, 3月, 27日, 20周年, 2022年度, or a bare 4-digit year',
    apply: (c) => {
      if (/^(?:年|月|日|号|周年|季度|时(?!间))/.test(after(c))) return true;
      if (c.unit === null && /^(?:19|20)\d\d$/.test(digits(c))) return true;
      return null;
    },
  },
  {
    name: 'durationOrAge',
    doc: 'a duration or an age: 13天, 3个月, 15分钟, 60岁 (but 优良天数308天 counts days)',
    apply: (c) => {
      if (/^(?:个月|个工作日|工作日|分钟|小时|个小时|秒|周(?!边)|岁)/.test(after(c))) return true;
      if (c.unit === '天' && !/天数/.test(c.text.slice(0, c.start))) return true;
      return null;
    },
  },
  {
    name: 'rankOrOrdinal',
    doc: 'a rank or ordinal: 全市第5, 第1名, 前10位, 500强, 提高3个位次',
    apply: (c) => {
      if (/(?:第|(?<![目之提以当])前|排名|位列|位居)$/.test(before(c, 2))) return true;
      if (/^(?:强|佳|个位次|位次)/.test(after(c))) return true;
      return null;
    },
  },
  {
    name: 'namedList',
    doc: 'a number in the name of a list something joined: 入选全国100道乡村特色菜品, 列入全省100强',
    apply: (c) => (/(?:入选|列入|评为|获评|荣获|进入)(?:全国|全省|全市|国家|省|市)?$/.test(before(c, 6)) ? true : null),
  },
  {
    name: 'policyArticles',
    doc: 'the number of articles that names a policy: 招商引资政策黄金12条, 稳经济一揽子政策33条',
    apply: (c) => (c.unit === '条' && /(?:政策|措施|黄金|新政|意见|举措|办法)$/.test(before(c, 2)) ? true : null),
  },
  {
    name: 'gradeOrClass',
    doc: 'a grade or a voltage class: 3级, 五星级, 110千伏变电站',
    apply: (c) => (/^(?:级|星级|千伏(?!安))/.test(after(c)) ? true : null),
  },
  {
    name: 'serviceNumber',
    doc: 'a public service telephone number: 12345便民热线, 110一键报警',
    apply: (c) =>
      c.unit === null &&
      SERVICE_NUMBERS.has(digits(c)) &&
      (/^(?:便民|服务|政务|热线|报警|急救|一键|平台|指挥|系统|电话|警情|接警)/.test(after(c)) ||
        /(?:拨打|热线)$/.test(before(c, 2)))
        ? true
        : null,
  },
  {
    name: 'routeOrPlaceName',
    doc: 'the number of a road, line or area: 108国道, 2号线, 721片区',
    apply: (c) => (/^(?:国道|省道|县道|号线|号|片区|路公交|线)/.test(after(c)) ? true : null),
  },
];

/** The first rule saying the number is not a quantity, or null when it is one. */
export function notAQuantity(context: NumberContext): NotAQuantityRule | null {
  return NOT_A_QUANTITY.find((rule) => rule.apply(context) !== null) ?? null;
}
