import DataLoader from 'dataloader';
import neo4j, { type Driver, type Node as Neo4jNode } from 'neo4j-driver';
import type { ActiveReport, Snapshot } from './builds';
import type { SnapshotCache } from './catalog';
import { decodeCursor, encodeCursor } from './cursor';
import { buildAggregateQuery, buildListQuery, LISTS, type ListName, type Order } from './lists';
import type {
  ConnectionRecord,
  CountyRecord,
  EntityMentionRecord,
  EntityRecord,
  GroupRecord,
  IndicatorRecord,
  MentionRecord,
  MetricRecord,
  MilestoneRecord,
  NodeRecord,
  ReportRecord,
  ReportStatsRecord,
} from './records';
import { attach, type NodeProjection, projectionCypher, rowProperty, WHOLE_NODE } from './projection';
import { inRelatedOrder, type RelatedName, relatedQuery } from './related';
import { readQuery, type ReadOptions, toRecord } from './session';

/** What a scorecard query returns of each kind of node it reads. */
export interface ScorecardProjections {
  county: NodeProjection;
  report: NodeProjection;
  indicator: NodeProjection;
  metric: NodeProjection;
}

const SCORECARD_WHOLE: ScorecardProjections = {
  county: WHOLE_NODE,
  report: WHOLE_NODE,
  indicator: WHOLE_NODE,
  metric: WHOLE_NODE,
};

/** What a scorecard compares (see GraphReader.scorecardData). */
export interface ScorecardData {
  county: CountyRecord;
  /** The report setting the year's targets; null when the county has none. */
  targetReport: ReportRecord | null;
  resultReport: ReportRecord | null;
  targets: IndicatorRecord[];
  results: IndicatorRecord[];
  metrics: MetricRecord[];
}

/**
 * A node the request may see: a report's own node of a build it sees, a county or township of
 * a county with such a build, or a shared entity such a build names.
 */
export const visible = (n: string) => `(${n}.build IN $builds OR (${n}.build IS NULL AND (
  ((${n}:County OR ${n}:Township) AND ${n}.countyCode IN $counties)
  OR EXISTS { (${n})<-[c:COVERS]-() WHERE c.build IN $builds })))`;
const VISIBLE = visible('n');

/** The labels entities can be looked up by name with (labels cannot be parameters: a fixed table). */
const NAMED_LABELS: Record<EntityRecord['label'], string> = {
  Township: 'Township',
  Industry: 'Industry',
  Metric: 'Metric',
  Project: 'Project',
  Platform: 'Platform',
  Enterprise: 'Enterprise',
  Village: 'Village',
  Indicator: 'Indicator',
};

type Evidence<T> = Omit<T, 'sentenceId' | 'reportId'> & { sentence: Neo4jNode };

/** The part of a request's filter that chooses which reports a list reads. */
export interface Scope {
  /** A report id. */
  report?: string | null;
  /** A county code or name. */
  county?: string | null;
}

export class UnknownScopeError extends Error {
  constructor(
    message: string,
    readonly argument: 'report' | 'county',
  ) {
    super(message);
    this.name = 'UnknownScopeError';
  }
}

/**
 * All reads of the graph for one GraphQL request. Every query sees the builds of one
 * snapshot (see catalog.ts), taken at the request's first query. Nested fields go through
 * DataLoaders, so a request costs one query per field per level of nesting, whatever the
 * number of parents; lists and lookups given a projection (projection.ts) fetch everything the
 * request selects below them, to any depth, in their own query.
 */
export class GraphReader {
  /** Queries sent to Neo4j by this reader (one session and read transaction each). */
  roundTrips = 0;

