import type { Driver } from 'neo4j-driver';
import type * as BuildsModule from '../../src/graph/builds';
import type * as WriterModule from '../../src/graph/writer';
import type { Entity, ReportBuild } from '../../src/model/report';

/**
 * Synthetic reports for the scale benchmark: copies of a real report's build (what
 * `buildReportGraph` gives for Jinyun 2023), each the report of a county of its own.
 *
 * Copy k (k ≥ 1) is report `synthetic-000k` of county 9xxxxx (`合成k县`, code 900000 + k): every
 * id the report or its county scopes is rewritten (`project:331122:…` → `project:900001:…`,
 * `township:331122101` → `township:900001101`, `sentence:jinyun-2023:12` →
 * `sentence:synthetic-0001:12`), indicator values are jittered by up to ±10 % (seeded), and every
 * year is one later (the report of 2024, its results of 2023), so in every contestant's order of
 * all reports the real report comes first. The real report keeps its ids, so 壶镇镇 and every
 * workload still target it; lists across reports and searches run over N times the data.
 *
 * The copies are written with the project's own writer functions (`createReport`,
 * `createEntities` of src/graph/writer.ts) and published with its `publish`, so the graph holds
 * exactly what `writeReportBuild` would write for each copy. What differs is only the batching:
 * `batch` copies share one write transaction (each still has its own build, reserved as the writer
 * reserves it), and the per-report garbage collection `writeReportBuild` runs first is skipped
 * (nothing is ever retired here).
 */

export const SYNTHETIC_PREFIX = 'synthetic-';

export function copyReportId(k: number): string {
  return `${SYNTHETIC_PREFIX}${String(k).padStart(4, '0')}`;
}

