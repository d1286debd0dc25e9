import {
  HEADER_LINE_RULES,
  PAGE_HEADER_RULES,
  TRAILER_RULES,
  closingTail,
  findBody,
} from '../../src/ingest/outline/body';
import {
  type LineInput,
  type OutlineState,
  SUB_HEADING_RULES,
  TOP_HEADING_RULES,
  isPartHeading,
} from '../../src/ingest/outline/headings';
import { type Line, numeralOf, numeralValue, splitLines } from '../../src/ingest/outline/lines';
import { PART_RULES, PERIOD_RULES, type PartInput, partOf } from '../../src/ingest/outline/parts';
import { type Rule, firstMatch, ruleNamed } from '../../src/ingest/outline/rules';
import { splitSentences } from '../../src/ingest/outline/sentences';
import { TOPIC_RULES, copyLostCharacters } from '../../src/ingest/outline/topics';

/**
 * Each rule of each table on its own: for every rule, inputs it answers (with its answer)
 * and inputs it must pass over. A table's rules must all have cases here.
 */

interface Cases<Input, Output> {
  matches: [Input, Output][];
  passes: Input[];
}

function testTable<Input, Output>(
  table: string,
  rules: readonly Rule<Input, Output>[],
  cases: Record<string, Cases<Input, Output>>,
  show: (input: Input) => string = (input) => JSON.stringify(input),
): void {
  describe(table, () => {
    it('has cases for every rule', () => {
      expect(Object.keys(cases).sort()).toEqual(rules.map((r) => r.name).sort());
    });
    for (const rule of rules) {
      const { matches, passes } = cases[rule.name] ?? { matches: [], passes: [] };
      describe(rule.name, () => {
        it.each(matches.map(([input, output]) => [show(input), input, output] as const))(
          'answers %s',
          (_, input, output) => expect(ruleNamed(rules, rule.name).apply(input)).toEqual(output),
        );
        it.each(passes.map((input) => [show(input), input] as const))('passes over %s', (_, input) =>
          expect(ruleNamed(rules, rule.name).apply(input)).toBeNull(),
        );
      });
    }
  });
}

// ---------------------------------------------------------------- body

testTable('HEADER_LINE_RULES: the speech header', HEADER_LINE_RULES, {
  title: {
    matches: [
      ['2023年政府工作报告', '2023年政府工作报告'],
      ['政府工作报告', '政府工作报告'],
    ],
    passes: ['政府工作报告—— 2022年1月27日在县十七届人民代表大会第二次会议上涞源县人民政府县长 王 燕  各位代表：现在'],
  },
  'session-line': {
    matches: [
      ['2021年2月5日在县十六届人民代表大会第五次会议上', '2021年2月5日在县十六届人民代表大会第五次会议上'],
      ['第五次会议上', '第五次会议上'],
    ],
    passes: ['内容摘要：'],
  },
  speaker: {
    matches: [
      ['涞源县人民政府县长?? 周?? 峰', '涞源县人民政府县长?? 周?? 峰'],
      ['徐水县人民政府代县长', '徐水县人民政府代县长'],
    ],
    passes: ['评论：'],
  },
  'speaker-name': { matches: [['李保森', '李保森']], passes: ['各位代表', '283'] },
  'publication-field': {
    matches: [['文号:', '文号:']],
    passes: ['时间：2023-01-24 作者：中国县域'],
  },
  blank: { matches: [['\u00a0', '\u00a0']], passes: ['0'] },
});

testTable('PAGE_HEADER_RULES: a web page’s own header', PAGE_HEADER_RULES, {
  'excerpt-label': { matches: [['内容摘要：', 'EXCERPT']], passes: ['内容摘要：2021年…'] },
  'page-field': {
    matches: [
      ['时间：2023-01-24????\t\t\t作者：中国县域', 'PAGE'],
      ['评论：', 'PAGE'],
    ],
    passes: ['索引号: 331122000000/2023-91159', '各位代表：'],
  },
});