  private snapshot: Promise<Snapshot> | null = null;
  private resolved: Snapshot | null = null;
  private readonly nodeLoader = new DataLoader<string, NodeRecord | null>((ids) => this.loadNodes(ids));
  private readonly relatedLoaders = new Map<RelatedName, DataLoader<string, NodeRecord[]>>();
  private readonly mentionLoader = new DataLoader<string, MentionRecord[]>((ids) => this.loadMentions(ids));
  private readonly milestoneLoader = new DataLoader<string, MilestoneRecord[]>((ids) => this.loadMilestones(ids));
  private readonly countyCodes = new Map<string, Promise<string | null>>();
  private readonly indicatorsByBuild = new Map<string, Promise<IndicatorRecord[]>>();

  constructor(
    private readonly driver: Driver,
    private readonly options: ReadOptions,
    private readonly snapshots: SnapshotCache,
  ) {}

  /** The builds this request sees. */
  view(): Promise<Snapshot> {
    this.snapshot ??= this.snapshots.get(this.options).then((snapshot) => (this.resolved = snapshot));
    return this.snapshot;
  }

  /** Runs a read query with `$builds` and `$counties` bound to what this request sees. */
  async run(cypher: string, params: Record<string, unknown> = {}) {
    const { builds, counties } = await this.view();
    this.roundTrips += 1;
    return readQuery(this.driver, this.options, cypher, { builds, counties, ...params });
  }

  node<T extends NodeRecord = NodeRecord>(id: string): Promise<T | null> {
    return this.nodeLoader.load(id) as Promise<T | null>;
  }

  /**
   * The node if it exists and has the label, else null (a Project id asked as a Township is not
   * found); with a projection, exactly what it selects, in one query.
   */
  async nodeOfLabel<T extends NodeRecord>(
    id: string,
    label: T['label'],
    projection: NodeProjection | null = null,
  ): Promise<T | null> {
    if (!projection) {
      const node = await this.node(id);
      return node?.label === label ? (node as T) : null;
    }
    const records = await this.run(
      `MATCH (n:Node {id: $id}) WHERE ${VISIBLE} AND $label IN labels(n)
       RETURN ${projectionCypher('n', projection, label)} AS row LIMIT 1`,
      { id, label },
    );
    return records.length ? this.attached<T>(records[0].get('row'), projection) : null;
  }

  /** A projected object with what was fetched with it attached (projection.ts). */
  private attached<T>(row: unknown, projection: NodeProjection): T {
    return attach(row as T, projection, this.buildOrder());
  }

  related<T extends NodeRecord>(name: RelatedName, id: string): Promise<T[]> {
    return this.relatedLoader(name).load(id) as Promise<T[]>;
  }

  private relatedLoader(name: RelatedName): DataLoader<string, NodeRecord[]> {
    let loader = this.relatedLoaders.get(name);
    if (!loader) {
      loader = new DataLoader<string, NodeRecord[]>((ids) => this.loadRelated(name, ids));
      this.relatedLoaders.set(name, loader);
    }
    return loader;
  }

  mentions(id: string): Promise<MentionRecord[]> {
    return this.mentionLoader.load(id);
  }

  milestones(projectId: string): Promise<MilestoneRecord[]> {
    return this.milestoneLoader.load(projectId);
  }

  /** A loaded report by id; without id the newest (by year, then id). */
  async report(id?: string | null, projection: NodeProjection | null = null): Promise<ReportRecord | null> {
    const { reports } = await this.view();
    const active = id == null ? reports.at(-1) : reports.find((r) => r.id === id);
    return active ? this.nodeOfLabel<ReportRecord>(active.id, 'Report', projection) : null;
  }

  /** The code of a loaded county given by code, name, short name (缙云) or a name its reports use (徐水县). */
  countyCode(codeOrName: string): Promise<string | null> {
    let code = this.countyCodes.get(codeOrName);
    if (!code) {
      code = this.run(
        `MATCH (c:County) WHERE c.code IN $counties
           AND (c.code = $x OR c.name = $x OR $x IN c.aliases OR c.shortName = $x)
         RETURN c.code AS code ORDER BY c.code LIMIT 1`,
        { x: codeOrName },
      ).then((records) => (records.length ? (records[0].get('code') as string) : null));
      this.countyCodes.set(codeOrName, code);
    }
    return code;
  }

