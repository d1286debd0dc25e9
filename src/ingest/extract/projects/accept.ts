import { ruleTable } from '../rules';
import type { Vocabulary } from './model';
import { excludedByLexicon } from './rules/excludedByLexicon';
import { explicitlyListed } from './rules/explicitlyListed';
import { genericHeadedItem } from './rules/genericHeadedItem';
import { genericProgramme } from './rules/genericProgramme';
import { kindOfWork } from './rules/kindOfWork';
import { scopeOfMany } from './rules/scopeOfMany';
import { knownElsewhere } from './rules/knownElsewhere';
import { lexiconName } from './rules/lexiconName';
import { campaignName } from './rules/campaignName';
import { countedKind } from './rules/countedKind';
import { endsLikeProject } from './rules/endsLikeProject';
import { nameOfOtherKind } from './rules/nameOfOtherKind';
import { phaseOnly } from './rules/phaseOnly';
import { projectWordInside } from './rules/projectWordInside';
import { proseInside } from './rules/proseInside';
import { singleWordListed } from './rules/singleWordListed';
import { villageOrCommunity } from './rules/villageOrCommunity';

/** What the acceptance rules see: one candidate name at one place. */
export interface NameCandidate {
  /** The canonical name (lexicon, distributed head) or the written words. */
  name: string;
  written: string;
  /** Sits alone in an explicit project list (…等项目). */
  listed: boolean;
  /** Written with the head 项目 (殡管所搬迁项目). */
  headed: boolean;
  /** An item of a list of facilities (停车场、过河栈桥等配套服务设施). */
  ofFacilities?: boolean;
  vocab: Vocabulary;
}

/** Is this candidate a project? First verdict wins; none means no. */
export const NAME_RULES = ruleTable<NameCandidate, boolean>([
  excludedByLexicon,
  lexiconName,
  countedKind,
  nameOfOtherKind,
  villageOrCommunity,
  phaseOnly,
  proseInside,
  projectWordInside,
  genericProgramme,
  scopeOfMany,
  kindOfWork,
  campaignName,
  genericHeadedItem,
  singleWordListed,
  explicitlyListed,
  knownElsewhere,
  endsLikeProject,
]);
