import type { TownshipPlace } from '../../../../src/ingest/extract/places/gazetteer';
import type { ShortFormUse, TownshipCandidate } from '../../../../src/ingest/extract/places/inputs';
import { ambiguousShortForm } from '../../../../src/ingest/extract/places/rules/ambiguousShortForm';
import { countedObjectFollows } from '../../../../src/ingest/extract/places/rules/countedObjectFollows';
import { endsInsideWord } from '../../../../src/ingest/extract/places/rules/endsInsideWord';
import { followedByOtherNameHead } from '../../../../src/ingest/extract/places/rules/followedByOtherNameHead';
import { followedByVillageHead } from '../../../../src/ingest/extract/places/rules/followedByVillageHead';
import { fullName } from '../../../../src/ingest/extract/places/rules/fullName';
import { genericVillageName } from '../../../../src/ingest/extract/places/rules/genericVillageName';
import { insideVillageName } from '../../../../src/ingest/extract/places/rules/insideVillageName';
import { joinedToAnotherTownship } from '../../../../src/ingest/extract/places/rules/joinedToAnotherTownship';
import { lexiconMarksAmbiguous } from '../../../../src/ingest/extract/places/rules/lexiconMarksAmbiguous';
import { namesTheCounty } from '../../../../src/ingest/extract/places/rules/namesTheCounty';
import { ordinaryWord } from '../../../../src/ingest/extract/places/rules/ordinaryWord';
import { otherNameHeadFollows } from '../../../../src/ingest/extract/places/rules/otherNameHeadFollows';
import { startsInsideWord } from '../../../../src/ingest/extract/places/rules/startsInsideWord';
import { AMBIGUITY_RULES, TOWNSHIP_MENTION_RULES } from '../../../../src/ingest/extract/places/tables';
import { wordBoundaries } from '../../../../src/ingest/extract/words';

/** Each rule of the place tables on its own, on made-up sentences in the genre's wording. */

function township(name: string, shortName: string, lexiconAmbiguous = false): TownshipPlace {
  return { name, code: null, shortName, kind: '镇', aliases: [], otherForms: [], lexiconAmbiguous };
}
const TOWNSHIPS = [
  township('壶镇镇', '壶镇'),
  township('新建镇', '新建'),
  township('大洋镇', '大洋'),
  township('高村镇', '高村'),
];

/** The candidate at the first `form` after `marker` ("" = first) in `sentence`. */
function candidate(
  sentence: string,
  form: string,
  extra: Partial<TownshipCandidate> = {},
  occurrence = 0,
): TownshipCandidate {
  let start = -1;
  for (let i = 0; i <= occurrence; i += 1) start = sentence.indexOf(form, start + 1);
  if (start < 0) throw new Error(`${form} not in ${sentence}`);
  const boundaries = wordBoundaries(sentence);
  const t = TOWNSHIPS.find((x) => x.name === form || x.shortName === form) ?? township(`${form}镇`, form);
  const formsOf = (x: TownshipPlace) => [x.name, x.shortName];
  return {
    text: sentence,
    sentence: {
      id: 's',
      paragraphId: 'p',
      sectionId: 'x',
      index: 0,
      text: sentence,
      start: 0,
      end: sentence.length,
      year: 2022,
      part: 'RESULTS',
    },
    start,
    end: start + form.length,
    form,
    formKind: form === t.name ? 'name' : 'short',
    township: t,
    ambiguous: false,
    isWordBoundary: (offset) => boundaries.has(offset),
    insideVillage: false,
    townshipFormEndsAt: (offset, except) =>
      TOWNSHIPS.some((x) => x !== except && formsOf(x).some((f) => sentence.slice(offset - f.length, offset) === f)),
    townshipFormStartsAt: (offset, except) =>
      TOWNSHIPS.some((x) => x !== except && formsOf(x).some((f) => sentence.startsWith(f, offset))),
    ...extra,
  };
}

