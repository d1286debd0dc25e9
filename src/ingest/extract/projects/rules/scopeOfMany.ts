import type { Rule } from '../../rules';
import type { NameCandidate } from '../accept';
import { SCOPE_OF_MANY } from '../vocabulary';

/** 农村公路, 乡镇卫生院, 企业生产基地, 规模化林场: a kind of work done in many places, not one work. */
export const scopeOfMany: Rule<NameCandidate, false> = {
  name: 'scopeOfMany',
  description: 'opens with a scope of many places or owners (农村…, 乡镇…, 企业…, 重点…)',
  apply: ({ name }) => (SCOPE_OF_MANY.test(name) ? false : null),
};
