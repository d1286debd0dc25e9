import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { Entity, ExtractedGraph, ParsedReport, RelationType } from '../ingest/types';

/**
 * Writes one report's graph in a single write transaction: the previous graph of
 * the same report is deleted and the new one created together, so a failure at
 * any point leaves the previous graph exactly as it was.
 */

const ENTITY_LABELS = [
  'Township',
  'Village',
  'Platform',
  'Industry',
  'Enterprise',
  'Project',
  'Indicator',
  'Metric',
] as const;

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

// Labels and relationship types cannot be parameters in Cypher: each query below is a
// constant, chosen from the fixed lists above, never from input.
const CREATE_ENTITIES = Object.fromEntries(
  ENTITY_LABELS.map((label) => [label, `UNWIND $rows AS row CREATE (n:Node:${label}) SET n = row.props`]),
) as Record<(typeof ENTITY_LABELS)[number], string>;

const CREATE_RELATIONS = Object.fromEntries(
  RELATION_TYPES.map((type) => [
    type,
    `UNWIND $rows AS row MATCH (a:Node {id: row.from}), (b:Node {id: row.to}) MERGE (a)-[:${type}]->(b)`,
  ]),
) as Record<RelationType, string>;

export interface WriteSummary {
  nodes: number;
  relationships: number;
}

/** The properties an entity node is stored with. */
export function entityProps(entity: Entity, reportId: string): Record<string, unknown> {
  const sentences = new Set(entity.mentions.map((m) => m.sentenceId));
  const position = entity.mentions.length ? Math.min(...entity.mentions.map((m) => m.start)) : 1_000_000_000;
  const common = {
    id: entity.id,
    name: entity.name,
    aliases: entity.aliases,
    aliasText: entity.aliases.join(' '),
    mentionCount: sentences.size,
    position,
    reportId,
  };
  switch (entity.kind) {
    case 'Township':
      return { ...common, shortName: entity.shortName, townshipKind: entity.townshipKind };
    case 'Platform':
      return { ...common, platformKind: entity.platformKind };
    case 'Project': {
      const latest = [...entity.milestones].sort((a, b) => a.year - b.year).at(-1);
      return { ...common, category: entity.category, year: latest?.year ?? null, status: latest?.status ?? null };
    }
    case 'Indicator':
      return {
        ...common,
        indicatorKind: entity.indicatorKind,
        year: entity.year,
        value: entity.value,
        unit: entity.unit,
        comparator: entity.comparator,
        stretch: entity.stretch,
        statement: entity.statement,
        metricId: entity.metricId,
        sentenceId: entity.sentenceId,
      };
    case 'Metric':
      return { ...common, unit: entity.unit };
    default:
      return common;
  }
}

async function deleteReport(tx: ManagedTransaction, reportId: string): Promise<void> {
  await tx.run('MATCH (n:Node {reportId: $reportId}) DETACH DELETE n', { reportId });
}

async function createStructure(tx: ManagedTransaction, report: ParsedReport, contentHash: string): Promise<void> {
  const { meta } = report;
  await tx.run(
    `CREATE (r:Node:Report {id: $meta.id, reportId: $meta.id, title: $meta.title, county: $meta.county,
       year: $meta.year, resultsYear: $meta.resultsYear, issuedBy: $meta.issuedBy,
       publishedAt: $meta.publishedAt, source: $meta.source, contentHash: $contentHash, text: $text})`,
    { meta, contentHash, text: report.text },
  );
  await tx.run(
    `UNWIND $sections AS s
     CREATE (n:Node:Section {id: s.id, reportId: $reportId, number: s.number, title: s.title, level: s.level,
       part: s.part, order: s.order, start: s.start, end: s.end, parentId: s.parentId})
     WITH n, s
     MATCH (parent:Node {id: coalesce(s.parentId, $reportId)})
     CREATE (parent)-[:HAS_SECTION {order: s.order}]->(n)`,
    { sections: report.sections, reportId: meta.id },
  );
  await tx.run(
    `UNWIND $paragraphs AS p
     MATCH (s:Section {id: p.sectionId})
     CREATE (s)-[:HAS_PARAGRAPH]->(:Node:Paragraph {id: p.id, reportId: $reportId, index: p.index,
       topic: p.topic.text, start: p.start, end: p.end, sectionId: p.sectionId})`,
    { paragraphs: report.paragraphs, reportId: meta.id },
  );
  await tx.run(
    `UNWIND $sentences AS s
     MATCH (p:Paragraph {id: s.paragraphId})
     CREATE (p)-[:HAS_SENTENCE]->(:Node:Sentence {id: s.id, reportId: $reportId, index: s.index, text: s.text,
       start: s.start, end: s.end, year: s.year, part: s.part, sectionId: s.sectionId, paragraphId: s.paragraphId})`,
    { sentences: report.sentences, reportId: meta.id },
  );
}