testTable('TRAILER_RULES: after the closing call', TRAILER_RULES, {
  navigation: {
    matches: [
      ['分享到：', 'PAGE'],
      ['上一篇：', 'PAGE'],
      ['本栏最新', 'PAGE'],
    ],
    passes: ['附件:'],
  },
  'glossary-heading': {
    matches: [
      ['【名词解释】', 'GLOSSARY'],
      ['名词解释：', 'GLOSSARY'],
    ],
    passes: ['名词解释是…'],
  },
  'notes-heading': { matches: [['注释：', 'NOTES']], passes: ['注重实效。'] },
  footnote: {
    matches: [
      ['[1]“三深化三提升”活动：2019年2月11日…', 'NOTES'],
      ['①“两新一重”：…', 'NOTES'],
    ],
    passes: ['（1）徐大路--西公村公路南延至纬一路工程', '附件:'],
  },
});

describe('findBody', () => {
  const lines = (text: string): Line[] => splitLines(text);
  const isHeading = (l: Line) => isPartHeading(l.text, true);

  it('starts at the speech header after a page’s header and excerpt, and ends before its navigation', () => {
    const text = [
      '工作报告',
      '2022年某县政府工作报告',
      '时间：2023-01-24 作者：中国县域',
      '阅读：',
      '397',
      '内容摘要：',
      '政府工作报告—— 2022年1月27日在县十七届人民代表大会第二次会议上某县人民政府县长 王 燕 各位代表：现在…......',
      '政府工作报告',
      '—— 2022年1月27日在县十七届人民代表大会第二次会议上',
      '某县人民政府县长 王 燕',
      '各位代表：',
      '一、2021年工作回顾',
      '二、2022年主要任务',
      '各位代表！让我们努力奋斗！',
      '分享到：',
      '上一篇：',
    ].join('\n');
    const body = findBody(lines(text), isHeading);
    expect([body.startLine, body.endLine, body.closingLine]).toEqual([7, 14, 13]);
    expect(body.nonBody.map((n) => [n.kind, n.rule, text.slice(n.start, n.end).split('\n')[0]])).toEqual([
      ['PAGE', 'page-header', '工作报告'],
      ['EXCERPT', 'excerpt', '内容摘要：'],
      ['PAGE', 'navigation', '分享到：'],
    ]);
  });

  it('keeps a report without a page header whole, and a glossary after the closing call outside', () => {
    const text =
      '一、2019年工作回顾\n完成了。\n二、2020年主要任务\n各位代表，让我们奋斗！\n【名词解释】\n[1]甲：乙。\n';
    const body = findBody(lines(text), isHeading);
    expect([body.startLine, body.endLine]).toEqual([0, 4]);
    expect(body.nonBody.map((n) => [n.kind, text.slice(n.start, n.end)])).toEqual([
      ['GLOSSARY', '【名词解释】\n[1]甲：乙。'],
    ]);
  });

  it('keeps lines after the closing call that no rule recognises (附件:) in the body', () => {
    const text = '一、2022年工作回顾\n二、2023年主要任务\n各位代表,让我们奋斗!\n附件:\n';
    expect(findBody(lines(text), isHeading).endLine).toBe(4);
  });

  it('cuts a site’s mark after the closing call’s last sentence', () => {
    expect(closingTail('各位代表，让我们努力奋斗！  百度搜索马 克 数 据 网')).toBe('各位代表，让我们努力奋斗！'.length);
    expect(closingTail('各位代表，让我们努力奋斗！')).toBe(0);
    expect(closingTail('各位代表，让我们努力奋斗！”')).toBe(0);
  });
});

// ---------------------------------------------------------------- headings

function state(overrides: Partial<OutlineState> = {}): OutlineState {
  return { top: 0, part: 'PREAMBLE', sub: 0, subStyle: null, numberedParts: true, ...overrides };
}

/** The first line of `text` (lines split by \n) read in the given state. */
function at(text: string, s: Partial<OutlineState> = {}): LineInput {
  const lines = splitLines(text);
  return { lines, index: 0, end: lines.length, state: state(s) };
}

const showLine = (input: LineInput) => JSON.stringify(input.lines[input.index].text.slice(0, 40));

