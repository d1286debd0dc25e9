import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { ENTITY_LABELS, type EntityLabel } from '../model/kinds';
import { countyId } from '../model/ids';
import type { Entity, RelationType, ReportBuild } from '../model/report';
import { stageOf } from '../model/stages';
import { countyShortName } from '../places/divisions';
import { collectGarbage, type Collected, GRACE_MS, publish, readSnapshot, reserveBuild } from './builds';

/**
 * Writes one report as a new build (see builds.ts): the county and its townships (reference
 * data, merged), the shared entities it names (merged by id), and everything the report says
 * (its outline, sentences, indicators, mentions, milestones and relationships, all tagged with
 * the build), in one write transaction; then publishes the build, which retires the report's
 * previous build. Nothing another report stated is touched: its builds keep their own
 * relationships, and a shared node's derived properties are recomputed from the active builds.
 */

const RELATION_TYPES: readonly RelationType[] = [
  'IN_TOWNSHIP',
  'LOCATED_IN',
  'PART_OF',
  'IN_INDUSTRY',
  'SUBSECTOR_OF',
  'BUILT_BY',
  'MEASURES',
  'ABOUT',
];

const SHARED_LABELS = ENTITY_LABELS.filter((l) => l !== 'Indicator' && l !== 'Township');

// Labels and relationship types cannot be parameters in Cypher: each query below is a
// constant, chosen from the fixed lists above, never from input.
const MERGE_SHARED = Object.fromEntries(
  SHARED_LABELS.map((label) => [
    label,
    `UNWIND $rows AS row
     MERGE (n:Node:${label} {id: row.id})
     ON CREATE SET n.position = 9000000000000, n.aliases = [], n.aliasText = ''
     SET n += row.props
     WITH n, row
     MATCH (r:Report {build: $build})
     CREATE (r)-[:COVERS {build: $build, position: row.position, mentionCount: row.mentionCount, aliases: row.aliases}]->(n)`,
  ]),
) as Record<EntityLabel, string>;

const CREATE_RELATIONS = Object.fromEntries(
  RELATION_TYPES.map((type) => [
    type,
    `UNWIND $rows AS row
     MATCH (a:Node {id: row.from}) WHERE a.build IS NULL OR a.build = $build
     MATCH (b:Node {id: row.to}) WHERE b.build IS NULL OR b.build = $build
     CREATE (a)-[:${type} {build: $build}]->(b)`,
  ]),
) as Record<RelationType, string>;

/** The offset of an entity's first mention in its report, or this when it has none. */
const NEVER_MENTIONED = 1_000_000_000;

function firstMention(entity: Entity): number {
  return entity.mentions.length ? Math.min(...entity.mentions.map((m) => m.start)) : NEVER_MENTIONED;
}

function mentionCount(entity: Entity): number {
  return new Set(entity.mentions.map((m) => m.sentenceId)).size;
}

type SharedEntity = Exclude<Entity, { kind: 'Indicator' | 'Township' }>;

function isShared(entity: Entity): entity is SharedEntity {
  return entity.kind !== 'Indicator' && entity.kind !== 'Township';
}

/** The properties a shared entity node holds: what does not depend on which report names it. */
function sharedProps(entity: SharedEntity, countyCode: string) {
  const common = { name: entity.name, countyCode };
  switch (entity.kind) {
    case 'Village':
      return { ...common, code: entity.code ?? null };
    case 'Platform':
      return { ...common, platformKind: entity.platformKind };
    case 'Project':
      return { ...common, category: entity.category };
    case 'Metric':
      return { ...common, unit: entity.unit };
    default:
      return common;
  }
}

