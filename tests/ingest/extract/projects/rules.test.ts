import type { NameCandidate } from '../../../../src/ingest/extract/projects/accept';
import { NAME_RULES } from '../../../../src/ingest/extract/projects/accept';
import type { Vocabulary } from '../../../../src/ingest/extract/projects/model';
import { endsLikeProject } from '../../../../src/ingest/extract/projects/rules/endsLikeProject';
import { excludedByLexicon } from '../../../../src/ingest/extract/projects/rules/excludedByLexicon';
import { explicitlyListed } from '../../../../src/ingest/extract/projects/rules/explicitlyListed';
import { genericProgramme } from '../../../../src/ingest/extract/projects/rules/genericProgramme';
import { phaseOnly } from '../../../../src/ingest/extract/projects/rules/phaseOnly';
import { genericHeadedItem } from '../../../../src/ingest/extract/projects/rules/genericHeadedItem';
import { knownElsewhere } from '../../../../src/ingest/extract/projects/rules/knownElsewhere';
import { leadFiller } from '../../../../src/ingest/extract/projects/rules/leadFiller';
import { leadGoverningVerb } from '../../../../src/ingest/extract/projects/rules/leadGoverningVerb';
import { leadInvestment } from '../../../../src/ingest/extract/projects/rules/leadInvestment';
import { leadParticle } from '../../../../src/ingest/extract/projects/rules/leadParticle';
import { leadQuantity } from '../../../../src/ingest/extract/projects/rules/leadQuantity';
import { leadTime } from '../../../../src/ingest/extract/projects/rules/leadTime';
import { lexiconName } from '../../../../src/ingest/extract/projects/rules/lexiconName';
import { nameOfOtherKind } from '../../../../src/ingest/extract/projects/rules/nameOfOtherKind';
import { projectWordInside } from '../../../../src/ingest/extract/projects/rules/projectWordInside';
import { proseInside } from '../../../../src/ingest/extract/projects/rules/proseInside';
import { leadBeforeQuote, tailQuote } from '../../../../src/ingest/extract/projects/rules/quoted';
import { tailTime } from '../../../../src/ingest/extract/projects/rules/tailTime';
import { campaignName } from '../../../../src/ingest/extract/projects/rules/campaignName';
import { leadNumbering } from '../../../../src/ingest/extract/projects/rules/leadNumbering';
import { leadStatusAnd } from '../../../../src/ingest/extract/projects/rules/leadStatusAnd';
import { singleWordListed } from '../../../../src/ingest/extract/projects/rules/singleWordListed';
import { tailEtc } from '../../../../src/ingest/extract/projects/rules/tailEtc';
import { tailFootnote } from '../../../../src/ingest/extract/projects/rules/tailFootnote';
import { readItem, sharedHead, splitOnAnd } from '../../../../src/ingest/extract/projects/names';
import { kindOfWork, onlyKindWords } from '../../../../src/ingest/extract/projects/rules/kindOfWork';
import { scopeOfMany } from '../../../../src/ingest/extract/projects/rules/scopeOfMany';
import { tailSize } from '../../../../src/ingest/extract/projects/rules/tailSize';
import { tailBuild } from '../../../../src/ingest/extract/projects/rules/tailBuild';
import { leadInnerVerb } from '../../../../src/ingest/extract/projects/rules/leadInnerVerb';
import { leadModifier } from '../../../../src/ingest/extract/projects/rules/leadModifier';
import { tailPart } from '../../../../src/ingest/extract/projects/rules/tailPart';
import { countedKind } from '../../../../src/ingest/extract/projects/rules/countedKind';
import { countedList } from '../../../../src/ingest/extract/projects/rules/countedList';
import { notBuildingLead } from '../../../../src/ingest/extract/projects/rules/notBuildingLead';
import { namedListEtc } from '../../../../src/ingest/extract/projects/rules/namedListEtc';
import { FRAME_RULES, type PieceFrame } from '../../../../src/ingest/extract/projects/frames';
import { firstMatch } from '../../../../src/ingest/extract/rules';
import { tailProjectWord } from '../../../../src/ingest/extract/projects/rules/tailProjectWord';
import { villageOrCommunity } from '../../../../src/ingest/extract/projects/rules/villageOrCommunity';
import { pieces, splitList } from '../../../../src/ingest/extract/projects/pieces';
import { trimLead, trimTail } from '../../../../src/ingest/extract/projects/trims';
import { LIST_MARKER, STATUS } from '../../../../src/ingest/extract/projects/vocabulary';