export function copyCountyCode(k: number): string {
  if (k < 1 || k > 99_999) throw new Error(`synthetic copy number ${k} is out of range (1 to 99999)`);
  return String(900_000 + k);
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

/** Rewrites the ids a report scopes by county (6-digit code, and 9/12-digit division codes) or by report id. */
function idMapper(source: ReportBuild, reportId: string, countyCode: string): (id: string) => string {
  const oldReport = source.report.meta.id;
  const oldCounty = source.county.code;
  return (id: string) => {
    if (id === oldReport) return reportId;
    const colon = id.indexOf(':');
    if (colon < 0) return id;
    const kind = id.slice(0, colon + 1);
    const rest = id.slice(colon + 1);
    if (rest.startsWith(`${oldReport}:`)) return `${kind}${reportId}${rest.slice(oldReport.length)}`;
    if (rest.startsWith(oldCounty)) return `${kind}${countyCode}${rest.slice(oldCounty.length)}`;
    return id;
  };
}

/** A jittered value with as many significant digits as the original (at least two). */
function jitter(value: number, next: () => number): number {
  const digits = Math.max(String(value).replace(/\D/g, '').replace(/^0+/, '').length, 2);
  return Number((value * (0.9 + 0.2 * next())).toPrecision(digits));
}

export function copyBuild(source: ReportBuild, k: number): ReportBuild {
  const reportId = copyReportId(k);
  const code = copyCountyCode(k);
  const id = idMapper(source, reportId, code);
  const next = random(k + 1);
  const { report, graph, county } = source;
  const countyName = `合成${k}县`;
  const year = (y: number) => y + 1;
  const divisionCode = (c: string) => (c.startsWith(county.code) ? `${code}${c.slice(county.code.length)}` : c);

  const entities = graph.entities.map((e): Entity => {
    const common = {
      id: id(e.id),
      mentions: e.mentions.map((m) => ({ ...m, sentenceId: id(m.sentenceId) })),
    };
    switch (e.kind) {
      case 'Township':
        return { ...e, ...common, code: e.code ? divisionCode(e.code) : e.code };
      case 'Village':
        return { ...e, ...common, code: e.code ? divisionCode(e.code) : e.code };
      case 'Project':
        return {
          ...e,
          ...common,
          milestones: e.milestones.map((m) => ({ ...m, year: year(m.year), sentenceId: id(m.sentenceId) })),
        };
      case 'Indicator':
        return {
          ...e,
          ...common,
          year: year(e.year),
          value: jitter(e.value, next),
          metricId: id(e.metricId),
          sentenceId: id(e.sentenceId),
        };
      default:
        return { ...e, ...common };
    }
  });

  return {
    report: {
      ...report,
      meta: {
        ...report.meta,
        id: reportId,
        county: countyName,
        countyCode: code,
        year: year(report.meta.year),
        resultsYear: year(report.meta.resultsYear),
        issuedBy: report.meta.issuedBy.replace(report.meta.county, countyName),
        source: `synthetic copy ${k} of ${report.meta.id}`,
      },
      sections: report.sections.map((s) => ({ ...s, id: id(s.id), parentId: s.parentId ? id(s.parentId) : null })),
      paragraphs: report.paragraphs.map((p) => ({ ...p, id: id(p.id), sectionId: id(p.sectionId) })),
      sentences: report.sentences.map((s) => ({
        ...s,
        id: id(s.id),
        paragraphId: id(s.paragraphId),
        sectionId: id(s.sectionId),
        year: year(s.year),
      })),
    },
    graph: {
      entities,
      relations: graph.relations.map((r) => ({
        ...r,
        from: id(r.from),
        to: id(r.to),
        sentenceId: r.sentenceId ? id(r.sentenceId) : undefined,
      })),
    },
    county: { ...county, code, name: countyName },
    townships: source.townships.map((t) => ({ ...t, id: id(t.id), code: divisionCode(t.code) })),
    contentHash: `synthetic:${k}:${source.contentHash}`,
  };
}

/** The writer and catalog functions of the measured copy of the project (bench/lib/ours.ts). */
export interface WriterModules {
  writer: typeof WriterModule;
  builds: typeof BuildsModule;
}

/**
 * Writes the copies as the writer writes a report: a build reserved for each, all of them in one
 * write transaction, then each published (which makes it visible and recomputes the shared nodes'
 * derived properties).
 */
export async function writeCopies(driver: Driver, modules: WriterModules, copies: ReportBuild[]): Promise<void> {
  const builds: string[] = [];
  for (const copy of copies) builds.push(await modules.builds.reserveBuild(driver, copy.report.meta.id));
  const session = driver.session();
  try {
    await session.executeWrite(async (tx) => {
      for (const [i, copy] of copies.entries()) {
        await modules.writer.createReport(tx, copy, builds[i]);
        await modules.writer.createEntities(tx, copy, builds[i]);
      }
    });
  } finally {
    await session.close();
  }
  for (const [i, copy] of copies.entries()) await modules.builds.publish(driver, copy.report.meta.id, builds[i]);
}

/** How many synthetic copies the database holds (they are numbered 1 … n). */
export async function copiesPresent(driver: Driver): Promise<number> {
  const { records } = await driver.executeQuery(
    `MATCH (r:Report) WHERE r.id STARTS WITH $prefix RETURN count(r) AS copies`,
    { prefix: SYNTHETIC_PREFIX },
    { routing: 'READ' },
  );
  return Number(records[0].get('copies'));
}

/**
 * What a report's build holds, counted by label and property keys (its own nodes and the shared
 * nodes it covers) and by relationship type and property keys (those it states): equal for a
 * report and its copies.
 */
async function shapeOf(driver: Driver, reportId: string): Promise<string[]> {
  const { records } = await driver.executeQuery(
    `MATCH (r:Report {id: $reportId})
     CALL (r) {
       MATCH (n:Node {build: r.build})
       RETURN 'own ' + apoc.text.join(apoc.coll.sort(labels(n)), ':') + ' {' + apoc.text.join(apoc.coll.sort(keys(n)), ',') + '}' AS item
       UNION ALL
       MATCH (r)-[:COVERS]->(n)
       RETURN 'covered ' + apoc.text.join(apoc.coll.sort(labels(n)), ':') + ' {' + apoc.text.join(apoc.coll.sort(keys(n)), ',') + '}' AS item
       UNION ALL
       MATCH ()-[e]->() WHERE e.build = r.build
       RETURN 'rel ' + type(e) + ' {' + apoc.text.join(apoc.coll.sort(keys(e)), ',') + '}' AS item
     }
     RETURN item, count(*) AS count ORDER BY item`,
    { reportId },
    { routing: 'READ' },
  );
  return records.map((r) => `${r.get('item') as string} × ${Number(r.get('count'))}`);
}

/** Throws unless copy `reportId` holds what the real report holds (labels, keys, relationship counts). */
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