testTable(
  'TOP_HEADING_RULES: the parts',
  TOP_HEADING_RULES,
  {
    'numbered-part': {
      matches: [
        [at('一、2022年政府主要工作'), { kind: 'top', number: '一', title: '2022年政府主要工作', lineCount: 1 }],
        [
          at('二、 2020年工作总体要求', { top: 1 }),
          { kind: 'top', number: '二', title: '2020年工作总体要求', lineCount: 1 },
        ],
        [
          at('三、2023年政府主要工作', { top: 1 }),
          { kind: 'top', number: '三', title: '2023年政府主要工作', lineCount: 1 },
        ],
        [
          at('一、回顾“十三五”，我们以脱贫攻坚为统揽，坚定前行、\n砥砺奋进，全面建成小康社会取得决定性成就'),
          {
            kind: 'top',
            number: '一',
            title: '回顾“十三五”，我们以脱贫攻坚为统揽，坚定前行、砥砺奋进，全面建成小康社会取得决定性成就',
            lineCount: 2,
          },
        ],
      ],
      passes: [
        at('一、二水厂关闭。', { top: 2 }),
        at('一、加大投入。完成了很多工作。'),
        at('（一）全力完成新区规划建设各项工作。'),
      ],
    },
    'unnumbered-part': {
      matches: [
        [
          at('过去一年工作回顾', { numberedParts: false }),
          { kind: 'top', number: null, title: '过去一年工作回顾', lineCount: 1 },
        ],
        [
          at('2023年工作安排', { numberedParts: false }),
          { kind: 'top', number: null, title: '2023年工作安排', lineCount: 1 },
        ],
      ],
      passes: [
        at('过去一年工作回顾'),
        at('2023年政府工作报告', { numberedParts: false }),
        at('今年的主要预期目标是：增长7%。', { numberedParts: false }),
      ],
    },
  },
  showLine,
);