  async county(codeOrName: string, projection: NodeProjection | null = null): Promise<CountyRecord | null> {
    const code = await this.countyCode(codeOrName);
    return code ? this.nodeOfLabel<CountyRecord>(`county:${code}`, 'County', projection) : null;
  }

  /**
   * The active reports a filter's `report` and `county` select (all when neither is given).
   * An unknown report or county is an error: an empty list would hide a typo.
   */
  async scope(scope: Scope): Promise<ActiveReport[]> {
    const { reports } = await this.view();
    let selected = reports;
    if (scope.report != null) {
      selected = selected.filter((r) => r.id === scope.report);
      if (!reports.some((r) => r.id === scope.report)) {
        throw new UnknownScopeError(`no loaded report has id "${scope.report}"`, 'report');
      }
    }
    if (scope.county != null) {
      const code = await this.countyCode(scope.county);
      if (!code) throw new UnknownScopeError(`no loaded report is of county "${scope.county}"`, 'county');
      selected = selected.filter((r) => r.countyCode === code);
    }
    return selected;
  }

  /**
   * Finds an entity of a label by canonical name, alias or (townships) short form, among what
   * the request sees, optionally within one county. Null when none or when several counties
   * have one of that name (the caller asks which county).
   */
  async entityByName<T extends EntityRecord>(
    label: T['label'],
    name: string,
    countyCode: string | null,
    projection: NodeProjection = WHOLE_NODE,
  ): Promise<{ found: T | null; counties: string[] }> {
    const records = await this.run(
      `MATCH (n:${NAMED_LABELS[label]}) WHERE (n.name = $name OR $name IN n.aliases OR n.shortName = $name)
         AND ${VISIBLE} AND ($county IS NULL OR n.countyCode = $county)
       WITH n ORDER BY CASE WHEN n.name = $name THEN 0 ELSE 1 END, n.countyCode
       WITH collect(n) AS found
       WITH found, [x IN found | x.countyCode] AS counties
       UNWIND found[0..1] AS n
       RETURN ${projectionCypher('n', projection, label)} AS row, counties`,
      { name, county: countyCode },
    );
    if (!records.length) return { found: null, counties: [] };
    const counties = [...new Set(records[0].get('counties') as string[])];
    return { found: this.attached<T>(records[0].get('row'), projection), counties };
  }

  async list<T extends NodeRecord>(
    name: ListName,
    filter: Record<string, unknown> & Scope,
    order: readonly Order[],
    first: number,
    after: string | null | undefined,
    projection: NodeProjection = WHOLE_NODE,
  ): Promise<ConnectionRecord<T>> {
    const offset = after ? (decodeCursor(after) ?? 0) + 1 : 0;
    const reports = await this.scope(filter);
    const map = projectionCypher('s', projection, LISTS[name].label);
    const { cypher, params } = buildListQuery(name, filter, order, offset, first, map);
    const records = await this.run(cypher, {
      ...params,
      scope: reports.map((r) => r.build),
      scopeCounties: [...new Set(reports.map((r) => r.countyCode))],
      offset: neo4j.int(offset),
      limit: neo4j.int(first),
    });
    const total = Number(records[0].get('total'));
    const page = (records[0].get('rows') as unknown[]).map((row) => this.attached<T>(row, projection));
    return {
      totalCount: total,
      edges: page.map((node, i) => ({ cursor: encodeCursor(offset + i), node })),
      hasNextPage: offset + page.length < total,
      hasPreviousPage: offset > 0,
    };
  }