export async function createReport(tx: ManagedTransaction, input: ReportBuild, build: string): Promise<void> {
  const { report, county, townships, contentHash } = input;
  const { meta } = report;
  await tx.run(
    `MERGE (c:Node:County {id: $countyId})
     ON CREATE SET c.aliases = []
     SET c.code = $county.code, c.name = $county.name, c.shortName = $shortName, c.prefecture = $county.prefecture, c.province = $county.province,
         c.countyCode = $county.code
     WITH c
     UNWIND $townships AS t
     MERGE (n:Node:Township {id: t.id})
     ON CREATE SET n.position = 9000000000000, n.aliases = [], n.aliasText = ''
     SET n.code = t.code, n.name = t.name, n.shortName = t.shortName, n.townshipKind = t.townshipKind,
         n.kindLabel = t.kindLabel, n.countyCode = $county.code
     MERGE (n)-[:IN_COUNTY]->(c)`,
    { countyId: countyId(county.code), county, townships, shortName: countyShortName(county.name) },
  );
  await tx.run(
    `MATCH (c:County {id: $countyId})
     CREATE (c)-[:HAS_REPORT {build: $build}]->(r:Node:Report {id: $meta.id, build: $build, title: $meta.title,
       countyCode: $countyCode, countyName: $meta.county, year: $meta.year, resultsYear: $meta.resultsYear,
       issuedBy: $meta.issuedBy, publishedAt: $meta.publishedAt, source: $meta.source, contentHash: $contentHash,
       loadedAt: timestamp(), stagedAt: timestamp()})
     // The text is large and rarely asked for: it lives apart, so reading a report's fields never reads it.
     CREATE (r)-[:HAS_TEXT {build: $build}]->(:ReportText {build: $build, text: $text})`,
    {
      countyId: countyId(county.code),
      countyCode: county.code,
      meta: { ...meta, publishedAt: meta.publishedAt ?? null },
      build,
      contentHash,
      text: report.text,
    },
  );
  const owned = { reportId: meta.id, build };
  await tx.run(
    `UNWIND $sections AS s
     CREATE (n:Node:Section {id: s.id, reportId: $reportId, build: $build, number: s.number, title: s.title,
       level: s.level, part: s.part, order: s.order, start: s.start, end: s.end, parentId: s.parentId})
     WITH n, s
     MATCH (parent:Node {id: coalesce(s.parentId, $reportId), build: $build})
     CREATE (parent)-[:HAS_SECTION {build: $build, order: s.order}]->(n)`,
    { sections: report.sections, ...owned },
  );
  await tx.run(
    `UNWIND $paragraphs AS p
     MATCH (s:Section {id: p.sectionId, build: $build})
     CREATE (s)-[:HAS_PARAGRAPH {build: $build}]->(:Node:Paragraph {id: p.id, reportId: $reportId, build: $build,
       index: p.index, topic: p.topic.text, start: p.start, end: p.end, sectionId: p.sectionId})`,
    { paragraphs: report.paragraphs, ...owned },
  );
  await tx.run(
    `UNWIND $sentences AS s
     MATCH (p:Paragraph {id: s.paragraphId, build: $build})
     CREATE (p)-[:HAS_SENTENCE {build: $build}]->(:Node:Sentence {id: s.id, reportId: $reportId, build: $build,
       index: s.index, text: s.text, start: s.start, end: s.end, year: s.year, part: s.part, sectionId: s.sectionId,
       paragraphId: s.paragraphId})`,
    { sentences: report.sentences, ...owned },
  );
  // Townships are reference data: the report covers those it names.
  const named = input.graph.entities.filter((e) => e.kind === 'Township' && e.mentions.length);
  await tx.run(
    `UNWIND $rows AS row
     MATCH (n:Township {id: row.id}), (r:Report {build: $build})
     CREATE (r)-[:COVERS {build: $build, position: row.position, mentionCount: row.mentionCount, aliases: row.aliases}]->(n)`,
    {
      build,
      rows: named.map((e) => ({ id: e.id, position: firstMention(e), mentionCount: mentionCount(e), aliases: [] })),
    },
  );
}

export async function createEntities(tx: ManagedTransaction, input: ReportBuild, build: string): Promise<void> {
  const { graph, county, report } = input;
  for (const label of SHARED_LABELS) {
    const rows = graph.entities.flatMap((e) =>
      e.kind === label && isShared(e)
        ? [
            {
              id: e.id,
              props: sharedProps(e, county.code),
              position: firstMention(e),
              mentionCount: mentionCount(e),
              aliases: e.aliases,
            },
          ]
        : [],
    );
    if (rows.length) await tx.run(MERGE_SHARED[label], { rows, build });
  }
  // Where the copy lost a statement's unit, the unit this report writes its metric in.
  const metricUnits = new Map(graph.entities.flatMap((e) => (e.kind === 'Metric' ? [[e.id, e.unit]] : [])));
  const indicators = graph.entities.flatMap((e) =>
    e.kind === 'Indicator'
      ? [
          {
            id: e.id,
            name: e.name,
            aliases: e.aliases,
            aliasText: e.aliases.join(' '),
            position: firstMention(e),
            indicatorKind: e.indicatorKind,
            year: e.year,
            value: e.value,
            unit: e.unit ?? metricUnits.get(e.metricId) ?? null,
            writtenUnit: e.unit,
            comparator: e.comparator,
            stretch: e.stretch,
            statement: e.statement,
            metricId: e.metricId,
            sentenceId: e.sentenceId,
          },
        ]
      : [],
  );
  await tx.run(
    `UNWIND $rows AS row
     CREATE (n:Node:Indicator) SET n = row, n.build = $build, n.reportId = $reportId, n.countyCode = $countyCode`,
    { rows: indicators, build, reportId: report.meta.id, countyCode: county.code },
  );
  const mentions = graph.entities.flatMap((e) =>
    e.mentions.map((m) => ({ id: e.id, sentenceId: m.sentenceId, start: m.start, end: m.end, quote: m.quote })),
  );
  await tx.run(
    `UNWIND $mentions AS m
     MATCH (e:Node {id: m.id}) WHERE e.build IS NULL OR e.build = $build
     MATCH (s:Sentence {id: m.sentenceId, build: $build})
     CREATE (e)-[:MENTIONED_IN {build: $build, start: m.start, end: m.end, quote: m.quote}]->(s)`,
    { mentions, build },
  );
  const milestones = graph.entities.flatMap((e) =>
    e.kind === 'Project'
      ? e.milestones.map((m) => ({
          id: e.id,
          sentenceId: m.sentenceId,
          year: m.year,
          status: m.status,
          stage: stageOf(m.status),
        }))
      : [],
  );
  await tx.run(
    `UNWIND $milestones AS m
     MATCH (p:Project {id: m.id}), (s:Sentence {id: m.sentenceId, build: $build})
     CREATE (p)-[:HAS_MILESTONE {build: $build, year: m.year, status: m.status, stage: m.stage,
       reportYear: $reportYear, index: s.index}]->(s)`,
    { milestones, build, reportYear: report.meta.year },
  );
  for (const type of RELATION_TYPES) {
    const unique = new Map(graph.relations.filter((r) => r.type === type).map((r) => [`${r.from}→${r.to}`, r]));
    const rows = [...unique.values()].map((r) => ({ from: r.from, to: r.to }));
    if (rows.length) await tx.run(CREATE_RELATIONS[type], { rows, build });
  }
}