function use(form: string, followers: string[], extra: Partial<ShortFormUse> = {}): ShortFormUse {
  return { form, township: township(`${form}镇`, form), countyForms: new Set(['缙云', '缙云县']), followers, ...extra };
}

describe('ambiguity rules (is a short form also a word or another name in this report?)', () => {
  it('lexiconMarksAmbiguous: only the short form the lexicon marks', () => {
    expect(lexiconMarksAmbiguous.apply(use('新建', [], { township: township('新建镇', '新建', true) }))).toBe(true);
    expect(lexiconMarksAmbiguous.apply(use('壶镇', []))).toBeNull();
  });

  it('namesTheCounty: 涞源 of 涞源镇 is also the county', () => {
    expect(namesTheCounty.apply(use('缙云', []))).toBe(true);
    expect(namesTheCounty.apply(use('壶镇', []))).toBeNull();
  });

  it("ordinaryWord: common words of the segmenter's dictionary, not names", () => {
    for (const word of ['建设', '中心', '胜利']) expect(ordinaryWord.apply(use(word, []))).toBe(true);
    // names (仙都 ns), rare entries and unknown forms are not ordinary words
    for (const name of ['仙都', '壶镇', '涞源', '东方']) expect(ordinaryWord.apply(use(name, []))).toBeNull();
  });

  it('countedObjectFollows: a count after the form is a verb and its object (新建500套)', () => {
    expect(countedObjectFollows.apply(use('新建', ['500套', '高标准农']))).toBe(true);
    expect(countedObjectFollows.apply(use('新建', ['一批重点']))).toBe(true);
    // a rating or a code is no count
    expect(countedObjectFollows.apply(use('狼牙山', ['5A创建']))).toBeNull();
    expect(countedObjectFollows.apply(use('壶镇', ['四星级酒']))).toBeNull();
  });

  it('otherNameHeadFollows: the report names other things after the place (仙都景区, 仙都路, 新建溪)', () => {
    for (const f of ['景区入选', '路北延伸', '宾馆、建', '溪流域综'])
      expect(otherNameHeadFollows.apply(use('仙都', [f]))).toBe(true);
    // 街道 completes the township's name; facilities are located in it
    for (const f of ['街道', '卫生院', '中学等', '四星级酒'])
      expect(otherNameHeadFollows.apply(use('仙都', [f]))).toBeNull();
  });

  it('the table tries them in order and names the deciding rule', () => {
    const decide = (u: ShortFormUse) => AMBIGUITY_RULES.find((r) => r.apply(u) !== null)?.name ?? null;
    expect(decide(use('缙云', ['500套']))).toBe('namesTheCounty');
    expect(decide(use('新建', ['500套']))).toBe('countedObjectFollows');
    expect(decide(use('壶镇', ['四星级酒', '前路一级']))).toBeNull();
  });
});

