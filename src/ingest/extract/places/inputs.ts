import type { Sentence, Span } from '../../types';
import type { TownshipPlace } from './gazetteer';

/** What the ambiguity rules see: one short form of a township and how the report uses it. */
export interface ShortFormUse {
  form: string;
  township: TownshipPlace;
  /** Names under which the report may mean its own county or prefecture (缙云, 缙云县, 丽水 …). */
  countyForms: ReadonlySet<string>;
  /** A few characters after each place the report writes the form (outside longer forms). */
  followers: readonly string[];
}

/** A written form at one place of the report, with the segmenter's word boundaries around it. */
export interface WrittenForm extends Span {
  text: string;
  sentence: Sentence;
  /** Whether a word of the sentence starts (or ends) at this offset. */
  isWordBoundary(offset: number): boolean;
}

/** What the village mention rules see. */
export interface VillageCandidate extends WrittenForm {
  form: string;
}

/** What the township mention rules see: one place a township form is written. */
export interface TownshipCandidate extends WrittenForm {
  form: string;
  /** name: the full name (壶镇镇); short: the short form (壶镇); alias: a lexicon alias. */
  formKind: 'name' | 'short' | 'alias';
  township: TownshipPlace;
  /** The short form needs a township context in this report (decided by the ambiguity rules). */
  ambiguous: boolean;
  /** A village name found over these characters. */
  insideVillage: boolean;
  /** Whether a form of another township, starting where a word starts, ends at / starts at an offset. */
  townshipFormEndsAt(offset: number, except: TownshipPlace): boolean;
  townshipFormStartsAt(offset: number, except: TownshipPlace): boolean;
}

/** Heads that make a place's short form the name of another thing: 仙都路, 仙都景区, 新建溪, 仙都宾馆. */
export const OTHER_NAME_HEAD =
  /^(?:水库|流域|景观|河道|沿岸|两岸|湿地|路|大道|大街|街(?!道)|巷|桥|溪|江|河|湖|港|湾|山|岭|峰|洞|寺|庙|宫|景区|风景区|宾馆|饭店|酒店|大酒店|公司|集团|水系|祭典|大典)/;

/** Heads that make a short form a village's name: 泉坊村 is the village, not 泉坊镇. */
export const VILLAGE_HEAD = /^(?:村|社区|居委会)/;

/** Words that join places in a list: 新建、大洋、石笕; 新碧和新建; 仙都至壶镇; 东方经舒洪. */
export const PLACE_JOINERS = new Set(['、', '和', '与', '及', '至', '经', '到']);