export interface WriteSummary {
  reportId: string;
  build: string;
  nodes: number;
  relationships: number;
  /** The report's builds this one replaced. */
  replaced: string[];
}

/** Counts what a build states: its own nodes, the shared nodes it names, and its relationships. */
async function countBuild(tx: ManagedTransaction, build: string): Promise<{ nodes: number; relationships: number }> {
  const result = await tx.run(
    `CALL () { MATCH (n:Node {build: $build}) RETURN count(n) AS own }
     CALL () { MATCH (:Report {build: $build})-[:COVERS]->(n) WHERE NOT n:Township RETURN count(DISTINCT n) AS shared }
     CALL () { MATCH (n:Node {build: $build})-[r]-() WHERE r.build = $build RETURN count(DISTINCT r) AS ownRels }
     CALL () { MATCH (n:Node)-[r]->(m:Node) WHERE n.build IS NULL AND m.build IS NULL AND r.build = $build
               RETURN count(r) AS sharedRels }
     RETURN own + shared AS nodes, ownRels + sharedRels AS relationships`,
    { build },
  );
  const record = result.records[0];
  return { nodes: Number(record.get('nodes')), relationships: Number(record.get('relationships')) };
}

export interface WriteOptions {
  database?: string;
  /** How long retired builds are kept for readers still using them (default GRACE_MS). */
  graceMs?: number;
}

/**
 * Writes a report as a new build and publishes it. A failure before publication leaves
 * the graph readers see exactly as it was (the unpublished build is collected later).
 */
export async function writeReportBuild(
  driver: Driver,
  input: ReportBuild,
  options: WriteOptions = {},
): Promise<WriteSummary> {
  const { database } = options;
  await collectGarbage(driver, options.graceMs ?? GRACE_MS, database);
  const reportId = input.report.meta.id;
  const build = await reserveBuild(driver, reportId, database);
  const session = driver.session({ database });
  let counts: { nodes: number; relationships: number };
  try {
    counts = await session.executeWrite(async (tx) => {
      await createReport(tx, input, build);
      await createEntities(tx, input, build);
      return countBuild(tx, build);
    });
  } finally {
    await session.close();
  }
  const publication = await publish(driver, reportId, build, database);
  return { reportId, build, ...counts, replaced: publication.retired };
}

/** Retires a report: readers stop seeing it at once; its nodes go after the grace period. */
export async function removeReport(
  driver: Driver,
  reportId: string,
  options: WriteOptions = {},
): Promise<{ retired: string[]; collected: Collected }> {
  const publication = await publish(driver, reportId, null, options.database);
  const collected = await collectGarbage(driver, options.graceMs ?? GRACE_MS, options.database);
  return { retired: publication.retired, collected };
}

/** The content hash of each active report build, by report id. */
export async function loadedContentHashes(driver: Driver, database?: string): Promise<Map<string, string>> {
  const run = async (cypher: string, params: Record<string, unknown>) =>
    (await driver.executeQuery(cypher, params, { database, routing: 'READ' })).records;
  const snapshot = await readSnapshot(run, null);
  const { records } = await driver.executeQuery(
    'UNWIND $builds AS b MATCH (r:Report {build: b}) RETURN r.id AS id, r.contentHash AS hash',
    { builds: snapshot?.builds ?? [] },
    { database, routing: 'READ' },
  );
  return new Map(records.map((r) => [r.get('id') as string, r.get('hash') as string]));
}
