import { ruleTable } from '../rules';
import type { ShortFormUse, TownshipCandidate, VillageCandidate } from './inputs';
import { ambiguousShortForm } from './rules/ambiguousShortForm';
import { countedObjectFollows } from './rules/countedObjectFollows';
import { endsInsideWord } from './rules/endsInsideWord';
import { followedByOtherNameHead } from './rules/followedByOtherNameHead';
import { followedByVillageHead } from './rules/followedByVillageHead';
import { fullName } from './rules/fullName';
import { genericVillageName } from './rules/genericVillageName';
import { insideVillageName } from './rules/insideVillageName';
import { joinedToAnotherTownship } from './rules/joinedToAnotherTownship';
import { lexiconMarksAmbiguous } from './rules/lexiconMarksAmbiguous';
import { namesTheCounty } from './rules/namesTheCounty';
import { ordinaryWord } from './rules/ordinaryWord';
import { otherNameHeadFollows } from './rules/otherNameHeadFollows';
import { startsInsideWord } from './rules/startsInsideWord';

/**
 * Is a township's short form ambiguous in this report (also a word or another thing's name)?
 * The first rule that says so decides; when none does, the short form counts everywhere.
 */
export const AMBIGUITY_RULES = ruleTable<ShortFormUse, true>([
  lexiconMarksAmbiguous,
  namesTheCounty,
  ordinaryWord,
  countedObjectFollows,
  otherNameHeadFollows,
]);

/** Does this written form name the township here? First verdict wins; none means yes. */
export const TOWNSHIP_MENTION_RULES = ruleTable<TownshipCandidate, boolean>([
  startsInsideWord,
  endsInsideWord,
  insideVillageName,
  fullName,
  followedByVillageHead,
  followedByOtherNameHead,
  joinedToAnotherTownship,
  ambiguousShortForm,
]);

/** Does this written village name name the village here? First verdict wins; none means yes. */
export const VILLAGE_MENTION_RULES = ruleTable<VillageCandidate, boolean>([startsInsideWord, genericVillageName]);