  /** A list's members grouped (see GROUPS in lists.ts): per group its count and, for indicators, values of one unit. */
  async aggregate(name: ListName, filter: Record<string, unknown> & Scope, groupBy: string): Promise<GroupRecord[]> {
    const reports = await this.scope(filter);
    const { cypher, params } = buildAggregateQuery(name, filter, groupBy);
    const records = await this.run(cypher, {
      ...params,
      scope: reports.map((r) => r.build),
      scopeCounties: [...new Set(reports.map((r) => r.countyCode))],
    });
    return records.map((r) => ({
      key: r.get('key') as string,
      label: r.get('label') as string,
      nodeId: r.get('id') as string | null,
      count: Number(r.get('count')),
      unit: r.get('unit') as string | null,
      values: (r.get('values') as number[]).map(Number),
    }));
  }

  /** The entities a sentence names, in reading order. */
  async sentenceEntities(sentenceId: string, build: string): Promise<EntityMentionRecord[]> {
    const records = await this.run(
      `MATCH (e:Node)-[m:MENTIONED_IN {build: $build}]->(s:Sentence {id: $sentenceId, build: $build})
       RETURN e, m.quote AS quote, m.start AS start, m.end AS end, s.reportId AS reportId ORDER BY m.start, e.id`,
      { sentenceId, build },
    );
    return records.map((r) => ({
      node: toRecord<EntityRecord>(r.get('e') as Neo4jNode),
      quote: r.get('quote') as string,
      start: Number(r.get('start')),
      end: Number(r.get('end')),
      sentenceId,
      reportId: r.get('reportId') as string,
    }));
  }

  /** The full text of a report build (kept apart from the Report node: see writer.ts). */
  async reportText(build: string): Promise<string> {
    const records = await this.run('MATCH (t:ReportText {build: $build}) RETURN t.text AS text', { build });
    return (records[0]?.get('text') as string | undefined) ?? '';
  }

  /** What one report build states, counted. */
  async reportStats(build: string): Promise<ReportStatsRecord> {
    const records = await this.run(
      `MATCH (r:Report {build: $build})
       CALL (r) { MATCH (r)-[:COVERS]->(n) UNWIND labels(n) AS label WITH label WHERE label <> 'Node'
                  RETURN collect(label) AS labels }
       CALL () { MATCH (s:Sentence {build: $build}) RETURN count(s) AS sentences }
       CALL () { MATCH (i:Indicator {build: $build}) RETURN count(i) AS indicators,
                   count(CASE WHEN i.indicatorKind = 'TARGET' THEN 1 END) AS targets }
       RETURN labels, sentences, indicators, targets`,
      { build },
    );
    const record = records[0];
    const labels = record.get('labels') as string[];
    const count = (label: string) => labels.filter((l) => l === label).length;
    const indicators = Number(record.get('indicators'));
    const targets = Number(record.get('targets'));
    return {
      sentences: Number(record.get('sentences')),
      projects: count('Project'),
      indicators,
      targets,
      results: indicators - targets,
      metrics: count('Metric'),
      townships: count('Township'),
      villages: count('Village'),
      industries: count('Industry'),
      enterprises: count('Enterprise'),
      platforms: count('Platform'),
    };
  }

  /** Every indicator of a metric that the request sees, with the reports they come from. */
  async metricIndicators(metricId: string): Promise<IndicatorRecord[]> {
    return this.related<IndicatorRecord>('metricIndicators', metricId);
  }

  /** The indicators of one report build of a kind and year, in reading order (read once per request). */
  indicatorsOf(build: string, kind: 'TARGET' | 'RESULT', year: number): Promise<IndicatorRecord[]> {
    const key = `${build}/${kind}/${year}`;
    let found = this.indicatorsByBuild.get(key);
    if (!found) {
      found = this.readIndicatorsOf(build, kind, year);
      this.indicatorsByBuild.set(key, found);
    }
    return found;
  }

  private async readIndicatorsOf(build: string, kind: 'TARGET' | 'RESULT', year: number): Promise<IndicatorRecord[]> {
    const records = await this.run(
      `MATCH (i:Indicator {build: $build}) WHERE i.indicatorKind = $kind AND i.year = $year
       RETURN i ORDER BY i.position, i.id`,
      { build, kind, year: neo4j.int(year) },
    );
    return records.map((r) => {
      const indicator = toRecord<IndicatorRecord>(r.get('i') as Neo4jNode);
      this.nodeLoader.prime(indicator.id, indicator);
      return indicator;
    });
  }

