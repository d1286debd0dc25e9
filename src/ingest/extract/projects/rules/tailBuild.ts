import type { Rule } from '../../rules';
import type { TrimInput } from '../trims';

/** 完成涞源湖南侧污水管网建设、四期开发…: 建设 after a name in a list says what is done to it. */
export const tailBuild: Rule<TrimInput, number> = {
  name: 'tailBuild',
  description: '建设 after a name (…污水管网建设)',
  apply: ({ text }) => (/^[^、]{3,}(?:建设|建设进度)$/.test(text) ? (text.endsWith('进度') ? 4 : 2) : null),
};
