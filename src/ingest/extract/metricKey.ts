import synonyms from './metricSynonyms.json';
import { cleanMetricName } from './rules/metricCleaning';

/**
 * The metric key: what makes two metric names the same measure across the
 * reports of one county, so the pipeline can keep one Metric per key per county.
 *
 * The rule: the name is cleaned (rules/metricCleaning.ts: filler, linking verbs,
 * growth wordings), stripped of its scope (全县, 全区, 我县 …, since a county's
 * report speaks of the county), and every known wording of a measure is replaced
 * by the group's first form (metricSynonyms.json: 规模以上 → 规上, 城镇居民人均可支配收入
 * → 城镇居民收入, 财政总收入 → 全部财政收入 …), longest form first, left to right.
 *
 * It refuses on purpose: a level never matches its growth rate (the 增长 suffix is
 * kept), 城镇 never matches 农村, 一般公共预算收入 is not 全部财政收入, 农民人均纯收入 is
 * not 可支配收入 (the reasons are in metricSynonyms.json, "refusals").
 */

interface SynonymData {
  groups: string[][];
}

/** Every form with its replacement, longest form first. */
const FORMS: ReadonlyArray<{ form: string; canonical: string }> = (synonyms as SynonymData).groups
  .flatMap((group) => group.map((form) => ({ form, canonical: group[0] })))
  .sort((a, b) => b.form.length - a.form.length);

const SCOPE = /^(?:全县|全区|全市|全镇|我县|我区|本县|县域|县级)/;

function replaceForms(name: string): string {
  let out = '';
  for (let i = 0; i < name.length;) {
    const hit = FORMS.find((f) => name.startsWith(f.form, i));
    if (hit) {
      out += hit.canonical;
      i += hit.form.length;
    } else {
      out += name[i];
      i += 1;
    }
  }
  return out;
}

export function metricKey(name: string): string {
  const cleaned = cleanMetricName(name)
    .replace(/[()（）\s]/g, '')
    // 省、市重点项目 = 省市重点项目: a list of one-character levels.
    .replace(/([省市县区乡镇村])[、和](?=[省市县区乡镇村])/g, '$1')
    // 矿山生态修复工程 = 矿山生态修复: works counted are the work.
    .replace(/(?<=.{2})工程$/, '');
  return replaceForms(cleaned.replace(SCOPE, '') || cleaned);
}

/**
 * The key of a Metric entity, for the pipeline to give one Metric per key per
 * county (e.g. an id `metric:<countyCode>:<key>`).
 */
export function metricKeyOf(metric: { name: string; key?: string }): string {
  return metric.key ?? metricKey(metric.name);
}