async function createEntities(tx: ManagedTransaction, graph: ExtractedGraph, reportId: string): Promise<void> {
  for (const label of ENTITY_LABELS) {
    const rows = graph.entities.filter((e) => e.kind === label).map((e) => ({ props: entityProps(e, reportId) }));
    if (rows.length) await tx.run(CREATE_ENTITIES[label], { rows });
  }
  const mentions = graph.entities.flatMap((e) =>
    e.mentions.map((m) => ({ id: e.id, sentenceId: m.sentenceId, start: m.start, end: m.end, quote: m.quote })),
  );
  await tx.run(
    `UNWIND $mentions AS m
     MATCH (e:Node {id: m.id}), (s:Sentence {id: m.sentenceId})
     CREATE (e)-[:MENTIONED_IN {start: m.start, end: m.end, quote: m.quote}]->(s)`,
    { mentions },
  );
  const milestones = graph.entities.flatMap((e) =>
    e.kind === 'Project' ? e.milestones.map((m) => ({ id: e.id, ...m })) : [],
  );
  await tx.run(
    `UNWIND $milestones AS m
     MATCH (p:Project {id: m.id}), (s:Sentence {id: m.sentenceId})
     CREATE (p)-[:HAS_MILESTONE {year: m.year, status: m.status}]->(s)`,
    { milestones },
  );
  for (const type of RELATION_TYPES) {
    const rows = graph.relations.filter((r) => r.type === type).map((r) => ({ from: r.from, to: r.to }));
    if (rows.length) await tx.run(CREATE_RELATIONS[type], { rows });
  }
}

async function countReport(tx: ManagedTransaction, reportId: string): Promise<WriteSummary> {
  const result = await tx.run(
    `MATCH (n:Node {reportId: $reportId})
     WITH count(n) AS nodes
     OPTIONAL MATCH (a:Node {reportId: $reportId})-[r]->()
     RETURN nodes, count(r) AS relationships`,
    { reportId },
  );
  const record = result.records[0];
  return { nodes: Number(record.get('nodes')), relationships: Number(record.get('relationships')) };
}

export async function writeReportGraph(
  driver: Driver,
  report: ParsedReport,
  graph: ExtractedGraph,
  contentHash: string,
  database?: string,
): Promise<WriteSummary> {
  const session = driver.session({ database });
  try {
    return await session.executeWrite(async (tx) => {
      await deleteReport(tx, report.meta.id);
      await createStructure(tx, report, contentHash);
      await createEntities(tx, graph, report.meta.id);
      return countReport(tx, report.meta.id);
    });
  } finally {
    await session.close();
  }
}

/** The content hash of the report graph in the database, or null when none is loaded. */
export async function loadedContentHash(driver: Driver, reportId: string, database?: string): Promise<string | null> {
  const { records } = await driver.executeQuery(
    'MATCH (r:Report {id: $reportId}) RETURN r.contentHash AS hash',
    { reportId },
    { database, routing: 'READ' },
  );
  return records.length ? (records[0].get('hash') as string) : null;
}