testTable(
  'SUB_HEADING_RULES: sub-sections',
  SUB_HEADING_RULES,
  {
    'bracketed-number': {
      matches: [
        [
          at('（一）全力完成新区规划建设各项工作。', { top: 3 }),
          {
            kind: 'sub',
            number: 1,
            title: '全力完成新区规划建设各项工作',
            style: 'bracket',
            inline: false,
            contentStart: 3,
          },
        ],
        [
          at('(三)加快建设人民城市,进一步优化一体发展、共同繁荣的城乡格局', { top: 3, sub: 2, subStyle: 'bracket' }),
          {
            kind: 'sub',
            number: 3,
            title: '加快建设人民城市,进一步优化一体发展、共同繁荣的城乡格局',
            style: 'bracket',
            inline: false,
            contentStart: 3,
          },
        ],
        [
          at(
            '（二）实施产业强县倍增计划，加快把开发区打造成经济实力支撑区。紧紧扭住“发展是第一要务”不放，做大做强开发区……',
            {
              top: 3,
              sub: 1,
              subStyle: 'bracket',
            },
          ),
          {
            kind: 'sub',
            number: 2,
            title: '实施产业强县倍增计划，加快把开发区打造成经济实力支撑区',
            style: 'bracket',
            inline: true,
            contentStart: 3,
          },
        ],
      ],
      passes: [
        at('（一）全力完成新区规划建设各项工作。'),
        at('（三）跳过了第二。', { top: 1 }),
        at('（一）重新开始的清单。', { top: 1, sub: 3, subStyle: 'bracket' }),
      ],
    },
    'lost-bracket': {
      matches: [
        [
          at('一)深入理解践行发展是首要的任务,争当排头兵', { top: 2 }),
          {
            kind: 'sub',
            number: 1,
            title: '深入理解践行发展是首要的任务,争当排头兵',
            style: 'bracket',
            inline: false,
            contentStart: 2,
          },
        ],
        [
          at(')始终锚定项目为王,进一步激发赶超跨越、蓄势腾飞的澎湃动能', { top: 3, sub: 1, subStyle: 'bracket' }),
          {
            kind: 'sub',
            number: null,
            title: '始终锚定项目为王,进一步激发赶超跨越、蓄势腾飞的澎湃动能',
            style: 'bracket',
            inline: false,
            contentStart: 1,
          },
        ],
      ],
      passes: [at('一)深入理解', { top: 0 }), at('三)乱序', { top: 2, sub: 0 })],
    },
    'results-group': {
      matches: [
        [
          at('一年来,我们聚力两园驱动,工业经济克难前行。', { top: 1, part: 'RESULTS' }),
          {
            kind: 'sub',
            number: null,
            title: '聚力两园驱动,工业经济克难前行',
            style: 'group',
            inline: false,
            contentStart: 6,
          },
        ],
      ],
      passes: [
        at('一年来，我们主要做了以下六个方面的工作：', { top: 1, part: 'RESULTS' }),
        at('一年来,我们聚力两园驱动,工业经济克难前行。', { top: 3, part: 'TASKS' }),
      ],
    },
    'ordinal-lead': {
      matches: [
        [
          at('一是加大扶贫投入，落实扶贫政策，脱贫攻坚成效显著。严格落实…\n二是调整产业结构。…', {
            top: 1,
            part: 'RESULTS',
          }),
          {
            kind: 'sub',
            number: 1,
            title: '加大扶贫投入，落实扶贫政策，脱贫攻坚成效显著',
            style: 'ordinal',
            inline: true,
            contentStart: 2,
          },
        ],
        [
          at('二是大兴进取之风。引导党员干部…', { top: 4, sub: 1, subStyle: 'ordinal' }),
          { kind: 'sub', number: 2, title: '大兴进取之风', style: 'ordinal', inline: true, contentStart: 2 },
        ],
      ],
      passes: [
        // No 二是 paragraph follows: a list inside one paragraph.
        at('一是加大扶贫投入。二是调整产业结构。', { top: 1 }),
        // Under (一) an 一是 paragraph is a list item.
        at('一是大兴团结之风。…\n二是大兴进取之风。…', { top: 2, sub: 1, subStyle: 'bracket' }),
        at(
          '一是坚持改革创新不动摇，把改革创新贯穿于经济社会发展各领域各环节，推动发展方式转变、经济结构优化、增长动力转换。\n二是…',
          {
            top: 2,
          },
        ),
      ],
    },
    'ordinal-first': {
      matches: [
        [
          at('第一，坚持稳中求进。…\n第二，坚持改革。…', { top: 2 }),
          { kind: 'sub', number: 1, title: '坚持稳中求进', style: 'ordinal', inline: true, contentStart: 3 },
        ],
      ],
      passes: [at('第一，坚持稳中求进。…', { top: 2 }), at('第一次会议上', { top: 2 })],
    },
  },
  showLine,
);

// ---------------------------------------------------------------- parts

const part = (title: string, extra: Partial<PartInput> = {}): PartInput => ({ title, previous: 'RESULTS', ...extra });
const y2023 = { year: 2023, resultsYear: 2022 };

