import { findPlaces } from '../../../../src/ingest/extract/places';
import { emptyLexicon } from '../../../../src/ingest/lexicon';
import { report, sentencesReport, text } from '../fixture';

/** Places of the Jinyun report with an empty lexicon: the division data alone. */
const places = findPlaces(report, emptyLexicon());
const township = (name: string) => places.townships.find((t) => t.name === name)!;
const around = (name: string) => township(name).mentions.map((m) => text.slice(m.start, m.end + 2));

describe('findPlaces with an empty lexicon (Jinyun 2023)', () => {
  it('emits all 18 townships of the county with their 9-digit codes and kinds, mentioned or not', () => {
    expect(places.townships).toHaveLength(18);
    expect(township('壶镇镇')).toMatchObject({ code: '331122101', shortName: '壶镇', townshipKind: '镇' });
    expect(township('五云街道')).toMatchObject({ code: '331122001', townshipKind: '街道' });
    expect(places.townships.every((t) => /^331122\d{3}$/.test(t.code ?? ''))).toBe(true);
    expect(places.townships.filter((t) => t.mentions.length === 0).map((t) => t.name)).toEqual([]);
  });

  it('reads short forms that are also words or other names by context, not by a list', () => {
    expect(places.ambiguousForms.get('新建')).toBe('countedObjectFollows');
    expect(places.ambiguousForms.get('仙都')).toBe('otherNameHeadFollows');
    expect(places.ambiguousForms.has('壶镇')).toBe(false);
    expect(around('新建镇')).toEqual(expect.arrayContaining(['新建、大', '新建镇落地', '新建产城', '新建敬老']));
    for (const word of ['新建溪', '新建城乡', '新建500', '新建高标准'])
      expect(around('新建镇').some((a) => a.startsWith(word))).toBe(false);
    expect(around('仙都街道').some((a) => a.startsWith('仙都景') || a.startsWith('仙都路'))).toBe(false);
    expect(around('仙都街道')).toEqual(expect.arrayContaining(['仙都至壶', '仙都、东']));
  });

  it('finds villages and communities of the county by name, with their codes and townships', () => {
    const village = (name: string) => places.villages.find((v) => v.name === name);
    expect(village('岩下村')).toMatchObject({ code: '331122101311' });
    expect(village('前路村')?.code).toBe('331122206215');
    expect(places.relations).toContainEqual({ type: 'IN_TOWNSHIP', from: 'village:前路村', to: 'township:前路乡' });
    // the data names 胡村村民委员会 胡村; the report writes 胡村村
    expect(village('胡村')?.mentions.map((m) => m.quote)).toEqual(['胡村村']);
    // 前路村 is not a mention of 前路乡
    expect(around('前路乡').some((a) => a.startsWith('前路村'))).toBe(false);
  });

  it("names a village after its township's seat where the data lists none of that name", () => {
    const found = findPlaces(sentencesReport(['壶镇村完成改造。']), emptyLexicon());
    expect(found.villages.map((v) => [v.name, v.code])).toEqual([['壶镇村', undefined]]);
    expect(found.relations).toContainEqual({ type: 'IN_TOWNSHIP', from: 'village:壶镇村', to: 'township:壶镇镇' });
    expect(found.townships.find((t) => t.name === '壶镇镇')!.mentions).toEqual([]);
  });

  it('reads other township-level units by the tail of their name (恋乡太行水镇 as 太行水镇)', () => {
    const sample = sentencesReport(['太行水镇入选名录，经济开发区建设加快。'], {
      county: '易县',
      countyCode: '130633',
    });
    const found = findPlaces(sample, emptyLexicon());
    const named = found.townships.filter((t) => t.mentions.length > 0);
    expect(named.map((t) => [t.name, t.code, t.townshipKind, t.mentions[0].quote])).toEqual([
      ['恋乡太行水镇', '130633400', '其他', '太行水镇'],
      ['河北易县经济开发区', '130633401', '其他', '经济开发区'],
    ]);
  });

  it('cuts every mention exactly out of the report', () => {
    for (const place of [...places.townships, ...places.villages])
      for (const m of place.mentions) expect(text.slice(m.start, m.end)).toBe(m.quote);
  });

  it('finds the county by name when the metadata has no code, and nothing when the county is unknown', () => {
    const lines = ['一年来,壶镇、东方入选示范。', '推动新碧发展。'];
    const byName = sentencesReport(lines, { countyCode: undefined });
    expect(
      findPlaces(byName, emptyLexicon())
        .townships.filter((t) => t.mentions.length)
        .map((t) => t.name),
    ).toEqual(['新碧街道', '壶镇镇', '东方镇']);
    const unknown = sentencesReport(lines, { countyCode: undefined, county: '无此县' });
    expect(findPlaces(unknown, emptyLexicon()).townships).toEqual([]);
  });
});