/** Each project rule on its own, on wordings of the genre. */

const cut = (
  rule: { apply(i: { text: string; afterStatus: boolean }): number | null },
  text: string,
  afterStatus = false,
) => rule.apply({ text, afterStatus });

describe('lead trims (words before a name that are not part of it)', () => {
  it('leadFiller', () => {
    expect(cut(leadFiller, '全市首个竹林碳汇')).toBe(4);
    expect(cut(leadFiller, '所有乡镇卫生院')).toBe(2);
    expect(cut(leadFiller, '是容东片区')).toBe(1);
    expect(cut(leadFiller, '棠溪水库')).toBeNull();
  });
  it('leadInvestment', () => {
    expect(cut(leadInvestment, '投资100亿元的抽水蓄能电站')).toBe(8);
    expect(cut(leadInvestment, '总投资5.9亿元的沙河大街管廊')).toBe(9);
    expect(cut(leadInvestment, '投资促进中心')).toBeNull();
  });
  it('leadTime', () => {
    expect(cut(leadTime, '年内主干路')).toBe(2);
    expect(cut(leadTime, '7月底一期')).toBe(3);
    expect(cut(leadTime, '年产10万吨')).toBeNull();
  });
  it('leadGoverningVerb', () => {
    expect(cut(leadGoverningVerb, '抢抓新机遇')).toBe(2);
    expect(cut(leadGoverningVerb, '充分发挥容城体育馆')).toBe(4);
    expect(cut(leadFiller, '进一步提升荆轲公园')).toBe(3);
    expect(cut(leadGoverningVerb, '做好新建中小学校')).toBe(2);
    expect(cut(leadGoverningVerb, '新建敬老院')).toBeNull();
  });
  it('leadQuantity', () => {
    expect(cut(leadQuantity, '500套人才公寓')).toBe(4);
    // a count of works of a kind stays, and the words read as prose (proseInside)
    expect(cut(leadQuantity, '12.5公里排水管道')).toBeNull();
    expect(cut(leadQuantity, '14所学校维修改造')).toBeNull();
    expect(cut(leadFiller, '一批口袋公园')).toBeNull();
    expect(cut(leadQuantity, '220千伏好溪')).toBeNull();
    expect(cut(leadQuantity, '330国道西移工程')).toBeNull();
  });
  it('leadInnerVerb: a subject and a verb of causing before the name', () => {
    expect(cut(leadInnerVerb, '社会资本推动白洋淀上游规模化林场')).toBe(6);
    expect(cut(leadInnerVerb, '粪污资源化利用整县推进')).toBeNull();
  });
  it('leadModifier: a measure closed by 的, not a description', () => {
    expect(cut(leadModifier, '覆盖16个小区的集中供热二、三次管线改造')).toBe(8);
    expect(cut(leadModifier, '推进协同发展的主战场')).toBeNull();
    expect(cut(leadModifier, '体制机制灵活的特色小镇')).toBeNull();
  });
  it('leadFiller: a quality or 实现 before a name', () => {
    expect(cut(leadFiller, '高标准图书馆')).toBe(3);
    expect(cut(leadFiller, '实现易文化休闲度假小镇')).toBe(2);
  });
  it('leadFiller takes whole words only (对 in 对接合作 is no filler)', () => {
    expect(cut(leadFiller, '对接合作')).toBeNull();
    expect(cut(leadFiller, '对白石山景观大道')).toBe(1);
  });
  it('leadBeforeQuote and tailQuote: a quoted name', () => {
    expect(cut(leadBeforeQuote, '涞源“雄源服装智慧新城')).toBe(3);
    expect(cut(leadBeforeQuote, '“容和服装产业园”')).toBeNull();
    expect(cut(tailQuote, '“容和服装产业园”')).toBe(1);
    const text = '涞源“雄源服装智慧新城”项目';
    const span = trimLead(trimTail({ start: 0, end: text.length }, text), text);
    expect(text.slice(span.start, span.end)).toBe('雄源服装智慧新城');
  });
  it('leadNumbering and leadStatusAnd', () => {
    expect(cut(leadNumbering, '(1)徐水第二小学')).toBe(3);
    expect(cut(leadNumbering, '（13）西公村道路')).toBe(4);
    expect(cut(leadNumbering, '110千伏变电站')).toBeNull();
    expect(cut(leadStatusAnd, '建设和北城小学')).toBe(3);
    expect(cut(leadStatusAnd, '和平路')).toBeNull();
  });
  it('a yearly capacity is part of the name, not trimmed (年产10万吨有机肥厂)', () => {
    const text = '投资2亿元的年产10万吨有机肥厂';
    expect(text.slice(trimLead({ start: 0, end: text.length }, text).start)).toBe('年产10万吨有机肥厂');
  });
  it('leadParticle: only right after a status verb, and 好 only before a word', () => {
    expect(cut(leadParticle, '了老旧小区改造', true)).toBe(1);
    expect(cut(leadParticle, '了老旧小区改造', false)).toBeNull();
    expect(cut(leadParticle, '好棚户区改造工程', true)).toBe(1);
    expect(cut(leadParticle, '好溪流域生态治理', true)).toBeNull();
  });
  it('trimLead applies the table until nothing matches, never leaving less than two characters', () => {
    const text = '抓好投资100亿元的抽水蓄能电站';
    expect(text.slice(trimLead({ start: 0, end: text.length }, text).start)).toBe('抽水蓄能电站');
  });
});

