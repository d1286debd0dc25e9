import { ruleTable } from '../rules';
import { countedList } from './rules/countedList';
import { namedListEtc } from './rules/namedListEtc';
import { notBuildingLead } from './rules/notBuildingLead';

/**
 * What the words around a piece say about the names in it, before they are read one by one
 * (first verdict wins):
 * - `kinds`: the items are kinds of works, counted or scoped (一批道路、市政设施…改造提升工程);
 *   nothing in the piece is a named project;
 * - `notBuilt`: a trailing 建设 is not construction (加强县职教中心建设 strengthens an institution,
 *   对标新区政务服务中心建设 takes another's as a model);
 * - `namedList`: a list of names closed by 等 stands for named works even without a status
 *   (提升荆轲公园、易泰公园、易水公园等建设水平).
 */
export type FrameVerdict = 'kinds' | 'notBuilt' | 'namedList';

export interface PieceFrame {
  /** The piece as written, its lead status aside. */
  raw: string;
  /** The piece without the words before its first name (fillers, verbs, sums). */
  words: string;
  /** Its 、-items, with the words before and after the names trimmed. */
  items: string[];
  /** The piece has a status of its own (a lead or a trailing status phrase). */
  hasStatus: boolean;
  /** The piece ends with an explicit list head (等项目). */
  listed: boolean;
}

export const FRAME_RULES = ruleTable<PieceFrame, FrameVerdict>([countedList, notBuildingLead, namedListEtc]);
