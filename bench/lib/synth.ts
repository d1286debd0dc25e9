import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { ReportGraph } from '../../src/ingest/pipeline';
import { entityProps } from '../../src/graph/writer';
import type { Entity } from '../../src/ingest/types';

/**
 * Synthetic report graphs for the scale benchmark, built from `buildReportGraph`:
 * copy k (k ≥ 1) is the real report's graph with every id suffixed `~s<k>`, its
 * own reportId (`synthetic-000k`) and county (`合成k县`), indicator values
 * jittered by up to ±10 %, and entity positions shifted by k × POSITION_STRIDE (as
 * if the reports followed each other in one long text), so "first by position"
 * still means the real report's nodes. Copy 0 is the real report, untouched, so
 * the workloads keep addressing its ids (township:壶镇镇 …).
 *
 * Nodes and relationships get exactly the labels, properties and types that
 * src/graph/writer.ts stores (`checkCopyShape` compares a copy with the real
 * report after writing). The writer itself is not used: it writes one report per
 * transaction and finds sections and paragraphs by label scans (`(s:Section {id})`
 * has no index), so its cost grows with every report already stored. Here several
 * copies go into one write transaction of UNWIND batches, every lookup by the
 * indexed `:Node(id)`.
 */

/** Larger than any offset in the report (18,284 characters): copies never interleave. */
export const POSITION_STRIDE = 100_000;
/** writer.ts gives never-mentioned entities this position; it stays as it is. */
const UNMENTIONED = 1_000_000_000;

export function copyReportId(k: number): string {
  return `synthetic-${String(k).padStart(4, '0')}`;
}

/** Deterministic PRNG (mulberry32), so every run writes the same numbers. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Row = Record<string, unknown>;

/** The rows of one copy, grouped the way they are written. */
export interface CopyRows {
  reports: Row[];
  sections: Row[];
  paragraphs: Row[];
  sentences: Row[];
  entities: Record<Entity['kind'], Row[]>;
  /** Structural and entity relationships: {type, from, to, props}. */
  relations: Record<string, { from: string; to: string; props: Row }[]>;
}

const ENTITY_KINDS: Entity['kind'][] = [
  'Township',
  'Village',
  'Platform',
  'Industry',
  'Enterprise',
  'Project',
  'Indicator',
  'Metric',
];

/** As writer.ts stores the entity, with the copy's ids, position offset and jittered value. */
function copyProps(entity: Entity, reportId: string, id: (v: string) => string, k: number, next: () => number) {
  const props = entityProps(entity, reportId);
  const position = props.position as number;
  const copy = {
    ...props,
    id: id(entity.id),
    position: position >= UNMENTIONED ? position : position + k * POSITION_STRIDE,
  };
  if (entity.kind !== 'Indicator') return copy;
  const digits = Math.max(String(entity.value).replace(/\D/g, '').replace(/^0+/, '').length, 2);
  const value = k === 0 ? entity.value : Number((entity.value * (0.9 + 0.2 * next())).toPrecision(digits));
  return { ...copy, value, metricId: id(entity.metricId), sentenceId: id(entity.sentenceId) };
}

export function copyRows(source: ReportGraph, k: number): CopyRows {
  const suffix = `~s${k}`;
  const id = (value: string) => `${value}${suffix}`;
  const reportId = copyReportId(k);
  const next = random(k + 1);
  const { report, graph } = source;
  const { meta } = report;

  const relations: CopyRows['relations'] = {};
  const relate = (type: string, from: string, to: string, props: Row = {}) => {
    (relations[type] ??= []).push({ from, to, props });
  };

  const sections = report.sections.map((s) => {
    relate('HAS_SECTION', s.parentId ? id(s.parentId) : reportId, id(s.id), { order: s.order });
    return {
      id: id(s.id),
      reportId,
      number: s.number,
      title: s.title,
      level: s.level,
      part: s.part,
      order: s.order,
      start: s.start,
      end: s.end,
      parentId: s.parentId ? id(s.parentId) : null,
    };
  });
  const paragraphs = report.paragraphs.map((p) => {
    relate('HAS_PARAGRAPH', id(p.sectionId), id(p.id));
    return {
      id: id(p.id),
      reportId,
      index: p.index,
      topic: p.topic?.text ?? null,
      start: p.start,
      end: p.end,
      sectionId: id(p.sectionId),
    };
  });
  const sentences = report.sentences.map((s) => {
    relate('HAS_SENTENCE', id(s.paragraphId), id(s.id));
    return {
      id: id(s.id),
      reportId,
      index: s.index,
      text: s.text,
      start: s.start,
      end: s.end,
      year: s.year,
      part: s.part,
      sectionId: id(s.sectionId),
      paragraphId: id(s.paragraphId),
    };
  });

  const entities = Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, [] as Row[]])) as CopyRows['entities'];
  for (const entity of graph.entities) {
    entities[entity.kind].push(copyProps(entity, reportId, id, k, next));
    for (const m of entity.mentions) {
      relate('MENTIONED_IN', id(entity.id), id(m.sentenceId), { start: m.start, end: m.end, quote: m.quote });
    }
    if (entity.kind === 'Project') {
      for (const m of entity.milestones) {
        relate('HAS_MILESTONE', id(entity.id), id(m.sentenceId), { year: m.year, status: m.status });
      }
    }
  }
  // The writer MERGEs entity relationships, so a relation listed twice is stored once.
  const seen = new Set<string>();
  for (const r of graph.relations) {
    const key = `${r.type} ${r.from} ${r.to}`;
    if (seen.has(key)) continue;
    seen.add(key);
    relate(r.type, id(r.from), id(r.to));
  }

  return {
    reports: [
      {
        id: reportId,
        reportId,
        title: meta.title,
        county: `合成${k}县`,
        year: meta.year,
        resultsYear: meta.resultsYear,
        issuedBy: meta.issuedBy.replace(meta.county, `合成${k}县`),
        publishedAt: meta.publishedAt,
        source: `synthetic copy ${k} of ${meta.id}`,
        contentHash: `synthetic:${source.contentHash}`,
        text: report.text,
      },
    ],
    sections,
    paragraphs,
    sentences,
    entities,
    relations,
  };
}

