import neo4j, { type Node as Neo4jNode, type Path as Neo4jPath, type Relationship } from 'neo4j-driver';
import type { EntityLabel, EntityRecord, NodeRecord, SearchHitRecord, SentenceRecord, SubgraphRecord } from './records';
import { type GraphReader, type Scope, visible } from './reader';
import { countyShortName } from '../places/divisions';
import { toRecord } from './session';

/** A start node the request may see (as a lookup by id would find it). */
const VISIBLE_START = visible('start');

/**
 * What a subgraph node shows: its id, its label and what displayLabel reads, not the whole node.
 * A walk over entity relationships (and MENTIONED_IN) reaches entities and sentences only; the
 * start may be any node (a report, a section …).
 */
const REACHED_NODE = (m: string) => `${m} {.id, .name, .text, label: head([l IN labels(${m}) WHERE l <> 'Node'])}`;
const START_NODE = (m: string) =>
  `${m} {.id, .name, .text, .title, .countyName, .topic, .index, label: head([l IN labels(${m}) WHERE l <> 'Node'])}`;

/** Relationships between entities: what neighborhood and shortestPath walk by default. */
const ENTITY_RELATIONSHIPS = 'LOCATED_IN|PART_OF|IN_INDUSTRY|SUBSECTOR_OF|BUILT_BY|MEASURES|ABOUT|IN_TOWNSHIP';
/** Plus evidence: entity → sentence. */
const WITH_EVIDENCE = `${ENTITY_RELATIONSHIPS}|MENTIONED_IN`;

export const MAX_NEIGHBORHOOD_DEPTH = 3;
export const MAX_PATH_LENGTH = 10;

// Variable-length bounds cannot be parameters in Cypher, so each allowed bound has its own constant query.
function boundedQueries(max: number, build: (bound: number) => string): Map<number, string> {
  return new Map(Array.from({ length: max }, (_, i) => [i + 1, build(i + 1)]));
}

const neighborhoodQuery = (types: string) =>
  boundedQueries(
    MAX_NEIGHBORHOOD_DEPTH,
    (depth) => `
    MATCH (start:Node {id: $id}) WHERE ${VISIBLE_START}
    OPTIONAL MATCH path = (start)-[:${types}*1..${depth}]-(n)
    WHERE n <> start AND all(r IN relationships(path) WHERE r.build IN $builds)
      AND all(x IN nodes(path)[1..] WHERE any(l IN labels(x) WHERE l IN $labels))
    WITH start, n, min(length(path)) AS distance
    ORDER BY distance, n.position, n.id
    WITH start, collect(n) AS found
    WITH start, found[..$limit - 1] AS kept, size(found) > $limit - 1 AS truncated
    WITH [start] + kept AS members, truncated
    UNWIND members AS a
    OPTIONAL MATCH (a)-[r:${types}]->(b) WHERE b IN members AND r.build IN $builds
    WITH members, truncated,
      collect(DISTINCT CASE WHEN r IS NULL THEN null ELSE {type: type(r), source: a.id, target: b.id} END) AS relationships
    // Projected once, after the aggregation (inside it, every row would project every member again).
    RETURN [m IN members[0..1] | ${START_NODE('m')}] + [m IN members[1..] | ${REACHED_NODE('m')}] AS members, truncated, relationships`,
  );

const NEIGHBORHOOD = { entities: neighborhoodQuery(ENTITY_RELATIONSHIPS), evidence: neighborhoodQuery(WITH_EVIDENCE) };

const SHORTEST_PATH = boundedQueries(
  MAX_PATH_LENGTH,
  (length) => `
    MATCH (a:Node {id: $fromId}), (b:Node {id: $toId})
    WHERE (a.build IS NULL OR a.build IN $builds) AND (b.build IS NULL OR b.build IN $builds)
    MATCH path = shortestPath((a)-[:${ENTITY_RELATIONSHIPS}*..${length}]-(b))
    WHERE all(r IN relationships(path) WHERE r.build IN $builds)
    RETURN path`,
);

export function displayLabel(node: NodeRecord): string {
  switch (node.label) {
    case 'Sentence':
      return node.text.length > 40 ? `${node.text.slice(0, 40)}…` : node.text;
    case 'Report':
      return node.title.includes(countyShortName(node.countyName)) ? node.title : `${node.countyName}${node.title}`;
    case 'Section':
      return node.title;
    case 'Paragraph':
      return node.topic ?? `paragraph ${node.index}`;
    default:
      return node.name;
  }
}

