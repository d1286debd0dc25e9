import { escapeLucene, highlight } from '../../src/graph/explore';

describe('highlight', () => {
  it('marks every occurrence of the search text', () => {
    expect(highlight('潜明水库引水工程和棠溪水库', '水库')).toBe('潜明【水库】引水工程和棠溪【水库】');
  });

  it('falls back to two-character pieces when the whole text does not occur', () => {
    expect(highlight('壶镇镇', '壶镇四星级')).toBe('【壶镇】镇');
  });

  it('leaves text without a match alone and treats regex characters literally', () => {
    expect(highlight('缙云县', '(.*)')).toBe('缙云县');
  });
});

describe('escapeLucene', () => {
  it('turns query syntax into literal text', () => {
    expect(escapeLucene('水库 AND (壶镇)')).toBe('水库 and \\(壶镇\\)');
    expect(escapeLucene('a*b?c~d:e"f')).toBe('a\\*b\\?c\\~d\\:e\\"f');
  });
});