  /**
   * What a scorecard compares, in one query: the county (by code or name, as `county` finds
   * it), the report of its that sets the year's targets and the one giving the year's results
   * (the first of each in report order), their indicators of the year in reading order, and the
   * metrics the targets measure. Null when no loaded report is of the county.
   */
  async scorecardData(
    codeOrName: string,
    year: number,
    projections: ScorecardProjections = SCORECARD_WHOLE,
  ): Promise<ScorecardData | null> {
    const indicator = projectionCypher('i', projections.indicator, 'Indicator');
    const indicators = (report: string, kind: 'TARGET' | 'RESULT', into: string) => `
       CALL (${report}) {
         OPTIONAL MATCH (i:Indicator) USING INDEX i:Indicator(build, position)
         WHERE i.build = ${report}.build AND i.position IS NOT NULL AND i.indicatorKind = '${kind}' AND i.year = $year
         WITH i ORDER BY i.position, i.id
         RETURN collect(${indicator}) AS ${into}
       }`;
    const records = await this.run(
      `MATCH (c:County) WHERE c.code IN $counties
         AND (c.code = $x OR c.name = $x OR $x IN c.aliases OR c.shortName = $x)
       WITH c ORDER BY c.code LIMIT 1
       CALL (c) {
         MATCH (c)-[:HAS_REPORT]->(r:Report) WHERE r.build IN $builds
         WITH r ORDER BY r.year, r.id
         RETURN collect(r) AS reports
       }
       WITH c, reports, [r IN reports WHERE r.year = $year][0] AS setting
       WITH c, setting, [r IN reports WHERE r.resultsYear = $year AND r.id <> setting.id][0] AS reporting
       ${indicators('setting', 'TARGET', 'targets')}
       ${indicators('reporting', 'RESULT', 'results')}
       CALL (targets) {
         UNWIND targets AS t
         WITH DISTINCT ${rowProperty('t', projections.indicator, 'metricId')} AS id
         MATCH (n:Metric {id: id}) WHERE ${VISIBLE}
         RETURN collect(${projectionCypher('n', projections.metric, 'Metric')}) AS metrics
       }
       RETURN ${projectionCypher('c', projections.county, 'County')} AS county,
         ${projectionCypher('setting', projections.report, 'Report')} AS setting,
         ${projectionCypher('reporting', projections.report, 'Report')} AS reporting, targets, results, metrics`,
      { x: codeOrName, year: neo4j.int(year) },
    );
    if (!records.length) return null;
    const record = records[0];
    const all = <T>(key: string, projection: NodeProjection) =>
      (record.get(key) as unknown[]).map((row) => this.attached<T>(row, projection));
    const one = <T>(key: string, projection: NodeProjection) =>
      record.get(key) === null ? null : this.attached<T>(record.get(key), projection);
    return {
      county: one<CountyRecord>('county', projections.county)!,
      targetReport: one<ReportRecord>('setting', projections.report),
      resultReport: one<ReportRecord>('reporting', projections.report),
      targets: all<IndicatorRecord>('targets', projections.indicator),
      results: all<IndicatorRecord>('results', projections.indicator),
      metrics: all<MetricRecord>('metrics', projections.metric),
    };
  }

  private async loadNodes(ids: readonly string[]): Promise<(NodeRecord | null)[]> {
    const records = await this.run(`UNWIND $ids AS id MATCH (n:Node {id: id}) WHERE ${VISIBLE} RETURN n`, { ids });
    const byId = new Map<string, NodeRecord>();
    for (const r of records) {
      const node = toRecord(r.get('n') as Neo4jNode);
      byId.set(node.id, node);
    }
    return ids.map((id) => byId.get(id) ?? null);
  }

