import { partsOf, sameMeasure } from '../../src/model/measures';

describe('sameMeasure: a target and a result worded differently in consecutive reports', () => {
  it.each([
    ['谋划实施省市重点项目', '列入省市重点项目'],
    ['争列省市重点项目盘子', '列入省市重点项目'],
    ['省市重点项目投资', '省市重点项目总投资'],
    ['贫困退出任务', '稳定脱贫'],
  ])('%s is %s', (target, result) => {
    expect(sameMeasure(target, result)).toBeGreaterThan(0);
  });

  it.each([
    ['城镇居民收入增长', '农村居民收入增长', 'urban is not rural'],
    ['生猪存栏', '出栏', 'stock is not sales'],
    ['地区生产总值增长', '地区生产总值', 'a growth rate is not a level'],
    ['一般公共预算收入', '全部财政收入', 'the county-kept part is not the whole'],
    ['接待游客', '综合效益', 'nothing in common'],
    ['新增规上工业企业', '规上工业企业', 'new firms are not all firms'],
    ['抽水蓄能电站项目总投资', '投资', 'a bare word names no measure'],
    ['储备重点项目', '列入省市重点项目', 'reserved projects are not listed ones'],
  ])('%s is not %s (%s)', (target, result) => {
    expect(sameMeasure(target, result)).toBe(0);
  });

  it('reads 城乡 as both 城镇 and 农村', () => {
    expect(partsOf('城乡居民收入增长')).toEqual(['城镇居民收入增长', '农村居民收入增长']);
    expect(partsOf('地区生产总值增长')).toEqual([]);
  });
});
