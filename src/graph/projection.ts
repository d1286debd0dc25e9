import { inRelatedOrder, relatedLabel, relatedMatch, type RelatedName } from './related';

/**
 * Projections: what a request selects on a node, to any depth, as one Cypher map expression.
 * The resolvers' planner (src/resolvers/plan.ts) says which properties, derived columns and linked
 * nodes a request needs; this module turns that into map projections and nested COLLECT
 * subqueries, so a root field costs one query that returns exactly those values and no whole
 * node. Every relationship a report states is tested against `$builds`, as the loaders test it.
 *
 * Nothing a client writes becomes Cypher: property names come from the planner's declarations
 * (checked here to be plain identifiers), relationship patterns from RELATED, and the keys a
 * caller gives links (response keys) never reach the query: links are returned as `l0`, `l1` …
 * and attached to the result under their keys afterwards (`attach`).
 *
 * Lists come back unordered, as pattern comprehensions, and are ordered (and deduplicated) in
 * `attach` by the same functions the loaders use: Neo4j plans a query once per distinct text, and
 * an ORDER BY in each nested list doubles what planning costs (about 25 ms of CPU per nested
 * subquery on this machine's cores), while sorting a few dozen rows here costs microseconds.
 */

/** Values computed per node: its latest milestone (Project.year/status/stage), its mention count. */
export type Column = 'latestMilestone' | 'mentionCount';

/** Nodes found by a property of another node (a report's own node and its report, a sentence and its section …). */
export type RefName = 'report' | 'county' | 'sentence' | 'section' | 'paragraph' | 'parentSection';

export interface NodeProjection {
  /** Stored properties to return (besides `id` and the node's label, always returned); `*`: all of them. */
  props: readonly string[];
  columns: readonly Column[];
  links: readonly LinkProjection[];
}

export interface LinkProjection {
  /** Where the caller finds the linked value (see PREFETCHED); never part of the query. */
  key: string;
  link: Link;
}

export type Link =
  | { kind: 'related'; name: RelatedName; node: NodeProjection }
  | { kind: 'ref'; ref: RefName; node: NodeProjection }
  | { kind: 'mentions' | 'milestones'; item: EvidenceProjection };

/** A mention or milestone: its own values always; its sentence and report when linked; the sentence's text as `statement`. */
export interface EvidenceProjection {
  statement: boolean;
  links: readonly { key: string; link: { kind: 'ref'; ref: 'sentence' | 'report'; node: NodeProjection } }[];
}

/** Where a projected object holds what was fetched with it: link values by key, and `column:<name>`. */
export const PREFETCHED = Symbol('prefetched');

export type Prefetched = { [PREFETCHED]?: Map<string, unknown> };

/** The value fetched with `parent` under `key`, or undefined when nothing was. */
export function prefetched<T>(parent: unknown, key: string): T | undefined {
  return (parent as Prefetched)[PREFETCHED]?.get(key) as T | undefined;
}

export function hasPrefetched(parent: unknown, key: string): boolean {
  return (parent as Prefetched)[PREFETCHED]?.has(key) ?? false;
}

export const columnKey = (column: Column) => `column:${column}`;

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9]*$/;
/** Labels the projections return (fixed: from RELATED and the tables below). */
const LABEL = /^[A-Z][A-Za-z]*$/;

/**
 * How a reference is found from the node `v` it starts at (or from the evidence relationship
 * `m`), and `key`, the property of `v` its resolver reads when the reference was not fetched.
 */
const REFS: Record<RefName, { label: string; key: string; match: (v: string) => string }> = {
  report: { label: 'Report', key: 'reportId', match: (v) => `{build: ${v}.build}` },
  county: { label: 'County', key: 'countyCode', match: (v) => `{code: ${v}.countyCode}` },
  sentence: { label: 'Sentence', key: 'sentenceId', match: (v) => `{id: ${v}.sentenceId, build: ${v}.build}` },
  section: { label: 'Section', key: 'sectionId', match: (v) => `{id: ${v}.sectionId, build: ${v}.build}` },
  paragraph: { label: 'Paragraph', key: 'paragraphId', match: (v) => `{id: ${v}.paragraphId, build: ${v}.build}` },
  parentSection: { label: 'Section', key: 'parentId', match: (v) => `{id: ${v}.parentId, build: ${v}.build}` },
};