describe('tail trims', () => {
  it('tailEtc: 等 closes a list', () => {
    expect(cut(tailEtc, '百兴路等重点道路')).toBe(5);
    expect(cut(tailEtc, '博视长远终端研发等')).toBe(1);
    expect(cut(tailEtc, '等级公路')).toBeNull();
    expect(cut(tailEtc, '容城至易县高等级公路')).toBeNull();
  });
  it('tailTime: a time between the name and its status', () => {
    expect(cut(tailTime, '宝迪楼房养猪项目6月底前')).toBe(4);
    expect(cut(tailTime, '西关110千伏变电站')).toBeNull();
  });
  it('tailProjectWord: 项目 is the head, not the name', () => {
    expect(cut(tailProjectWord, '棠溪水库项目')).toBe(2);
    expect(cut(tailProjectWord, '重大项目')).toBeNull();
  });
  it('tailFootnote: a footnote mark the copy kept', () => {
    expect(cut(tailFootnote, '容城县人民医院“互联网医院”[7]')).toBe(3);
    expect(cut(tailFootnote, '互联网医院')).toBeNull();
  });
  it('tailPart: a part or the first phase of a named project', () => {
    expect(cut(tailPart, '易兴路东延部分路段')).toBe(4);
    expect(cut(tailPart, '军民融合雷达产业园项目一期')).toBe(2);
    expect(cut(tailPart, '易文化休闲度假小镇一期')).toBe(2);
    expect(cut(tailPart, '太行水镇二期')).toBeNull();
  });
  it('tailSize: the size of a work, not the output of a campaign', () => {
    expect(cut(tailSize, '菌包厂养菌车间1万平米')).toBe(4);
    expect(cut(tailSize, '违建整治33.2万平方米')).toBeNull();
  });
  it('tailBuild: 建设 after a name in a list', () => {
    expect(cut(tailBuild, '涞源湖南侧污水管网建设')).toBe(2);
    expect(cut(tailBuild, '建设')).toBeNull();
  });
  it('trimTail', () => {
    const text = '百兴路等重点道路项目';
    expect(text.slice(0, trimTail({ start: 0, end: text.length }, text).end)).toBe('百兴路');
  });
});

const vocab: Vocabulary = {
  canonical: new Map([['滨江公园二期', '滨江公园二期']]),
  excluded: new Set(['融资畅通工程']),
  enterprises: [],
  townshipForms: ['壶镇', '壶镇镇'],
  otherKinds: new Set(['丽水高新区']),
  known: ['问渔东路'],
  kinds: new Set(['学校维修改造']),
  phrases: [],
};
const candidate = (name: string, extra: Partial<NameCandidate> = {}): NameCandidate => ({
  name,
  written: name,
  listed: false,
  headed: false,
  vocab,
  ...extra,
});

