import { own, leadingVerb, listRun, type NamingRule } from './context';

/**
 * The default: the words before the number in its item name it.
 */

export const ownWords: NamingRule = {
  name: 'ownWords',
  doc: 'the words before the number in its item name it; a list shares its first verb: 改造农村公路41.8公里、危桥1座 → 改造危桥',
  apply: (c) => {
    const item = c.items[c.index];
    let wording = own(item);
    const [first] = listRun(c.items, c.index);
    if (first < c.index && !leadingVerb(wording)) {
      const shared = leadingVerb(own(c.items[first]));
      if (shared) wording = shared + wording;
    }
    return [{ wording, start: item.start, end: item.quantity.end }];
  },
};
