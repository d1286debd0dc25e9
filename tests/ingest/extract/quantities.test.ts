import { findQuantities } from '../../../src/ingest/extract/quantities';

const read = (text: string, names: string[] = []) =>
  findQuantities(text, { names }).map((q) => ({
    value: q.value,
    unit: q.unit,
    comparator: q.comparator,
    written: text.slice(q.start, q.end),
  }));

describe('findQuantities', () => {
  it('reads a number with its unit and a suffix comparator', () => {
    expect(read('地区生产总值增长7%以上')).toEqual([
      { value: 7, unit: '%', comparator: 'AT_LEAST', written: '7%以上' },
    ]);
    expect(read('培育高新技术企业45家以上')[0]).toMatchObject({ value: 45, unit: '家', comparator: 'AT_LEAST' });
    expect(read('PM2.5年平均浓度保持在22微克/立方米以下')).toEqual([
      { value: 22, unit: '微克/立方米', comparator: 'AT_MOST', written: '22微克/立方米以下' },
    ]);
    expect(read('比重达到3.1%左右')[0]).toMatchObject({ value: 3.1, comparator: 'ABOUT' });
  });

  it('reads comparator words written before the number', () => {
    expect(read('地区生产总值突破300亿元')[0]).toMatchObject({
      value: 300,
      unit: '亿元',
      comparator: 'AT_LEAST',
      written: '突破300亿元',
    });
    expect(read('规上工业产值超450亿元')[0]).toMatchObject({ comparator: 'AT_LEAST', written: '超450亿元' });
    expect(read('城镇登记失业率控制在1.12%')[0]).toMatchObject({ value: 1.12, comparator: 'AT_MOST' });
    expect(read('比重预计达到3.0%')[0]).toMatchObject({ value: 3, comparator: 'ABOUT' });
    expect(read('地区生产总值301.5亿元')[0].comparator).toBe('EXACTLY');
  });

  it('keeps the unit as written, also multiplied units, and reads 余 as "more than"', () => {
    expect(read('惠及群众20余万人')[0]).toMatchObject({ value: 20, unit: '万人', comparator: 'AT_LEAST' });
    expect(read('荣誉奖项50余项')[0]).toMatchObject({ value: 50, unit: '项', comparator: 'AT_LEAST' });
    expect(read('争取增量能耗空间11.06万吨标煤')[0]).toMatchObject({ value: 11.06, unit: '万吨标煤' });
    expect(read('金额5.2亿')[0]).toMatchObject({ value: 5.2, unit: '亿' });
    expect(read('总产0.9亿斤以上')[0]).toMatchObject({ value: 0.9, unit: '亿斤', comparator: 'AT_LEAST' });
  });

  it('reads full-width forms like half-width ones, with the units and comparators of other reports', () => {
    expect(read('增长7％左右')).toEqual([{ value: 7, unit: '%', comparator: 'ABOUT', written: '7％左右' }]);
    expect(read('受理群众反映的问题3万余件')[0]).toMatchObject({ value: 3, unit: '万件', comparator: 'AT_LEAST' });
    expect(read('破获刑事案件262起').map((q) => q.unit)).toEqual(['起']);
    expect(read('铺设管道800米、造林120公顷、治理20平方公里').map((q) => q.unit)).toEqual(['米', '公顷', '平方公里']);
    expect(read('装机5万千瓦、屋顶光伏300千瓦').map((q) => q.unit)).toEqual(['万千瓦', '千瓦']);
    expect(read('推广洁净燃料13.14万吨，接待游客764万人次').map((q) => q.unit)).toEqual(['万吨', '万人次']);
    expect(read('标准提高到4800元/年/人')[0].unit).toBe('元/年/人');
    expect(read('森林覆盖率提高1.3个百分点')[0].unit).toBe('个百分点');
  });

  it('does not read footnote markers, quoted slogans, ranks, hotlines or ratios', () => {
    for (const text of [
      '全面开展“双创双服”活动[1]',
      '落实“11314”总体要求（6）',
      '全力培育“5+5”现代产业体系（12）',
      '增速7.9%，全市第5，比去年提高3个位次',
      '办好12345便民热线',
      '三次产业比调整为12：27：61',
    ]) {
      const found = read(text).filter((q) => q.value !== 7.9);
      expect({ text, found }).toEqual({ text, found: [] });
    }
  });

  it('gives null when the copy lost the unit', () => {
    expect(read('科技型中小企业88、省级企业研究院3家').map((q) => q.unit)).toEqual([null, '家']);
  });

  it('splits numbers glued together by a lost separator when a unit ends the first', () => {
    expect(read('城居民收入分别增长4.1%8.7%').map((q) => q.value)).toEqual([4.1, 8.7]);
    expect(read('完成年度投资计划的126.9%128.9%').map((q) => q.value)).toEqual([126.9, 128.9]);
  });

  it('reads ranges as a lower value with an upper bound', () => {
    const [range] = findQuantities('新增3-5家');
    expect(range).toMatchObject({ value: 3, upper: 5, unit: '家', comparator: 'AT_LEAST' });
    expect(findQuantities('新增3至5个')[0]).toMatchObject({ value: 3, upper: 5, unit: '个' });
  });

  it('reads a share in tenths written in Chinese numerals', () => {
    expect(read('跨境电商进出口额占全市八成份额')).toEqual([
      { value: 8, unit: '成', comparator: 'EXACTLY', written: '八成' },
    ]);
  });

  it('does not read dates, years, ages, durations, ranks, grades or codes', () => {
    for (const text of [
      '2022年是新一届县政府开局之年',
      '壬寅(2022)年中国仙都祭祀轩辕黄帝大典',
      '202338日在缙云县',
      '仅用13天完成',
      '向60岁以上老人',
      '是八八战略实施20周年',
      '浙商全国500强峰会',
      '获评国家3A级旅游景区',
      '两个3+N创新动力体系',
      '全面承接省8+4”经济政策体系',
      'PM2.5年平均浓度',
      '220千伏好溪',
      '索引号: 331122000000/2023-91159',
      '实现山区26县考核六连优',
      '连续三年居前二,三连优,全省第一',
    ]) {
      expect({ text, found: read(text, ['26县']) }).toEqual({ text, found: [] });
    }
  });

  it('skips numbers inside given names', () => {
    expect(read('330国道西移工程建成通车', ['330国道'])).toEqual([]);
    expect(read('打造15分钟品质文化生活圈25个', ['15分钟品质文化生活圈'])).toEqual([
      { value: 25, unit: '个', comparator: 'EXACTLY', written: '25个' },
    ]);
  });
});