describe('acceptance rules (is this candidate a project?)', () => {
  it('countedKind: a name the report writes with a count is a kind', () => {
    expect(countedKind.apply(candidate('学校维修改造'))).toBe(false);
    expect(countedKind.apply(candidate('棠溪水库'))).toBeNull();
  });
  it('excludedByLexicon and lexiconName', () => {
    expect(excludedByLexicon.apply(candidate('融资畅通工程'))).toBe(false);
    expect(lexiconName.apply(candidate('滨江公园二期'))).toBe(true);
    expect(lexiconName.apply(candidate('棠溪水库'))).toBeNull();
  });
  it('nameOfOtherKind: places and platforms by their own name', () => {
    expect(nameOfOtherKind.apply(candidate('壶镇'))).toBe(false);
    expect(nameOfOtherKind.apply(candidate('丽水高新区'))).toBe(false);
    expect(nameOfOtherKind.apply(candidate('壶镇敬老院'))).toBeNull();
  });
  it('villageOrCommunity: a community set up is a place, a community built is a work', () => {
    expect(villageOrCommunity.apply(candidate('西锦社区'))).toBe(false);
    expect(villageOrCommunity.apply(candidate('泉坊村'))).toBe(false);
    expect(villageOrCommunity.apply(candidate('名山未来社区'))).toBeNull();
    expect(villageOrCommunity.apply(candidate('仙都梧源新村'))).toBeNull();
  });
  it('proseInside and projectWordInside', () => {
    expect(proseInside.apply(candidate('93所学校硬件改善工程'))).toBe(false);
    expect(proseInside.apply(candidate('完成投资的项目'))).toBe(false);
    expect(proseInside.apply(candidate('西关110千伏变电站'))).toBeNull();
    expect(proseInside.apply(candidate('宝迪公司年产5万吨有机肥厂'))).toBeNull();
    expect(proseInside.apply(candidate('年产5万吨有机肥厂3个'))).toBe(false);
    expect(proseInside.apply(candidate('我们将以招商引资排座次'))).toBe(false);
    expect(proseInside.apply(candidate('“山水林田湖”综合整治'))).toBe(false);
    expect(proseInside.apply(candidate('国有林场改革和林业区域站'))).toBe(false);
    expect(projectWordInside.apply(candidate('大项目好'))).toBe(false);
    expect(projectWordInside.apply(candidate('军民融合雷达产业园项目一期'))).toBeNull();
  });
  it('genericHeadedItem: everyday words before 项目 name a kind of project', () => {
    expect(genericHeadedItem.apply(candidate('重大项目', { headed: true }))).toBe(false);
    expect(genericHeadedItem.apply(candidate('粮食高产', { headed: true }))).toBe(false);
    expect(genericHeadedItem.apply(candidate('殡管所搬迁', { headed: true }))).toBeNull();
    // list items are not judged so: company names are everyday words too
    expect(genericHeadedItem.apply(candidate('企鹅科技', { listed: true }))).toBeNull();
  });
  it('genericProgramme: a campaign head after everyday words only', () => {
    expect(genericProgramme.apply(candidate('土地整治'))).toBe(false);
    expect(genericProgramme.apply(candidate('生态修复工程'))).toBe(false);
    expect(genericProgramme.apply(candidate('好溪流域生态治理'))).toBeNull();
    expect(genericProgramme.apply(candidate('瓯江山水工程'))).toBeNull();
    expect(genericProgramme.apply(candidate('公共停车空间改造'))).toBeNull();
  });
  it('scopeOfMany: a kind of work done in many places', () => {
    for (const name of ['农村公路', '乡镇卫生院', '企业生产基地', '规模化林场', '农村饮水安全工程'])
      expect(scopeOfMany.apply(candidate(name))).toBe(false);
    expect(scopeOfMany.apply(candidate('白洋淀上游规模化林场'))).toBeNull();
    expect(scopeOfMany.apply(candidate('乡村生态氢能示范工程'))).toBeNull();
  });
  it('kindOfWork: kinds of things only before a campaign or network head', () => {
    for (const name of [
      '棚户区改造',
      '大气污染综合治理',
      '黑臭水体和渗坑整治',
      '开发区基础设施',
      '燃气配套管网',
      '技术改造',
    ])
      expect(kindOfWork.apply(candidate(name))).toBe(false);
    for (const name of [
      '涞源湖南侧污水管网',
      '城西污水处理厂提标改造',
      '县城排水防涝综合治理',
      '温泉谷区块市政基础设施',
    ])
      expect(kindOfWork.apply(candidate(name))).toBeNull();
    expect(onlyKindWords('矿山固废物')).toBe(true);
    expect(onlyKindWords('')).toBe(false);
  });
  it('campaignName: 工程 after an aim or a number slogan, with no place', () => {
    for (const name of ['全域旅游提升工程', '融资畅通工程', '公民道德建设工程', '双千工程', '国家水保重点工程'])
      expect(campaignName.apply(candidate(name))).toBe(false);
    expect(campaignName.apply(candidate('白石山景区东门景观质量整体提升工程'))).toBeNull();
    expect(campaignName.apply(candidate('330国道西移工程'))).toBeNull();
    // a site named before the aim: work on that site
    expect(campaignName.apply(candidate('沟西小学整体改造提升工程'))).toBeNull();
    expect(campaignName.apply(candidate('汤子岭隧道改造提升工程'))).toBeNull();
    expect(campaignName.apply(candidate('医疗卫生提质工程'))).toBe(false);
  });
  it('phaseOnly: a bare phase names nothing', () => {
    expect(phaseOnly.apply(candidate('一期工程'))).toBe(false);
    expect(phaseOnly.apply(candidate('四期开发'))).toBe(false);
    expect(phaseOnly.apply(candidate('太行水镇二期'))).toBeNull();
  });
  it('singleWordListed: one dictionary word in a list is a kind, not a name', () => {
    expect(singleWordListed.apply(candidate('资金', { listed: true }))).toBe(false);
    expect(singleWordListed.apply(candidate('幼儿园', { listed: true }))).toBe(false);
    expect(singleWordListed.apply(candidate('企鹅科技', { listed: true }))).toBeNull();
    expect(singleWordListed.apply(candidate('资金'))).toBeNull();
    // in a list of facilities a type of work is the facility built, a sector is not
    expect(singleWordListed.apply(candidate('停车场', { listed: true, ofFacilities: true }))).toBeNull();
    expect(singleWordListed.apply(candidate('停车场', { listed: true }))).toBe(false);
    expect(singleWordListed.apply(candidate('水利', { listed: true, ofFacilities: true }))).toBe(false);
  });
  it('explicitlyListed, knownElsewhere, endsLikeProject', () => {
    expect(explicitlyListed.apply(candidate('肖特玻管', { listed: true }))).toBe(true);
    expect(explicitlyListed.apply(candidate('肖特玻管'))).toBeNull();
    expect(knownElsewhere.apply(candidate('问渔东路'))).toBe(true);
    expect(endsLikeProject.apply(candidate('棠溪水库'))).toBe(true);
    expect(endsLikeProject.apply(candidate('青年创新创业之城'))).toBe(false);
  });
  it('the table: first verdict wins, none means no', () => {
    const decide = (c: NameCandidate) => NAME_RULES.find((r) => r.apply(c) !== null)?.name ?? null;
    expect(decide(candidate('融资畅通工程'))).toBe('excludedByLexicon');
    expect(decide(candidate('西锦社区', { listed: true }))).toBe('villageOrCommunity');
    expect(decide(candidate('肖特玻管', { listed: true }))).toBe('explicitlyListed');
    expect(decide(candidate('棠溪水库'))).toBe('endsLikeProject');
  });
});

