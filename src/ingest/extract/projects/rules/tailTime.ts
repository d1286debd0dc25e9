import type { Rule } from '../../rules';
import type { TrimInput } from '../trims';

/** 宝迪楼房养猪项目6月底前投产运行: when, between the name and its status. */
const TAIL_TIME = /(?:(?:\d{4}|今|明)年)?(?:\d{1,2}月|年)(?:底|初|中|份)?(?:前|内)?$|年内$|年底前?$/;

export const tailTime: Rule<TrimInput, number> = {
  name: 'tailTime',
  description: 'a time after the name (…项目6月底前)',
  apply: ({ text }) => {
    const m = TAIL_TIME.exec(text);
    return m && m[0].length >= 2 ? m[0].length : null;
  },
};