  private async loadRelated(name: RelatedName, ids: readonly string[]): Promise<NodeRecord[][]> {
    const records = await this.run(relatedQuery(name), { ids });
    const byId = new Map<string, NodeRecord[]>();
    for (const r of records) {
      const nodes = (r.get('nodes') as Neo4jNode[]).map((n) => toRecord(n));
      byId.set(r.get('id') as string, inRelatedOrder(name, nodes));
    }
    return ids.map((id) => byId.get(id) ?? []);
  }

  private async loadMentions(ids: readonly string[]): Promise<MentionRecord[][]> {
    const records = await this.run(
      `UNWIND $ids AS id
       MATCH (e:Node {id: id}) WHERE e.build IS NULL OR e.build IN $builds
       MATCH (e)-[m:MENTIONED_IN]->(x:Sentence) WHERE m.build IN $builds
       RETURN id, collect({quote: m.quote, start: m.start, end: m.end, sentence: x}) AS items`,
      { ids },
    );
    const order = await this.buildOrder();
    const byId = new Map(
      records.map((r) => [
        r.get('id') as string,
        this.mentionsInOrder(r.get('items') as Evidence<MentionRecord>[], order),
      ]),
    );
    return ids.map((id) => byId.get(id) ?? []);
  }

  private async loadMilestones(ids: readonly string[]): Promise<MilestoneRecord[][]> {
    const records = await this.run(
      `UNWIND $ids AS id
       MATCH (:Project {id: id})-[m:HAS_MILESTONE]->(x:Sentence) WHERE m.build IN $builds
       RETURN id, collect({year: m.year, status: m.status, stage: m.stage, reportYear: m.reportYear, sentence: x}) AS items`,
      { ids },
    );
    const byId = new Map(
      records.map((r) => [
        r.get('id') as string,
        this.milestonesInOrder(r.get('items') as (Evidence<MilestoneRecord> & { reportYear: number })[]),
      ]),
    );
    return ids.map((id) => byId.get(id) ?? []);
  }

  /** Each build's place among what the request sees: oldest report first. */
  private buildOrder(): Map<string, number> {
    return new Map(this.viewNow().builds.map((b, i) => [b, i]));
  }

  /** The snapshot, once a query has read it (every loader runs after one). */
  private viewNow(): Snapshot {
    if (!this.resolved) throw new Error('the request has not read its snapshot yet');
    return this.resolved;
  }

  /** Mentions by report (oldest first), then by offset: the reading order of each report in turn. */
  private mentionsInOrder(items: Evidence<MentionRecord>[], order = this.buildOrder()): MentionRecord[] {
    return this.withSentences<MentionRecord>(items).sort(
      (a, b) => (order.get(a.build) ?? 0) - (order.get(b.build) ?? 0) || a.start - b.start,
    );
  }

  /** Milestones by year, then by report year, then in reading order. */
  private milestonesInOrder(items: (Evidence<MilestoneRecord> & { reportYear: number })[]): MilestoneRecord[] {
    const sorted = [...items].sort(
      (a, b) =>
        a.year - b.year ||
        a.reportYear - b.reportYear ||
        Number(a.sentence.properties.index) - Number(b.sentence.properties.index),
    );
    return this.withSentences<MilestoneRecord>(sorted.map(({ reportYear: _, ...item }) => item)).map(
      ({ build: _, ...m }) => m as MilestoneRecord,
    );
  }

  /**
   * Evidence queries return their sentences whole: caching them here answers
   * `sentence { … }` without another round trip. Each item keeps its sentence's id, report and build.
   */
  private withSentences<T extends { sentenceId: string; reportId: string }>(
    items: Evidence<T>[],
  ): (T & { build: string })[] {
    return items.map(({ sentence, ...item }) => {
      const record = toRecord(sentence);
      this.nodeLoader.prime(record.id, record);
      const { reportId, build } = sentence.properties as { reportId: string; build: string };
      return { ...item, sentenceId: record.id, reportId, build } as unknown as T & { build: string };
    });
  }
}