function subgraphNode(node: Neo4jNode): SubgraphRecord['nodes'][number] {
  const record = toRecord(node);
  return { id: record.id, label: record.label, display: displayLabel(record) };
}

/** A member as SUBGRAPH_NODE projects it. */
function projectedNode(member: NodeRecord): SubgraphRecord['nodes'][number] {
  return { id: member.id, label: member.label, display: displayLabel(member) };
}

function edgeOf(r: Relationship, idByElement: Map<string, string>): SubgraphRecord['edges'][number] {
  return { type: r.type, source: idByElement.get(r.startNodeElementId)!, target: idByElement.get(r.endNodeElementId)! };
}

type EdgeRow = SubgraphRecord['edges'][number];

export async function neighborhood(
  reader: GraphReader,
  id: string,
  depth: number,
  limit: number,
  labels: string[],
): Promise<SubgraphRecord | null> {
  const withEvidence = labels.includes('Sentence');
  const cypher = (withEvidence ? NEIGHBORHOOD.evidence : NEIGHBORHOOD.entities).get(depth)!;
  const records = await reader.run(cypher, { id, labels, limit: neo4j.int(limit) });
  if (!records.length) return null;
  const members = records[0].get('members') as NodeRecord[];
  return {
    nodes: members.map(projectedNode),
    edges: records[0].get('relationships') as EdgeRow[],
    truncated: records[0].get('truncated') as boolean,
  };
}

export async function shortestPath(
  reader: GraphReader,
  fromId: string,
  toId: string,
  maxLength: number,
): Promise<SubgraphRecord | null> {
  if (fromId === toId) {
    const node = await reader.node(fromId);
    return node
      ? { nodes: [{ id: node.id, label: node.label, display: displayLabel(node) }], edges: [], truncated: false }
      : null;
  }
  const records = await reader.run(SHORTEST_PATH.get(maxLength)!, { fromId, toId });
  if (!records.length) return null;
  const path = records[0].get('path') as Neo4jPath;
  const nodes = [path.start, ...path.segments.map((s) => s.end)];
  const idByElement = new Map(nodes.map((n) => [n.elementId, n.properties.id as string]));
  return {
    nodes: nodes.map(subgraphNode),
    edges: path.segments.map((s) => edgeOf(s.relationship, idByElement)),
    truncated: false,
  };
}

/**
 * Lucene treats these characters, and upper-case AND, OR and NOT, as syntax; a user's
 * search text is matched literally (the analyzer lower-cases anyway).
 */
export function escapeLucene(text: string): string {
  return text.toLowerCase().replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, (c) => `\\${c}`);
}