/** The property a reference's resolver reads of its node when the reference was not fetched with it. */
export function refKey(ref: RefName): string {
  return REFS[ref].key;
}

/** Per-node values, as lists `attach` reduces: every milestone (the latest is picked), every sentence naming it (counted). */
const COLUMNS: Record<Column, (v: string, x: string) => string> = {
  latestMilestone: (v, x) =>
    `[(${v})-[${x}:HAS_MILESTONE]->() WHERE ${x}.build IN $builds | ${x} {.year, .status, .stage, .reportYear, .index}]`,
  mentionCount: (v, x) =>
    `[(${v})-[${x}:MENTIONED_IN]->(s${x}:Sentence) WHERE ${x}.build IN $builds | s${x}.build + ' ' + s${x}.id]`,
};

interface MilestoneOrder {
  year: number;
  reportYear: number;
  index: number;
}

/** Milestones by year, then report year, then reading order: the loaders' order (reader.ts). */
const byMilestoneOrder = (a: MilestoneOrder, b: MilestoneOrder) =>
  a.year - b.year || a.reportYear - b.reportYear || a.index - b.index;

const REDUCE: Record<Column, (values: unknown[]) => unknown> = {
  latestMilestone: (values) => {
    const sorted = [...(values as (MilestoneOrder & Record<string, unknown>)[])].sort(byMilestoneOrder);
    const latest = sorted.at(-1);
    return latest ? { year: latest.year, status: latest.status, stage: latest.stage } : null;
  },
  mentionCount: (values) => new Set(values).size,
};

/** Fresh variable names for nested subqueries (`v1`, `v2` …). */
class Names {
  private n = 0;
  next(prefix: string): string {
    this.n += 1;
    return `${prefix}${this.n}`;
  }
}

function mapOf(v: string, projection: NodeProjection, label: string | null, names: Names): string {
  const entries = projection.props.includes('*') ? ['.*'] : ['.id'];
  for (const prop of new Set(projection.props)) {
    if (prop === '*' || prop === 'id' || prop === 'label') continue;
    if (!IDENTIFIER.test(prop)) throw new Error(`not a property name: ${prop}`);
    if (entries[0] !== '.*') entries.push(`.${prop}`);
  }
  if (label !== null && !LABEL.test(label)) throw new Error(`not a label: ${label}`);
  entries.push(label ? `label: '${label}'` : `label: head([l IN labels(${v}) WHERE l <> 'Node'])`);
  for (const column of new Set(projection.columns)) entries.push(`_${column}: ${COLUMNS[column](v, names.next('c'))}`);
  projection.links.forEach(({ link }, i) => entries.push(`l${i}: ${linkOf(v, link, names)}`));
  return `${v} {${entries.join(', ')}}`;
}

function linkOf(v: string, link: Link, names: Names): string {
  switch (link.kind) {
    case 'related': {
      const n = names.next('n');
      const { pattern, where } = relatedMatch(link.name, v, n, n);
      return `[${pattern} WHERE ${where} | ${mapOf(n, link.node, relatedLabel(link.name), names)}]`;
    }
    case 'ref':
      return refOf(v, link.ref, link.node, names);
    case 'mentions':
    case 'milestones':
      return evidenceOf(v, link.kind, link.item, names);
  }
}

function refOf(v: string, ref: RefName, node: NodeProjection, names: Names): string {
  const r = names.next('r');
  const { label, match } = REFS[ref];
  return `COLLECT { MATCH (${r}:${label} ${match(v)}) RETURN ${mapOf(r, node, label, names)} LIMIT 1 }[0]`;
}

