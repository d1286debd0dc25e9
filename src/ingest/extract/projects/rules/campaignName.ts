import type { Rule } from '../../rules';
import { NAME_TAGS, taggedWords, wordBoundaries } from '../../words';
import type { NameCandidate } from '../accept';
import { looksLikeName } from '../names';

/**
 * 全域旅游提升工程, 融资畅通工程, 公民道德建设工程, 幸福生活提升工程: 工程 after an aim
 * (提升, 发展, 建设, 畅通 …) or after a number slogan (双千工程, 十大工程) names a campaign, not a
 * work, unless a place or a site is named in it (白石山景区东门景观质量整体提升工程,
 * 沟西小学整体改造提升工程, 汤子岭隧道改造提升工程 are work on one site).
 */
const CAMPAIGN =
  /(?:提升|提质|发展|建设|培育|培养|先导|崛起|融合|保障|畅通|惠民|攻坚|振兴|整治|行动)工程$|重点工程$|^[一二三四五六七八九十百千万双两]+[\u4e00-\u9fa5]{0,3}工程$/;

export const campaignName: Rule<NameCandidate, false> = {
  name: 'campaignName',
  description: '工程 after an aim, with no place named (全域旅游提升工程, 融资畅通工程)',
  apply: ({ name }) =>
    CAMPAIGN.test(name) && !taggedWords(name).some((w) => NAME_TAGS.has(w.tag) && w.tag !== 's') && !namesSite(name)
      ? false
      : null,
};

/** Words before the aim that end like a work or a facility, at a word's end: 沟西小学|整体改造提升工程. */
function namesSite(name: string): boolean {
  const boundaries = wordBoundaries(name);
  return [...boundaries].some((at) => at < name.length - 2 && looksLikeName(name.slice(0, at)));
}
