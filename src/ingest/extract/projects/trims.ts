import { firstMatch, ruleTable } from '../rules';
import type { Span } from '../../types';
import { leadFiller } from './rules/leadFiller';
import { leadGoverningVerb } from './rules/leadGoverningVerb';
import { leadInnerVerb } from './rules/leadInnerVerb';
import { leadModifier } from './rules/leadModifier';
import { leadInvestment } from './rules/leadInvestment';
import { leadNumbering } from './rules/leadNumbering';
import { leadParticle } from './rules/leadParticle';
import { leadQuantity } from './rules/leadQuantity';
import { leadStatusAnd } from './rules/leadStatusAnd';
import { leadTime } from './rules/leadTime';
import { leadBeforeQuote, tailQuote } from './rules/quoted';
import { tailEtc } from './rules/tailEtc';
import { tailFootnote } from './rules/tailFootnote';
import { tailPart } from './rules/tailPart';
import { tailSize } from './rules/tailSize';
import { tailBuild } from './rules/tailBuild';
import { tailProjectWord } from './rules/tailProjectWord';
import { tailTime } from './rules/tailTime';

/**
 * Words around a name that are not part of it. Each rule says how many characters to cut
 * (from the start for LEAD_TRIMS, from the end for TAIL_TRIMS); the first rule that matches
 * cuts, and the table is tried again until none does or a cut would leave nothing.
 */

export interface TrimInput {
  /** The words as they stand now. */
  text: string;
  /** The words follow a status phrase directly (完成|了老旧小区). */
  afterStatus: boolean;
}

export const LEAD_TRIMS = ruleTable<TrimInput, number>([
  leadBeforeQuote,
  leadNumbering,
  leadParticle,
  leadStatusAnd,
  leadInvestment,
  leadTime,
  leadFiller,
  leadGoverningVerb,
  leadQuantity,
  leadInnerVerb,
  leadModifier,
]);
export const TAIL_TRIMS = ruleTable<TrimInput, number>([
  tailFootnote,
  tailTime,
  tailSize,
  tailBuild,
  tailQuote,
  tailEtc,
  tailPart,
  tailProjectWord,
]);

const MIN_LEFT = 2;

export function trimLead(span: Span, text: string, afterStatus = false): Span {
  let start = span.start;
  for (let guard = 0; guard < 8; guard += 1) {
    const input = { text: text.slice(start, span.end), afterStatus: afterStatus && start === span.start };
    const cut = firstMatch(LEAD_TRIMS, input)?.verdict;
    if (!cut || span.end - start - cut < MIN_LEFT) break;
    start += cut;
  }
  return { start, end: span.end };
}

export function trimTail(span: Span, text: string): Span {
  let end = span.end;
  for (let guard = 0; guard < 4; guard += 1) {
    const cut = firstMatch(TAIL_TRIMS, { text: text.slice(span.start, end), afterStatus: false })?.verdict;
    if (!cut || end - span.start - cut < MIN_LEFT) break;
    end -= cut;
  }
  return { start: span.start, end };
}