/** A mention or milestone with its sentence's id and report, its build and what orders it; ordered by `attach`. */
function evidenceOf(v: string, kind: 'mentions' | 'milestones', item: EvidenceProjection, names: Names): string {
  const m = names.next('m');
  const x = names.next('x');
  const own =
    kind === 'mentions'
      ? [`quote: ${m}.quote`, `start: ${m}.start`, `end: ${m}.end`]
      : [
          `year: ${m}.year`,
          `status: ${m}.status`,
          `stage: ${m}.stage`,
          `reportYear: ${m}.reportYear`,
          `index: ${m}.index`,
        ];
  const entries = [...own, `sentenceId: ${x}.id`, `reportId: ${x}.reportId`, `build: ${m}.build`];
  if (item.statement) entries.push(`statement: ${x}.text`);
  item.links.forEach(({ link }, i) => {
    const value =
      link.ref === 'sentence' ? mapOf(x, link.node, 'Sentence', names) : refOf(m, 'report', link.node, names);
    entries.push(`l${i}: ${value}`);
  });
  const type = kind === 'mentions' ? 'MENTIONED_IN' : 'HAS_MILESTONE';
  return `[(${v})-[${m}:${type}]->(${x}:Sentence) WHERE ${m}.build IN $builds | {${entries.join(', ')}}]`;
}

const expressions = new WeakMap<NodeProjection, Map<string, string>>();

/** The map expression for node `v` (label known, or null to read it from the node); kept per projection. */
export function projectionCypher(v: string, projection: NodeProjection, label: string | null): string {
  let byNode = expressions.get(projection);
  if (!byNode) expressions.set(projection, (byNode = new Map()));
  const key = `${v} ${label}`;
  let cypher = byNode.get(key);
  if (cypher === undefined) {
    cypher = mapOf(v, projection, label, new Names());
    byNode.set(key, cypher);
  }
  return cypher;
}

type Evidence = Record<string, unknown> & { build: string; start: number; end: number } & MilestoneOrder;

/**
 * Attaches what was fetched with each projected object under its key (PREFETCHED), in place, in
 * the loaders' order: related lists without duplicates in their list's order (related.ts),
 * mentions report by report (`buildOrder`, oldest first) then by offset, milestones by year,
 * report year and reading order. Returns the object.
 */
export function attach<T>(value: T, projection: NodeProjection, buildOrder: ReadonlyMap<string, number>): T {
  if (value === null || value === undefined) return value;
  const object = value as Record<string, unknown> & Prefetched;
  const found = new Map<string, unknown>();
  for (const column of projection.columns)
    found.set(columnKey(column), REDUCE[column](object[`_${column}`] as unknown[]));
  projection.links.forEach(({ key, link }, i) => {
    const raw = object[`l${i}`];
    switch (link.kind) {
      case 'related': {
        const nodes = inRelatedOrder(link.name, raw as { id: string }[]);
        for (const node of nodes) attach(node, link.node, buildOrder);
        found.set(key, nodes);
        break;
      }
      case 'ref':
        found.set(key, attach(raw ?? null, link.node, buildOrder));
        break;
      default: {
        const items = raw as Evidence[];
        for (const item of items) {
          const links = new Map<string, unknown>();
          link.item.links.forEach((l, j) => links.set(l.key, attach(item[`l${j}`] ?? null, l.link.node, buildOrder)));
          Object.defineProperty(item, PREFETCHED, { value: links });
        }
        items.sort(
          link.kind === 'mentions'
            ? (a, b) =>
                (buildOrder.get(a.build) ?? 0) - (buildOrder.get(b.build) ?? 0) || a.start - b.start || a.end - b.end
            : byMilestoneOrder,
        );
        found.set(key, items);
      }
    }
  });
  Object.defineProperty(object, PREFETCHED, { value: found });
  return value;
}

/** Every stored property of the node (`*`), nothing linked: what the loaders return. */
export const WHOLE_NODE: NodeProjection = { props: ['*'], columns: [], links: [] };