describe('status words', () => {
  it.each([
    '成功签约',
    '竣工投产',
    '顺利完工',
    '建成通车',
    '完成可研审查',
    '成功试生产',
    '力争开工',
    '尽快投入使用',
    '积极推进',
  ])('reads %s whole', (s) => {
    expect(`甲乙工程${s}`.match(STATUS)?.[0]).toBe(s);
  });
});

describe('lists', () => {
  it('LIST_MARKER: a list closed by 等 and a head of works, facilities or settlements', () => {
    const head = (text: string) => {
      const m = LIST_MARKER.exec(text);
      return m ? (m[1] ?? m[2]) : null;
    };
    expect(head('纬一路、西庄道村、桂子渠村等安置区')).toBe('安置区');
    expect(head('综合服务区、东入口景观节点等基础设施')).toBe('设施');
    expect(head('容城体育馆、壹号秀场等文化体育场馆')).toBe('场馆');
    expect(head('百兴路、中易水大道等项目')).toBe('项目');
    expect(head('紫荆关、千佛山、洪崖山等景点')).toBeNull();
  });
  it('splitList: at 、 outside parentheses, and between quoted names', () => {
    const split = (text: string) =>
      splitList({ start: 0, end: text.length }, text).map((p) => text.slice(p.start, p.end));
    expect(split('丙丁水库、戊己公路')).toEqual(['丙丁水库', '戊己公路']);
    expect(split('青少年(妇儿、老年、工会)活动中心')).toEqual(['青少年(妇儿、老年、工会)活动中心']);
    expect(split('“容和服装产业园”“雄源服装智慧新城”项目')).toEqual(['“容和服装产业园”', '“雄源服装智慧新城”项目']);
    expect(split('集中供热二、三次管线改造')).toEqual(['集中供热二、三次管线改造']);
  });
});