testTable(
  'PART_RULES: which part a heading opens',
  PART_RULES,
  {
    'self-building': {
      matches: [
        [part('全面加强政府自身建设'), 'TASKS'],
        [
          part('全力营造风清气正的工作氛围和政治环境', {
            opening: '建设文明、实力、和谐徐水，对政府自身建设提出新的更高要求',
          }),
          'TASKS',
        ],
      ],
      passes: [part('全力营造风清气正的工作氛围和政治环境')],
    },
    'names-a-past-year': {
      matches: [[part('2022年政府主要工作', { ...y2023, previous: null }), 'RESULTS']],
      passes: [part('2022年政府主要工作'), part('2023年政府主要工作', y2023)],
    },
    'names-the-report-year': {
      matches: [
        [part('2023年政府工作的主要目标和总体要求', y2023), 'GOALS'],
        [part('2023年政府主要工作', y2023), 'TASKS'],
        [part('2023年经济社会发展任务目标和重点工作', y2023), 'TASKS'],
        [part('接续奋斗2023年，主动融入京雄保一体化发展格局', y2023), 'TASKS'],
      ],
      passes: [part('2023年主要任务'), part('展望“十四五”', y2023)],
    },
    'review-wording': {
      matches: [
        [part('回顾“十三五”，我们以脱贫攻坚为统揽'), 'RESULTS'],
        [part('过去五年工作回顾'), 'RESULTS'],
        [part('“十一五”期间经济社会发展取得重大成就'), 'RESULTS'],
        [part('关于2012年政府工作'), 'RESULTS'],
      ],
      passes: [part('2019年主要任务')],
    },
    'task-wording': {
      matches: [
        [part('“十二五”时期经济社会发展的战略任务'), 'TASKS'],
        [part('2019年工作安排'), 'TASKS'],
        [part('2018年目标任务和重点工作'), 'TASKS'],
      ],
      passes: [part('2019年工作总体要求')],
    },
    'goal-wording': {
      matches: [
        [part('2019年工作总体要求'), 'GOALS'],
        [part('展望“十四五”，我们站在新的历史起点'), 'GOALS'],
      ],
      passes: [part('全力营造风清气正的工作氛围和政治环境')],
    },
    'first-part': {
      matches: [[part('砥砺前行', { previous: null }), 'RESULTS']],
      passes: [part('砥砺前行')],
    },
    'after-the-review': {
      matches: [[part('砥砺前行', { previous: 'RESULTS' }), 'TASKS']],
      passes: [part('砥砺前行', { previous: 'GOALS' })],
    },
    'continues-the-plans': {
      matches: [
        [part('砥砺前行', { previous: 'GOALS' }), 'GOALS'],
        [part('砥砺前行', { previous: 'TASKS' }), 'TASKS'],
      ],
      passes: [part('砥砺前行', { previous: null })],
    },
  },
  (input) => JSON.stringify(input.title),
);

describe('partOf', () => {
  it('reads Jinyun’s headings by their years, the same words meaning results in one and tasks in the other', () => {
    expect(partOf(part('2022年政府主要工作', { ...y2023, previous: null })).part).toBe('RESULTS');
    expect(partOf(part('2023年政府主要工作', { ...y2023, previous: 'GOALS' })).part).toBe('TASKS');
  });
});

const period = (title: string, p: 'RESULTS' | 'TASKS' | 'GOALS') => ({ title, part: p, year: 2012, resultsYear: 2011 });

testTable(
  'PERIOD_RULES: parts about several years',
  PERIOD_RULES,
  {
    'five-year-plan': {
      matches: [
        [period('回顾“十三五”，我们以脱贫攻坚为统揽', 'RESULTS'), { from: 2016, to: 2020 }],
        [period('“十二五”时期经济社会发展的战略任务', 'TASKS'), { from: 2011, to: 2015 }],
        [period('展望“十四五”', 'GOALS'), { from: 2021, to: 2025 }],
      ],
      passes: [period('2012年工作回顾', 'RESULTS')],
    },
    'past-five-years': {
      matches: [[period('过去五年工作回顾', 'RESULTS'), { from: 2007, to: 2011 }]],
      passes: [period('过去五年工作回顾', 'TASKS')],
    },
    'next-five-years': {
      matches: [[period('今后五年经济社会发展的战略任务', 'TASKS'), { from: 2012, to: 2016 }]],
      passes: [period('今后五年经济社会发展的战略任务', 'RESULTS')],
    },
  },
  (input) => JSON.stringify(input.title),
);

// ---------------------------------------------------------------- lead phrases

function topicInput(text: string, contentStart = 0, knownTopics: string[] = []) {
  return { line: { text, start: 100, end: 100 + text.length }, contentStart, knownTopics };
}
const topic = (text: string, from: number) => ({ text, start: 100 + from, end: 100 + from + text.length });