/** Marks every occurrence of the search text (or, failing that, of its two-character pieces) with 【】. */
export function highlight(text: string, query: string): string {
  const terms = text.includes(query)
    ? [query]
    : Array.from({ length: Math.max(query.length - 1, 1) }, (_, i) => query.slice(i, i + 2)).filter((t) =>
        text.includes(t),
      );
  if (!terms.length) return text;
  const pattern = new RegExp(terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  return text.replace(pattern, (m) => `【${m}】`);
}

/** What a search hit returns of its node when only display fields are asked: snippet, label and kind read no more. */
const HIT_DISPLAY = `node {.id, .name, .text, .statement, label: head([l IN labels(node) WHERE l <> 'Node'])}`;
const HIT_WHOLE = `node {.*, label: head([l IN labels(node) WHERE l <> 'Node'])}`;
/** The labels of the entity_names index (cypher/schema.cypher): asking for all of them needs no label test. */
const INDEXED_ENTITY_LABELS = [
  'Township',
  'Village',
  'Platform',
  'Industry',
  'Enterprise',
  'Project',
  'Indicator',
  'Metric',
];

/**
 * Full-text search. `whole`: the request selects more of the hits' nodes than their display
 * fields (id, name, text, statement), so each hit returns its whole node; else only those.
 */
export async function search(
  reader: GraphReader,
  text: string,
  labels: string[],
  first: number,
  scope: Scope = {},
  whole = true,
): Promise<SearchHitRecord[]> {
  const query = escapeLucene(text.trim());
  const reports = await reader.scope(scope);
  const wantEntities = labels.some((l) => l !== 'Sentence');
  const wantSentences = labels.includes('Sentence');
  const everyEntity = INDEXED_ENTITY_LABELS.every((l) => labels.includes(l));
  const records = await reader.run(
    `CALL () {
       CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
       WHERE $wantEntities ${everyEntity ? '' : 'AND any(l IN labels(node) WHERE l IN $labels)'}
         AND (node.build IN $scope OR (node.build IS NULL AND (
           (node:Township AND node.countyCode IN $scopeCounties)
           OR EXISTS { (node)<-[c:COVERS]-() WHERE c.build IN $scope })))
       RETURN node, score
       UNION ALL
       CALL db.index.fulltext.queryNodes('sentence_text', $query) YIELD node, score
       WHERE $wantSentences AND node.build IN $scope
       RETURN node, score
     }
     WITH node, score ORDER BY score DESC, node.id LIMIT $first
     RETURN ${whole ? HIT_WHOLE : HIT_DISPLAY} AS node, score`,
    {
      query,
      labels,
      wantEntities,
      wantSentences,
      first: neo4j.int(first),
      scope: reports.map((r) => r.build),
      scopeCounties: [...new Set(reports.map((r) => r.countyCode))],
    },
  );
  return records.map((r) => {
    const node = r.get('node') as EntityRecord | SentenceRecord;
    const shown = node.label === 'Sentence' ? node.text : displayLabel(node);
    return { node, score: Number(r.get('score')), snippet: highlight(shown, text.trim()) };
  });
}

export interface GraphStatsRecord {
  nodeCount: number;
  relationshipCount: number;
  labels: { label: string; count: number }[];
  relationshipTypes: { label: string; count: number }[];
}

/** Relationships that keep the graph's books (which build names what, where a text is), not facts. */
const INTERNAL_RELATIONSHIPS = ['COVERS', 'HAS_TEXT'];

/**
 * Counts of what the request sees: each report's own nodes and relationships (those of its
 * active build), the shared nodes some active build names, and the loaded counties with their
 * townships.
 */
export async function graphStats(reader: GraphReader): Promise<GraphStatsRecord> {
  const records = await reader.run(
    `CALL () {
       CALL () { UNWIND $builds AS b MATCH (n:Node {build: b}) RETURN n
                 UNION
                 UNWIND $builds AS b MATCH (:Report {build: b})-[:COVERS]->(n) RETURN n
                 UNION
                 MATCH (n:County) WHERE n.code IN $counties RETURN n
                 UNION
                 MATCH (n:Township) WHERE n.countyCode IN $counties RETURN n }
       UNWIND labels(n) AS label WITH label WHERE label <> 'Node'
       WITH label, count(*) AS count ORDER BY label RETURN collect({label: label, count: count}) AS labels }
     CALL () {
       CALL () { MATCH ()-[r]->() WHERE r.build IN $builds AND NOT type(r) IN $internal RETURN type(r) AS type
                 UNION ALL
                 MATCH (t:Township)-[r:IN_COUNTY]->() WHERE t.countyCode IN $counties RETURN type(r) AS type }
       WITH type AS label, count(*) AS count ORDER BY label RETURN collect({label: label, count: count}) AS types }
     RETURN labels, types`,
    { internal: INTERNAL_RELATIONSHIPS },
  );
  const labels = records[0].get('labels') as { label: string; count: number }[];
  const types = records[0].get('types') as { label: string; count: number }[];
  return {
    nodeCount: labels.reduce((sum, l) => sum + Number(l.count), 0),
    relationshipCount: types.reduce((sum, t) => sum + Number(t.count), 0),
    labels: labels.map((l) => ({ label: l.label, count: Number(l.count) })),
    relationshipTypes: types.map((t) => ({ label: t.label, count: Number(t.count) })),
  };
}

export const ENTITY_KIND_LABELS: Record<string, EntityLabel | 'Sentence'> = {
  TOWNSHIP: 'Township',
  VILLAGE: 'Village',
  PLATFORM: 'Platform',
  INDUSTRY: 'Industry',
  ENTERPRISE: 'Enterprise',
  PROJECT: 'Project',
  INDICATOR: 'Indicator',
  METRIC: 'Metric',
  SENTENCE: 'Sentence',
};
