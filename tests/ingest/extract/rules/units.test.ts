import { readUnit } from '../../../../src/ingest/extract/rules/units';

/** [text after the number, unit as written, 余/多 read] */
const CASES: Array<[string, string | null, boolean]> = [
  ['亿元', '亿元', false],
  ['万亩以上', '万亩', false],
  ['万人次', '万人次', false],
  ['起，抓获', '起', false],
  ['米', '米', false],
  ['公顷', '公顷', false],
  ['平方公里', '平方公里', false],
  ['千瓦', '千瓦', false],
  ['万千瓦', '万千瓦', false],
  ['兆瓦，', '兆瓦', false],
  ['万吨', '万吨', false],
  ['%', '%', false],
  ['个百分点', '个百分点', false],
  ['万余件', '万件', true],
  ['余万人', '万人', true],
  ['多家', '家', true],
  ['万多群众', '万', true],
  ['元/年/人', '元/年/人', false],
  ['微克/立方米', '微克/立方米', false],
  ['万方', '万方', false],
  ['万平米', '万平米', false],
  ['万贫困人口', '万人', false],
  [' 家', '家', false],
  ['镇9乡', '镇', false],
  ['方面', null, false],
  ['多措并举', null, false],
  ['强', null, false],
];

describe('units (rules/units.ts)', () => {
  it.each(CASES)('%s → %s', (after, unit, moreThan) => {
    const reading = readUnit(`12${after}`, 2);
    expect({ unit: reading.unit, moreThan: reading.moreThan }).toEqual({ unit, moreThan });
  });

  it('ends after the unit and any 余/多 read with it', () => {
    expect(readUnit('3万余件，', 1).end).toBe(4);
    expect(readUnit('20余万人', 2).end).toBe(5);
  });
});
