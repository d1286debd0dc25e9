import { inRelatedOrder, relatedLabel, relatedMatch, type RelatedName } from './related';

/**
 * Projections: what a request selects on a node, to any depth, as one Cypher expression.
 * The resolvers' planner (src/resolvers/plan.ts) says which properties, derived columns and linked
 * nodes a request needs; this module turns that into one Cypher expression with nested pattern
 * comprehensions and COLLECT subqueries, so a root field costs one query that returns exactly
 * those values and no whole node. Every relationship a report states is tested against
 * `$builds`, as the loaders test it.
 *
 * Each node comes back as a row, a list in a fixed layout (ROW LAYOUT below) rather than a map:
 * the driver then decodes no key names, which took a quarter of its time on a page of 50
 * indicators with their mentions. `attach` turns rows back into objects.
 *
 * Nothing a client writes becomes Cypher: property names come from the planner's declarations
 * (checked here to be plain identifiers), relationship patterns from RELATED, and the keys a
 * caller gives links (response keys) never reach the query: links are returned by position
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

/*
 * ROW LAYOUT. A node: [id, ...props, label, ...columns, ...links], as layoutOf() lists them, and
 * `links` the projection's links in order; a projection of every property (`*`) has the node's
 * map of properties in place of the id and no props after it.
 * An evidence item: [...EVIDENCE_OWN[kind], sentenceId, reportId, build, statement?, ...links].
 */
interface Layout {
  /** Every stored property, as one map in place of the id. */
  all: boolean;
  /** The stored properties after the id, in order (none when `all`). */
  props: string[];
  columns: Column[];
}

const layouts = new WeakMap<NodeProjection, Layout>();

/** A projection's row layout, worked out once per projection (attach reads it for every row). */
function layoutOf(projection: NodeProjection): Layout {
  let layout = layouts.get(projection);
  if (!layout) {
    const all = projection.props.includes('*');
    const props: string[] = [];
    if (!all) {
      for (const prop of new Set(projection.props)) {
        if (prop === 'id' || prop === 'label') continue;
        if (!IDENTIFIER.test(prop)) throw new Error(`not a property name: ${prop}`);
        props.push(prop);
      }
    }
    layout = { all, props, columns: [...new Set(projection.columns)] };
    layouts.set(projection, layout);
  }
  return layout;
}

function rowOf(v: string, projection: NodeProjection, label: string | null, names: Names): string {
  const { all, props, columns } = layoutOf(projection);
  const items = [all ? `${v} {.*}` : `${v}.id`];
  for (const prop of props) items.push(`${v}.${prop}`);
  if (label !== null && !LABEL.test(label)) throw new Error(`not a label: ${label}`);
  items.push(label ? `'${label}'` : `head([l IN labels(${v}) WHERE l <> 'Node'])`);
  for (const column of columns) items.push(COLUMNS[column](v, names.next('c')));
  for (const { link } of projection.links) items.push(linkOf(v, link, names));
  return `[${items.join(', ')}]`;
}

/**
 * A Cypher expression reading property `prop` of the row `v` of `projection` (for a query that
 * goes on from projected rows); the projection must return it.
 */
export function rowProperty(v: string, projection: NodeProjection, prop: string): string {
  const { all, props } = layoutOf(projection);
  if (all) return `${v}[0].${prop}`;
  const at = props.indexOf(prop);
  if (at < 0) throw new Error(`the projection does not return ${prop}`);
  return `${v}[${at + 1}]`;
}