// Labels and relationship types cannot be parameters: each comes from the fixed lists above.
const RELATION_TYPE = /^[A-Z_]+$/;

async function createNodes(tx: ManagedTransaction, labels: string, rows: Row[]): Promise<void> {
  if (rows.length) await tx.run(`UNWIND $rows AS row CREATE (n:${labels}) SET n = row`, { rows });
}

/** Writes the given copies in one write transaction. */
export async function writeCopies(driver: Driver, copies: CopyRows[]): Promise<void> {
  const all = <T>(pick: (c: CopyRows) => T[]) => copies.flatMap(pick);
  const session = driver.session();
  try {
    await session.executeWrite(async (tx) => {
      await createNodes(
        tx,
        'Node:Report',
        all((c) => c.reports),
      );
      await createNodes(
        tx,
        'Node:Section',
        all((c) => c.sections),
      );
      await createNodes(
        tx,
        'Node:Paragraph',
        all((c) => c.paragraphs),
      );
      await createNodes(
        tx,
        'Node:Sentence',
        all((c) => c.sentences),
      );
      for (const kind of ENTITY_KINDS)
        await createNodes(
          tx,
          `Node:${kind}`,
          all((c) => c.entities[kind]),
        );
      const types = [...new Set(copies.flatMap((c) => Object.keys(c.relations)))];
      for (const type of types) {
        if (!RELATION_TYPE.test(type)) throw new Error(`unexpected relationship type ${type}`);
        const rows = all((c) => c.relations[type] ?? []);
        await tx.run(
          `UNWIND $rows AS row
           MATCH (a:Node {id: row.from}), (b:Node {id: row.to})
           CREATE (a)-[r:${type}]->(b) SET r = row.props`,
          { rows },
        );
      }
    });
  } finally {
    await session.close();
  }
}

/** How many synthetic copies the database holds (they are numbered 1 … n). */
export async function copiesPresent(driver: Driver): Promise<number> {
  const { records } = await driver.executeQuery(
    `MATCH (r:Report) WHERE r.id STARTS WITH 'synthetic-' RETURN count(r) AS copies`,
    {},
    { routing: 'READ' },
  );
  return Number(records[0].get('copies'));
}

/** Labels, property keys and relationship types with counts: equal for every report of one shape. */
async function shapeOf(driver: Driver, reportId: string): Promise<string[]> {
  const { records } = await driver.executeQuery(
    `CALL () {
       MATCH (n:Node {reportId: $reportId})
       RETURN 'node ' + apoc.text.join(labels(n), ':') + ' {' + apoc.text.join(apoc.coll.sort(keys(n)), ',') + '}' AS item
       UNION ALL
       MATCH (n:Node {reportId: $reportId})-[r]->()
       RETURN 'rel ' + type(r) + ' {' + apoc.text.join(apoc.coll.sort(keys(r)), ',') + '}' AS item
     }
     RETURN item, count(*) AS count ORDER BY item`,
    { reportId },
    { routing: 'READ' },
  );
  return records.map((r) => `${r.get('item') as string} × ${Number(r.get('count'))}`);
}

/** Throws unless copy `reportId` has the same labels, property keys and relationship counts as the real report. */
export async function checkCopyShape(driver: Driver, realReportId: string, reportId: string): Promise<void> {
  const [real, copy] = await Promise.all([shapeOf(driver, realReportId), shapeOf(driver, reportId)]);
  const missing = real.filter((line) => !copy.includes(line));
  const extra = copy.filter((line) => !real.includes(line));
  if (missing.length || extra.length) {
    throw new Error(
      `synthetic report ${reportId} does not have the shape of ${realReportId}:\n` +
        `  only in ${realReportId}: ${missing.join('; ') || '-'}\n  only in ${reportId}: ${extra.join('; ') || '-'}`,
    );
  }
}
