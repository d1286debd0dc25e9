import {
  changeCarriesSubject,
  attributeCarriesSubject,
  levelAfterChange,
  multipleOfBaseYear,
  repeatsPrevious,
  shareOfWhole,
  shareUsedFor,
} from './naming/carried';
import type { NamingContext, NamingRule, Reading } from './naming/context';
import { attributeBeforeDe, countedNoun, investmentForAction, reachOfThing } from './naming/described';
import { jointly, parallelList, respectively, sharesCountedNoun } from './naming/lists';
import { ownWords } from './naming/own';

export type { Item, NamingContext, NamingRule, Reading } from './naming/context';
export { ACTION_VERBS, distributeSubjects, listRun, predicateFirst } from './naming/context';

/**
 * Naming the metric of each quantity in a sentence: an ordered table of small
 * rules, first match wins. A rule names one item (a quantity with the words
 * around it in its clause), or a run of items at once (分别 lists). Names are
 * raw here; metricCleaning.ts cleans them. The rules live in naming/, grouped by
 * what they read: lists, the words after the number, a subject carried from the
 * value before, the item's own words.
 */
export const NAMING_RULES: readonly NamingRule[] = [
  respectively,
  jointly,
  attributeBeforeDe,
  reachOfThing,
  investmentForAction,
  countedNoun,
  sharesCountedNoun,
  parallelList,
  shareUsedFor,
  shareOfWhole,
  multipleOfBaseYear,
  levelAfterChange,
  changeCarriesSubject,
  attributeCarriesSubject,
  repeatsPrevious,
  ownWords,
];

/** The readings of one item by the first rule that applies. */
export function nameItem(context: NamingContext): { rule: string; readings: Reading[] } {
  for (const rule of NAMING_RULES) {
    const readings = rule.apply(context);
    if (readings) return { rule: rule.name, readings };
  }
  // ownWords always applies; this is unreachable.
  throw new Error('no naming rule applied');
}