testTable(
  'TOPIC_RULES: lead phrases',
  TOPIC_RULES,
  {
    address: {
      matches: [[topicInput('各位代表，时光荏苒，岁月如歌。回首五年…'), false]],
      passes: [topicInput('创新活力更加充沛。小县大创新。')],
    },
    'known-topic': {
      matches: [
        [topicInput('聚力四城一体出台革命老区重点县城建设实施方案', 0, ['聚力四城一体']), topic('聚力四城一体', 0)],
      ],
      passes: [topicInput('聚力四城一体出台革命老区重点县城建设实施方案')],
    },
    'dash-lead': {
      matches: [
        [topicInput('——县域综合实力迈上新台阶。全县地区生产总值完成81.16亿元', 2), topic('县域综合实力迈上新台阶', 2)],
        [topicInput('—— 这是县域综合实力稳步提升的五年。面对…', 3), topic('这是县域综合实力稳步提升的五年', 3)],
        [
          topicInput('----经济运行稳中有升，总体实力持续增长。坚持…', 4),
          topic('经济运行稳中有升，总体实力持续增长', 4),
        ],
      ],
      passes: [
        topicInput('县域综合实力迈上新台阶。全县…'),
        topicInput('——2022年1月27日在县十七届人民代表大会第二次会议上。', 2),
      ],
    },
    'short-clause': {
      matches: [
        [topicInput('创新活力更加充沛。小县大创新。'), topic('创新活力更加充沛', 0)],
        [topicInput('筑牢民生保障,让群众更安乐。落实就业优先战略'), topic('筑牢民生保障,让群众更安乐', 0)],
      ],
      passes: [
        topicInput('全年新增就业3343人。'),
        topicInput('“五彩农业”蓬勃发展。'),
        topicInput('时代是出卷人我们是答卷人人民是阅卷人。'),
      ],
    },
    'two-clauses': {
      matches: [
        [topicInput('经济总量快速增长,综合实力显著增强。2010年全县…'), topic('经济总量快速增长,综合实力显著增强', 0)],
        [
          topicInput('“双创双服”活动持续深化，创新创业服务更加优质高效。扎实开展…'),
          topic('“双创双服”活动持续深化，创新创业服务更加优质高效', 0),
        ],
      ],
      passes: [
        topicInput('发展是党执政兴国的第一要务,新时代新阶段的发展必须是高质量发展。'),
        topicInput('按照县委全会总体部署，扎实做好五方面重点工作。'),
        topicInput('2018年，全县地区生产总值预计完成49.7亿元，同比增长5.2%。'),
        topicInput('立足新起点，抢抓新机遇，再创新辉煌。今年…'),
      ],
    },
  },
  (input) => JSON.stringify(input.line.text.slice(0, 30)),
);

describe('firstMatch', () => {
  it('answers with the first rule that answers, and names it', () => {
    expect(firstMatch(TOPIC_RULES, topicInput('各位代表，时光荏苒，岁月如歌。'))).toEqual({
      rule: 'address',
      value: false,
    });
    expect(firstMatch(TOPIC_RULES, topicInput('没有句号的一段很长的文字'))).toBeNull();
  });
});

describe('copyLostCharacters', () => {
  it('tells a copy whose quotes or brackets do not pair up', () => {
    expect(copyLostCharacters('坚决落实疫情要防住”重要要求')).toBe(true);
    expect(copyLostCharacters(')系统打造工业生态')).toBe(true);
    expect(copyLostCharacters('“双创双服”（一）')).toBe(false);
  });
});

describe('splitSentences', () => {
  const line = (text: string): Line => ({ text, start: 10, end: 10 + text.length });

  it('splits after full- and half-width stops, a closing quote staying with its sentence', () => {
    const text = '各位代表！“幸福是奋斗出来的。”我们奋斗!好吗？好';
    expect(splitSentences(line(text)).map((s) => text.slice(s.start - 10, s.end - 10))).toEqual([
      '各位代表！',
      '“幸福是奋斗出来的。”',
      '我们奋斗!',
      '好吗？',
      '好',
    ]);
  });

  it('starts after a lead mark, which belongs to no sentence', () => {
    const text = '（一）聚焦乡村振兴。主要目标是…';
    expect(splitSentences(line(text), 3).map((s) => text.slice(s.start - 10, s.end - 10))).toEqual([
      '聚焦乡村振兴。',
      '主要目标是…',
    ]);
  });
});

describe('numerals', () => {
  it('reads and writes Chinese numerals up to the twenties', () => {
    expect(['一', '九', '十', '十一', '二十', '二十三'].map(numeralValue)).toEqual([1, 9, 10, 11, 20, 23]);
    expect(numeralValue('百')).toBeNull();
    expect([1, 10, 11, 20].map(numeralOf)).toEqual(['一', '十', '十一', '二十']);
  });
});
