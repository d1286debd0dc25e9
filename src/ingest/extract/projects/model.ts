import type { NamePhrase } from '../../lexicon';
import type { Mention, ProjectMilestone, Sentence, Span } from '../../types';

export interface ProjectLinks {
  townships: string[];
  platforms: string[];
  industries: string[];
  enterprises: string[];
}

export interface DetectedProject {
  name: string;
  aliases: string[];
  category: string;
  milestones: ProjectMilestone[];
  mentions: Mention[];
  /** Links the lexicon states; entities.ts adds those the text gives. */
  links: ProjectLinks;
}

/** A stretch of a clause between status phrases, with the status before and after it. */
export interface Piece extends Span {
  lead: string | null;
  trail: string | null;
}

/** A name as the report writes it at one place, before merging. */
export interface Occurrence extends Span {
  sentence: Sentence;
  name: string;
  status: string | null;
  /** Accepted because it sits in an explicit project list (…等项目). */
  listed: boolean;
}

export interface Vocabulary {
  /** Lexicon project names and aliases → canonical name. */
  canonical: Map<string, string>;
  excluded: Set<string>;
  enterprises: string[];
  townshipForms: string[];
  /** Names of other kinds: a candidate equal to one is that thing, not a project. */
  otherKinds: Set<string>;
  /** Names that may split a run: lexicon names and names found whole elsewhere. */
  known: string[];
  /** Names the report writes with a count (14所学校维修改造): kinds of works, not one work. */
  kinds: Set<string>;
  phrases: NamePhrase[];
}

export interface Candidate extends Span {
  /** The canonical name when it differs from the written words (distributed heads, lexicon). */
  name?: string;
  listed: boolean;
  /** Written with the head 项目 (殡管所搬迁项目). */
  headed: boolean;
  /** An item of a list of facilities (停车场、过河栈桥等配套服务设施). */
  ofFacilities?: boolean;
  /** The whole of an item of its list (not one of several names run together). */
  wholeItem?: boolean;
  /** May take the piece's status: no long stretch of dropped prose lies between. */
  takesLead: boolean;
  takesTrail: boolean;
}