describe('pieces (a clause cut at status phrases)', () => {
  const read = (text: string) =>
    pieces({ start: 0, end: text.length }, text, vocab).map((p) => [text.slice(p.start, p.end), p.lead, p.trail]);

  it('gives a status after a name to that name, whatever words stand before the name', () => {
    expect(read('投资1.3亿元的第三水厂建成供水')).toEqual([['投资1.3亿元的第三水厂', null, '建成供水']]);
    expect(read('甲乙有机肥厂建设完成')).toEqual([['甲乙有机肥厂建设', null, '完成']]);
  });
  it('does not take status words right before 项目 for a status (整县推进项目)', () => {
    expect(read('启动甲乙整县推进项目')).toEqual([['甲乙整县推进项目', '启动', null]]);
  });
  it('does not take a town whose name reads like a status for one (新建镇)', () => {
    const withTown = { ...vocab, townshipForms: ['新建镇', '新建'] };
    const text = '新建敬老院建成投用';
    const cuts = pieces({ start: 0, end: text.length }, text, withTown).map((p) => [
      text.slice(p.start, p.end),
      p.lead,
      p.trail,
    ]);
    expect(cuts).toEqual([['新建敬老院', null, '建成投用']]);
    expect(read('新建甲乙车间')).toEqual([['甲乙车间', '新建', null]]);
  });
  it('gives a title (入选, 列入) to the names before it only', () => {
    expect(read('甲乙水镇入选全省优选旅游项目名录')).toEqual([
      ['甲乙水镇', null, '入选'],
      ['全省优选旅游项目名录', null, null],
    ]);
  });
  it('does not take a status word naming the kind of projects of a list for a status (等签约项目)', () => {
    expect(read('加快推进甲乙产业园、丙丁生产线等签约项目落地建设')).toEqual([
      ['甲乙产业园、丙丁生产线等签约项目', '加快推进', '落地建设'],
    ]);
  });
});

describe('reading one item into names', () => {
  const names = (text: string) =>
    readItem({ start: 0, end: text.length }, text, vocab, false, null).map((c) => text.slice(c.start, c.end));

  it('splits two names run together where the copy lost the 、', () => {
    expect(names('溪东南路改建民安桥')).toEqual(['溪东南路改建', '民安桥']);
  });
  it('keeps an ordinal with the known name after it (第二污水处理厂 is not 污水处理厂)', () => {
    const withKnown = { ...vocab, known: ['污水处理厂'] };
    const text = '第二污水处理厂';
    expect(
      readItem({ start: 0, end: text.length }, text, withKnown, false, null).map((c) => text.slice(c.start, c.end)),
    ).toEqual(['第二污水处理厂']);
  });
  it('takes a name written with the head 项目 for one, a time after the head aside', () => {
    expect(names('宝迪楼房养猪项目6月底前')).toEqual(['宝迪楼房养猪']);
  });
  it('splits on 和 after a name or a project, not before a part of the work', () => {
    const split = (text: string) =>
      splitOnAnd({ start: 0, end: text.length }, text, vocab).map((p) => text.slice(p.start, p.end));
    expect(split('玖兴肉鸡养殖扶贫产业项目和牛栏新村')).toEqual(['玖兴肉鸡养殖扶贫产业项目', '牛栏新村']);
    expect(split('城西污水处理厂提标改造和配套管网建设工程')).toEqual(['城西污水处理厂提标改造和配套管网建设工程']);
    expect(split('云蒙山运动养生小镇建设和紫荆关')).toEqual(['云蒙山运动养生小镇建设', '紫荆关']);
    expect(split('建筑和餐厨垃圾处理')).toEqual(['建筑和餐厨垃圾处理']);
  });
  it('keeps a part of a work with the work (主路工程, 教学楼, 标准化建设主体工程)', () => {
    expect(names('东外环拓宽改造主路工程')).toEqual(['东外环拓宽改造主路工程']);
    expect(names('谷庄幼儿园教学楼')).toEqual(['谷庄幼儿园教学楼']);
    expect(names('职教中心标准化建设主体工程')).toEqual(['职教中心标准化建设主体工程']);
  });
});

