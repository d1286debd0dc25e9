import type { EntityKind, Mention, ParsedReport, Relation, Sentence } from '../../types';
import type { DetectedProject } from '../projects';

/** One place an entity of another kind is named. */
export interface Located {
  kind: EntityKind;
  name: string;
  mention: Mention;
}

export interface LinkContext {
  report: ParsedReport;
  townships: Located[];
  platforms: Located[];
  industries: Located[];
  enterprises: Located[];
  /** Every mention of every project. */
  projectMentions: Located[];
  sentences: Map<string, Sentence>;
}

export interface LinkInput {
  project: DetectedProject;
  context: LinkContext;
}

/** A link rule: unlike the first-match tables, every link rule adds what it finds. */
export interface LinkRule {
  readonly name: string;
  readonly description: string;
  apply(input: LinkInput): Relation[];
}