function linkOf(v: string, link: Link, names: Names): string {
  switch (link.kind) {
    case 'related': {
      const n = names.next('n');
      const { pattern, where } = relatedMatch(link.name, v, n, n);
      return `[${pattern} WHERE ${where} | ${rowOf(n, link.node, relatedLabel(link.name), names)}]`;
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
  return `COLLECT { MATCH (${r}:${label} ${match(v)}) RETURN ${rowOf(r, node, label, names)} LIMIT 1 }[0]`;
}

/** What a mention or milestone row holds first: the evidence relationship's own properties. */
const EVIDENCE_OWN = {
  mentions: ['quote', 'start', 'end'],
  milestones: ['year', 'status', 'stage', 'reportYear', 'index'],
} as const;

/** A mention or milestone with its sentence's id and report, its build and what orders it; ordered by `attach`. */
function evidenceOf(v: string, kind: 'mentions' | 'milestones', item: EvidenceProjection, names: Names): string {
  const m = names.next('m');
  const x = names.next('x');
  const items = [...EVIDENCE_OWN[kind].map((key) => `${m}.${key}`), `${x}.id`, `${x}.reportId`, `${m}.build`];
  if (item.statement) items.push(`${x}.text`);
  for (const { link } of item.links) {
    items.push(link.ref === 'sentence' ? rowOf(x, link.node, 'Sentence', names) : refOf(m, 'report', link.node, names));
  }
  const type = kind === 'mentions' ? 'MENTIONED_IN' : 'HAS_MILESTONE';
  return `[(${v})-[${m}:${type}]->(${x}:Sentence) WHERE ${m}.build IN $builds | [${items.join(', ')}]]`;
}

const expressions = new WeakMap<NodeProjection, Map<string, string>>();

/** The row expression for node `v` (label known, or null to read it from the node); kept per projection. */
export function projectionCypher(v: string, projection: NodeProjection, label: string | null): string {
  let byNode = expressions.get(projection);
  if (!byNode) expressions.set(projection, (byNode = new Map()));
  const key = `${v} ${label}`;
  let cypher = byNode.get(key);
  if (cypher === undefined) {
    // A map projection of null is null; a row of null would be a list of nulls (after an OPTIONAL MATCH).
    cypher = `CASE WHEN ${v} IS NULL THEN null ELSE ${rowOf(v, projection, label, new Names())} END`;
    byNode.set(key, cypher);
  }
  return cypher;
}

type Evidence = Record<string, unknown> & { build: string; start: number; end: number } & MilestoneOrder;

function evidenceFromRow(
  row: unknown[],
  kind: 'mentions' | 'milestones',
  spec: EvidenceProjection,
  buildOrder: ReadonlyMap<string, number>,
): Evidence {
  const item: Record<string, unknown> = {};
  let i = 0;
  for (const key of EVIDENCE_OWN[kind]) item[key] = row[i++];
  item.sentenceId = row[i++];
  item.reportId = row[i++];
  item.build = row[i++];
  if (spec.statement) item.statement = row[i++];
  const links = new Map<string, unknown>();
  for (const { key, link } of spec.links) links.set(key, attach(row[i++] ?? null, link.node, buildOrder));
  Object.defineProperty(item, PREFETCHED, { value: links });
  return item as Evidence;
}

/**
 * Turns a row of `projection` (ROW LAYOUT) back into an object: its id, properties and label,
 * with what was fetched with it attached under its key (PREFETCHED), in the loaders' order:
 * related lists without duplicates in their list's order (related.ts), mentions report by
 * report (`buildOrder`, oldest first) then by offset, milestones by year, report year and
 * reading order. Null stays null.
 */
export function attach<T>(row: unknown, projection: NodeProjection, buildOrder: ReadonlyMap<string, number>): T {
  if (row === null || row === undefined) return row as T;
  const values = row as unknown[];
  const { all, props, columns } = layoutOf(projection);
  let i = 0;
  const object: Record<string, unknown> & Prefetched = all ? { ...(values[i++] as object) } : { id: values[i++] };
  for (const prop of props) object[prop] = values[i++];
  object.label = values[i++];
  const found = new Map<string, unknown>();
  for (const column of columns) found.set(columnKey(column), REDUCE[column](values[i++] as unknown[]));
  for (const { key, link } of projection.links) {
    const raw = values[i++];
    switch (link.kind) {
      case 'related': {
        const nodes = (raw as unknown[]).map((r) => attach<{ id: string }>(r, link.node, buildOrder));
        found.set(key, inRelatedOrder(link.name, nodes));
        break;
      }
      case 'ref':
        found.set(key, attach(raw ?? null, link.node, buildOrder));
        break;
      default: {
        const items = (raw as unknown[][]).map((r) => evidenceFromRow(r, link.kind, link.item, buildOrder));
        items.sort(
          link.kind === 'mentions'
            ? (a, b) =>
                (buildOrder.get(a.build) ?? 0) - (buildOrder.get(b.build) ?? 0) || a.start - b.start || a.end - b.end
            : byMilestoneOrder,
        );
        found.set(key, items);
      }
    }
  }
  Object.defineProperty(object, PREFETCHED, { value: found });
  return object as T;
}

/** Every stored property of the node (`*`), nothing linked: what the loaders return. */
export const WHOLE_NODE: NodeProjection = { props: ['*'], columns: [], links: [] };