describe('frames (what the words around a piece say about its names)', () => {
  const frame = (raw: string, items: string[], extra: Partial<PieceFrame> = {}): PieceFrame => ({
    raw,
    words: raw,
    items,
    hasStatus: false,
    listed: false,
    ...extra,
  });

  it('countedList: a count before a list counts kinds of works', () => {
    expect(countedList.apply(frame('一批道路、市政设施、老旧城区改造提升工程', ['道路']))).toBe('kinds');
    expect(countedList.apply(frame('3个安置小区', ['安置小区']))).toBe('kinds');
    expect(countedList.apply(frame('500套人才公寓', ['人才公寓']))).toBeNull();
    expect(countedList.apply(frame('一批智能制造等项目', ['智能制造'], { listed: true }))).toBeNull();
  });
  it('notBuildingLead: 建设 after strengthening or a model is no construction', () => {
    expect(notBuildingLead.apply(frame('加强县职教中心建设', ['县职教中心']))).toBe('notBuilt');
    expect(notBuildingLead.apply(frame('对标新区政务服务中心建设', ['新区政务服务中心']))).toBe('notBuilt');
    expect(notBuildingLead.apply(frame('加快公交站亭建设', ['公交站亭']))).toBeNull();
  });
  it('namedListEtc: names that all end like works, closed by 等', () => {
    const parks = frame('进一步提升荆轲公园、易泰公园、易水公园等建设水平', ['荆轲公园', '易泰公园', '易水公园']);
    expect(namedListEtc.apply(parks)).toBe('namedList');
    expect(namedListEtc.apply({ ...parks, hasStatus: true })).toBeNull();
    expect(
      namedListEtc.apply(frame('紫荆关、千佛山、洪崖山等景点旅游开发', ['紫荆关', '千佛山', '洪崖山'])),
    ).toBeNull();
    const activities = frame('深化环境容貌整治、交通秩序整治等活动', ['环境容貌整治', '交通秩序整治']);
    expect(namedListEtc.apply(activities)).toBeNull();
  });
  it('the table: the first verdict wins', () => {
    expect(firstMatch(FRAME_RULES, frame('加强一批道路、公园等建设', ['道路', '公园']))?.rule).toBe('notBuildingLead');
    expect(firstMatch(FRAME_RULES, frame('一批甲乙公园、丙丁公园等', ['甲乙公园', '丙丁公园']))?.rule).toBe(
      'countedList',
    );
  });
});

describe('heads shared along a list', () => {
  const head = (written: string, next: string) => sharedHead(written, next, vocab);

  it('a place before a place with a head', () => {
    expect(head('壶镇', '壶镇镇城市书房')).toBe('城市书房');
  });
  it('a thing of the same kind before a work on it', () => {
    expect(head('县医院', '妇幼保健院救治能力提升')).toBe('救治能力提升');
    expect(head('石门村', '泉坊村城中村改造')).toBe('城中村改造');
    expect(head('白石口长城', '乌龙沟长城维修加固')).toBe('维修加固');
    expect(head('朝阳路一中段', '易黄线县城段改造')).toBe('改造');
  });
  it('a short bare name before a name with a campaign head', () => {
    expect(head('白沙河', '北易水综合治理工程')).toBe('综合治理工程');
  });
  it('not another thing built, and not to a work that has its own', () => {
    expect(head('妇计中心', '舒洪中心卫生院扩建')).toBeNull();
    expect(head('溪东南路改建', '民安桥改建')).toBeNull();
    expect(head('县医院综合内科楼', '妇幼保健院救治能力提升')).toBeNull();
  });
});