describe('township mention rules (does this written form name the township here?)', () => {
  it('startsInsideWord: 提高村民 holds 高村 but no word starts there', () => {
    expect(startsInsideWord.apply(candidate('提高村民收入', '高村'))).toBe(false);
    expect(startsInsideWord.apply(candidate('高村镇卫生院建成', '高村镇'))).toBeNull();
  });

  it('endsInsideWord: a short form ending inside a word (东方红) is part of that word', () => {
    expect(endsInsideWord.apply(candidate('东方红村建设', '东方'))).toBe(false);
    expect(endsInsideWord.apply(candidate('东方卫生院建成', '东方'))).toBeNull();
    // full names are exempt: 大河镇政府 segments as 大河/镇政府
    expect(endsInsideWord.apply(candidate('大河镇政府驻地', '大河镇', { formKind: 'name' }))).toBeNull();
  });

  it('insideVillageName: 前路村 is a village', () => {
    expect(insideVillageName.apply(candidate('前路村获评', '前路', { insideVillage: true }))).toBe(false);
    expect(insideVillageName.apply(candidate('前路纳入', '前路'))).toBeNull();
  });

  it('fullName: 新建镇 is the township whatever the short form', () => {
    expect(fullName.apply(candidate('新建镇落地全市首个竹林碳汇项目', '新建镇'))).toBe(true);
    expect(fullName.apply(candidate('新建500套人才公寓', '新建'))).toBeNull();
  });

  it('followedByVillageHead: 泉坊村 is a village, not 泉坊镇', () => {
    expect(followedByVillageHead.apply(candidate('泉坊村城中村改造', '泉坊'))).toBe(false);
    expect(followedByVillageHead.apply(candidate('泉坊小镇建设', '泉坊'))).toBeNull();
  });

  it('followedByOtherNameHead: 仙都景区, 仙都路, 新建溪 name other things', () => {
    expect(followedByOtherNameHead.apply(candidate('仙都景区入选', '仙都'))).toBe(false);
    expect(followedByOtherNameHead.apply(candidate('好溪、新建溪流域综合整治', '新建'))).toBe(false);
    expect(followedByOtherNameHead.apply(candidate('仙都街道获评', '仙都街道', { formKind: 'name' }))).toBeNull();
    expect(followedByOtherNameHead.apply(candidate('东方卫生院建成', '东方'))).toBeNull();
  });

  it('joinedToAnotherTownship: 新建、大洋、石笕; 新碧和新建; 仙都至壶镇', () => {
    expect(joinedToAnotherTownship.apply(candidate('新建、大洋列入示范', '新建'))).toBe(true);
    expect(joinedToAnotherTownship.apply(candidate('推动壶镇和新建产城融合', '新建'))).toBe(true);
    expect(joinedToAnotherTownship.apply(candidate('新建、改造一批', '新建'))).toBeNull();
  });

  it('ambiguousShortForm: an ambiguous short form outside a township context', () => {
    expect(ambiguousShortForm.apply(candidate('新建高标准农田', '新建', { ambiguous: true }))).toBe(false);
    expect(ambiguousShortForm.apply(candidate('壶镇入选', '壶镇'))).toBeNull();
  });

  it('the table: a joined ambiguous form counts, a word use does not, a plain short form does', () => {
    const verdict = (c: TownshipCandidate) => TOWNSHIP_MENTION_RULES.find((r) => r.apply(c) !== null)?.apply(c) ?? true;
    expect(verdict(candidate('七里、新建、大洋强村公司', '新建', { ambiguous: true }))).toBe(true);
    expect(verdict(candidate('新建高标准农田', '新建', { ambiguous: true }))).toBe(false);
    expect(verdict(candidate('仙都、大洋景区', '仙都', { ambiguous: true }))).toBe(true);
    expect(verdict(candidate('壶镇四星级酒店', '壶镇'))).toBe(true);
  });
});

describe('village mention rules', () => {
  const village = (sentence: string, form: string) => {
    const start = sentence.indexOf(form);
    const boundaries = wordBoundaries(sentence);
    return {
      text: sentence,
      sentence: {
        id: 's',
        paragraphId: 'p',
        sectionId: 'x',
        index: 0,
        text: sentence,
        start: 0,
        end: sentence.length,
        year: 2022,
        part: 'RESULTS' as const,
      },
      start,
      end: start + form.length,
      form,
      isWordBoundary: (offset: number) => boundaries.has(offset),
    };
  };

  it('genericVillageName: 新农村 and 平安社区 are phrases of the language', () => {
    expect(genericVillageName.apply(village('建设社会主义新农村', '新农村'))).toBe(false);
    expect(genericVillageName.apply(village('“智慧平安社区”试点', '平安社区'))).toBe(false);
    for (const name of ['前路村', '联丰村', '朝晖社区', '岩下村'])
      expect(genericVillageName.apply(village(`${name}获评`, name))).toBeNull();
  });
});
