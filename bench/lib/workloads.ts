/**
 * The five workloads, the same for every contestant: a GraphQL document in our
 * dialect (schema/*.graphql), one in @neo4j/graphql's dialect
 * (bench/peers/neo4j-graphql/typeDefs.graphql), and hand-written Cypher for the
 * raw endpoint. Each has a normalizer per contestant that turns the response
 * into one canonical value (ids, names, numbers; lists sorted by id), so the
 * bench can check that all three return the same data before it times them.
 */

export type ContestantName = 'ours' | 'peer' | 'raw';
export const CONTESTANTS: ContestantName[] = ['ours', 'peer', 'raw'];

export type WorkloadName = 'W1' | 'W2' | 'W3' | 'W4' | 'W5';

/** The township W2 and W5 start from: the real report's 壶镇镇 (its id is unchanged in the scale runs). */
export const TOWNSHIP_ID = 'township:壶镇镇';
/** W4's two search terms: the one from the issue, and a second two-character term (公路, roads). */
export const SEARCH_TERMS = ['水库', '公路'] as const;

/** What one request sends: a GraphQL POST body, or the raw endpoint's workload name. */
export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
}

/** The raw endpoint runs `cypher` once per parameter set, concurrently (each in its own read transaction). */
export interface RawRequest {
  cypher: string;
  params: Record<string, unknown>[];
}

export interface Workload {
  name: WorkloadName;
  title: string;
  /** One line for the report: what the request asks for. */
  description: string;
  ours: GraphQLRequest;
  peer: GraphQLRequest;
  raw: RawRequest;
  /** Turns a contestant's `data` (GraphQL) or result (raw) into a comparable value. */
  normalize: Record<ContestantName, (data: unknown) => unknown>;
}

type Json = Record<string, unknown>;
const obj = (value: unknown): Json => (value ?? {}) as Json;
const arr = (value: unknown): Json[] => (value ?? []) as Json[];
const byId = <T extends { id: unknown }>(items: T[]): T[] =>
  [...items].sort((a, b) => String(a.id).localeCompare(String(b.id)));
const refs = (items: unknown) => byId(arr(items).map((i) => ({ id: i.id, name: i.name })));

// ---------------------------------------------------------------- W1 list

const W1_OURS = `query W1 {
  projects(first: 20) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id name category status
      townships { id name }
      industries { id name }
    }
  }
}`;

const W1_PEER = `query W1 {
  projectsConnection(first: 20, sort: [{ position: ASC }, { id: ASC }]) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        id name category status
        townships(sort: [{ position: ASC }, { id: ASC }]) { id name }
        industries(sort: [{ position: ASC }, { id: ASC }]) { id name }
      }
    }
  }
}`;

// \`position IS NOT NULL\` (every entity has one) lets Neo4j read the position index in order and stop
// after the page; without it, ORDER BY position means a scan of every node of the label and a top-N.
const W1_CYPHER = `
CALL () { MATCH (p:Project) RETURN count(p) AS total }
MATCH (p:Project) WHERE p.position IS NOT NULL
WITH total, p ORDER BY p.position, p.id LIMIT 20
RETURN total, collect(p {
  .id, .name, .category, .status,
  townships: COLLECT { MATCH (p)-[:LOCATED_IN]->(t:Township) WITH t ORDER BY t.position, t.id RETURN t {.id, .name} },
  industries: COLLECT { MATCH (p)-[:IN_INDUSTRY]->(i:Industry) WITH i ORDER BY i.position, i.id RETURN i {.id, .name} }
}) AS projects`;

const w1Canonical = (total: unknown, projects: Json[]) => ({
  total,
  projects: byId(
    projects.map((p) => ({
      id: p.id,
      name: p.name,
      category: p.category,
      status: p.status ?? null,
      townships: refs(p.townships),
      industries: refs(p.industries),
    })),
  ),
});

// ---------------------------------------------------------------- W2 detail

const W2_OURS = `query W2($id: ID!) {
  township(id: $id) {
    id name shortName kind
    projects {
      id name category status year
      milestones { year status statement sentence { id } }
    }
    indicators { id statement kind year value unit }
  }
}`;

const W2_PEER = `query W2($id: ID!) {
  townships(where: { id: { eq: $id } }) {
    id name shortName townshipKind
    projects(sort: [{ position: ASC }, { id: ASC }], limit: 100) {
      id name category status year
      milestonesConnection(sort: [{ edge: { year: ASC } }, { node: { index: ASC } }]) {
        edges { properties { year status } node { id text } }
      }
    }
    indicators(sort: [{ position: ASC }, { id: ASC }], limit: 100) { id statement indicatorKind year value unit }
  }
}`;

const W2_CYPHER = `
MATCH (t:Township {id: $id})
RETURN t {
  .id, .name, .shortName, .townshipKind,
  projects: COLLECT {
    MATCH (t)<-[:LOCATED_IN]-(p:Project)
    WITH p ORDER BY p.position, p.id LIMIT 100
    RETURN p {
      .id, .name, .category, .status, .year,
      milestones: COLLECT {
        MATCH (p)-[m:HAS_MILESTONE]->(s:Sentence)
        WITH m, s ORDER BY m.year, s.index
        RETURN {year: m.year, status: m.status, sentence: s {.id, .text}}
      }
    }
  },
  indicators: COLLECT {
    MATCH (t)<-[:ABOUT]-(i:Indicator)
    WITH i ORDER BY i.position, i.id LIMIT 100
    RETURN i {.id, .statement, .indicatorKind, .year, .value, .unit}
  }
} AS township`;

interface MilestoneCanonical {
  year: unknown;
  status: unknown;
  sentence: unknown;
  text: unknown;
}
const milestoneOrder = (a: MilestoneCanonical, b: MilestoneCanonical) =>
  `${String(a.year)} ${String(a.sentence)} ${String(a.status)}`.localeCompare(
    `${String(b.year)} ${String(b.sentence)} ${String(b.status)}`,
  );

const w2Canonical = (t: Json, projects: Json[], milestones: (p: Json) => MilestoneCanonical[], indicators: Json[]) => ({
  id: t.id,
  name: t.name,
  shortName: t.shortName,
  projects: byId(
    projects.map((p) => ({
      id: p.id,
      name: p.name,
      category: p.category,
      status: p.status ?? null,
      year: p.year ?? null,
      milestones: milestones(p).sort(milestoneOrder),
    })),
  ),
  indicators: byId(
    indicators.map((i) => ({
      id: i.id,
      statement: i.statement,
      kind: i.kind ?? i.indicatorKind,
      year: i.year,
      value: i.value,
      unit: i.unit ?? null,
    })),
  ),
});

// ---------------------------------------------------------------- W3 provenance

const W3_OURS = `query W3 {
  indicators(filter: { kind: TARGET }, first: 50) {
    nodes {
      id statement year value unit
      metric { id name }
      mentions { quote start end sentence { id text } }
    }
  }
}`;

const W3_PEER = `query W3 {
  indicators(where: { indicatorKind: { eq: TARGET } }, sort: [{ position: ASC }, { id: ASC }], limit: 50) {
    id statement year value unit
    metric { id name }
    mentionsConnection(sort: [{ edge: { start: ASC } }]) {
      edges { properties { quote start end } node { id text } }
    }
  }
}`;

const W3_CYPHER = `
MATCH (i:Indicator) WHERE i.indicatorKind = 'TARGET' AND i.position IS NOT NULL
WITH i ORDER BY i.position, i.id LIMIT 50
RETURN collect(i {
  .id, .statement, .year, .value, .unit,
  metric: COLLECT { MATCH (i)-[:MEASURES]->(m:Metric) RETURN m {.id, .name} }[0],
  mentions: COLLECT {
    MATCH (i)-[r:MENTIONED_IN]->(s:Sentence)
    WITH r, s ORDER BY r.start
    RETURN {quote: r.quote, start: r.start, end: r.end, sentence: s {.id, .text}}
  }
}) AS indicators`;

interface MentionCanonical {
  quote: unknown;
  start: unknown;
  end: unknown;
  sentence: unknown;
  text: unknown;
}
const w3Canonical = (indicators: Json[], mentions: (i: Json) => MentionCanonical[]) =>
  byId(
    indicators.map((i) => ({
      id: i.id,
      statement: i.statement,
      year: i.year,
      value: i.value,
      unit: i.unit ?? null,
      metric: { id: obj(i.metric).id, name: obj(i.metric).name },
      mentions: mentions(i).sort((a, b) => Number(a.start) - Number(b.start)),
    })),
  );

// ---------------------------------------------------------------- W4 search

const OURS_HIT = `score kind snippet
    node {
      id
      ... on Township { name } ... on Village { name } ... on Platform { name } ... on Industry { name }
      ... on Enterprise { name } ... on Project { name } ... on Metric { name }
      ... on Indicator { statement } ... on Sentence { text }
    }`;

const W4_OURS = `query W4 {
  water: search(text: "${SEARCH_TERMS[0]}", first: 20) { ${OURS_HIT} }
  road: search(text: "${SEARCH_TERMS[1]}", first: 20) { ${OURS_HIT} }
}`;

const PEER_HIT = `__typename
    ... on Township { id name } ... on Village { id name } ... on Platform { id name } ... on Industry { id name }
    ... on Enterprise { id name } ... on Project { id name } ... on Metric { id name }
    ... on Indicator { id statement } ... on Sentence { id text }`;

/** Peer: a @cypher field over both full-text indexes (the same ranking as ours: score, then id). */
const W4_PEER = `query W4 {
  water: search(phrase: "${SEARCH_TERMS[0]}", first: 20) { ${PEER_HIT} }
  road: search(phrase: "${SEARCH_TERMS[1]}", first: 20) { ${PEER_HIT} }
}`;

/** Peer, the other way its dialect offers: one generated @fulltext query per type (9 per term). */
const FULLTEXT_QUERIES: [alias: string, field: string, fields: string][] = [
  ['townships', 'townshipsByName', 'id name'],
  ['villages', 'villagesByName', 'id name'],
  ['platforms', 'platformsByName', 'id name'],
  ['industries', 'industriesByName', 'id name'],
  ['enterprises', 'enterprisesByName', 'id name'],
  ['projects', 'projectsByName', 'id name'],
  ['indicators', 'indicatorsByName', 'id statement'],
  ['metrics', 'metricsByName', 'id name'],
  ['sentences', 'sentencesByText', 'id text'],
];
export const W4_PEER_FULLTEXT = `query W4fulltext {
${SEARCH_TERMS.flatMap((term, t) =>
  FULLTEXT_QUERIES.map(
    ([alias, field, fields]) =>
      `  t${t}_${alias}: ${field}(phrase: "${term}", first: 20, sort: [{ score: DESC }]) { edges { score node { ${fields} } } }`,
  ),
).join('\n')}
}`;

/** Run once per term, both at once, as the GraphQL servers resolve their two root fields. */
const W4_CYPHER = `
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $term) YIELD node, score RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('sentence_text', $term) YIELD node, score RETURN node, score
}
WITH node, score ORDER BY score DESC, node.id LIMIT 20
RETURN $term AS term, collect({
  score: score,
  kind: toUpper([l IN labels(node) WHERE l <> 'Node'][0]),
  node: node {.id, .name, .statement, .text}
}) AS hits`;

/** The ids each term found, sorted: ranking ties may order differently, the set may not. */
const w4Canonical = (hits: Json[][]) =>
  hits.map((list) =>
    list
      .map((h) => String(h.id))
      .sort()
      .join(' '),
  );

// ---------------------------------------------------------------- W5 exploration

/**
 * The neighbourhood query, as src/graph/explore.ts writes it for depth 2 over the
 * entity relationships (limit 200, every entity kind). @neo4j/graphql has no
 * traversal of its own: its W5 is a @cypher field running this same statement,
 * and so does the raw endpoint, so W5 compares the layers around one query.
 */
export const NEIGHBORHOOD_CYPHER = `
MATCH (start:Node {id: $id})
OPTIONAL MATCH path = (start)-[:LOCATED_IN|PART_OF|IN_INDUSTRY|SUBSECTOR_OF|BUILT_BY|MEASURES|ABOUT|IN_TOWNSHIP*1..2]-(n)
WHERE n <> start AND all(x IN nodes(path)[1..] WHERE any(l IN labels(x) WHERE l IN ['Township', 'Village', 'Platform', 'Industry', 'Enterprise', 'Project', 'Indicator', 'Metric']))
WITH start, n, min(length(path)) AS distance
ORDER BY distance, n.position, n.id
WITH start, collect(n) AS found
WITH start, found[..$limit - 1] AS kept, size(found) > $limit - 1 AS truncated
WITH [start] + kept AS members, truncated
UNWIND members AS a
OPTIONAL MATCH (a)-[r:LOCATED_IN|PART_OF|IN_INDUSTRY|SUBSECTOR_OF|BUILT_BY|MEASURES|ABOUT|IN_TOWNSHIP]->(b) WHERE b IN members
WITH members, truncated, collect(DISTINCT r) AS relationships
RETURN {
  nodes: [m IN members | {
    id: m.id,
    kind: toUpper([l IN labels(m) WHERE l <> 'Node'][0]),
    label: CASE WHEN m:Indicator THEN m.statement ELSE m.name END
  }],
  edges: [r IN relationships | {type: type(r), source: startNode(r).id, target: endNode(r).id}],
  truncated: truncated
} AS subgraph`;

const W5_OURS = `query W5($id: ID!) {
  neighborhood(id: $id, depth: 2, limit: 200) {
    truncated
    nodes { id kind label }
    edges { id type source target }
  }
}`;

const W5_PEER = `query W5($id: ID!) {
  neighborhood(id: $id, limit: 200) {
    truncated
    nodes { id kind label }
    edges { type source target }
  }
}`;

/** Labels are display text (their wording may change): nodes compare by id and kind. */
const w5Canonical = (subgraph: Json) => ({
  truncated: subgraph.truncated,
  nodes: byId(arr(subgraph.nodes).map((n) => ({ id: n.id, kind: n.kind }))),
  edges: arr(subgraph.edges)
    .map((e) => `${String(e.type)}:${String(e.source)}->${String(e.target)}`)
    .sort(),
});

// ---------------------------------------------------------------- all of them

export const WORKLOADS: Record<WorkloadName, Workload> = {
  W1: {
    name: 'W1',
    title: 'W1 list',
    description: 'first 20 projects (by first mention) with total count, townships and industries',
    ours: { query: W1_OURS },
    peer: { query: W1_PEER },
    raw: { cypher: W1_CYPHER, params: [{}] },
    normalize: {
      ours: (d) => {
        const c = obj(obj(d).projects);
        return w1Canonical(c.totalCount, arr(c.nodes));
      },
      peer: (d) => {
        const c = obj(obj(d).projectsConnection);
        return w1Canonical(
          c.totalCount,
          arr(c.edges).map((e) => obj(e.node)),
        );
      },
      raw: (d) => {
        const r = obj(arr(d)[0]);
        return w1Canonical(r.total, arr(r.projects));
      },
    },
  },
  W2: {
    name: 'W2',
    title: 'W2 detail',
    description: '壶镇镇 with its projects, their milestones (with the stating sentence) and the indicators about it',
    ours: { query: W2_OURS, variables: { id: TOWNSHIP_ID } },
    peer: { query: W2_PEER, variables: { id: TOWNSHIP_ID } },
    raw: { cypher: W2_CYPHER, params: [{ id: TOWNSHIP_ID }] },
    normalize: {
      ours: (d) => {
        const t = obj(obj(d).township);
        return w2Canonical(
          t,
          arr(t.projects),
          (p) =>
            arr(p.milestones).map((m) => ({
              year: m.year,
              status: m.status,
              sentence: obj(m.sentence).id,
              text: m.statement,
            })),
          arr(t.indicators),
        );
      },
      peer: (d) => {
        const t = obj(arr(obj(d).townships)[0]);
        return w2Canonical(
          t,
          arr(t.projects),
          (p) =>
            arr(obj(p.milestonesConnection).edges).map((e) => ({
              year: obj(e.properties).year,
              status: obj(e.properties).status,
              sentence: obj(e.node).id,
              text: obj(e.node).text,
            })),
          arr(t.indicators),
        );
      },
      raw: (d) => {
        const t = obj(obj(arr(d)[0]).township);
        return w2Canonical(
          t,
          arr(t.projects),
          (p) =>
            arr(p.milestones).map((m) => ({
              year: m.year,
              status: m.status,
              sentence: obj(m.sentence).id,
              text: obj(m.sentence).text,
            })),
          arr(t.indicators),
        );
      },
    },
  },
  W3: {
    name: 'W3',
    title: 'W3 provenance',
    description: 'first 50 TARGET indicators with their metric and every mention (quote, offsets, sentence text)',
    ours: { query: W3_OURS },
    peer: { query: W3_PEER },
    raw: { cypher: W3_CYPHER, params: [{}] },
    normalize: {
      ours: (d) =>
        w3Canonical(arr(obj(obj(d).indicators).nodes), (i) =>
          arr(i.mentions).map((m) => ({
            quote: m.quote,
            start: m.start,
            end: m.end,
            sentence: obj(m.sentence).id,
            text: obj(m.sentence).text,
          })),
        ),
      peer: (d) =>
        w3Canonical(arr(obj(d).indicators), (i) =>
          arr(obj(i.mentionsConnection).edges).map((e) => ({
            quote: obj(e.properties).quote,
            start: obj(e.properties).start,
            end: obj(e.properties).end,
            sentence: obj(e.node).id,
            text: obj(e.node).text,
          })),
        ),
      raw: (d) =>
        w3Canonical(arr(obj(arr(d)[0]).indicators), (i) =>
          arr(i.mentions).map((m) => ({
            quote: m.quote,
            start: m.start,
            end: m.end,
            sentence: obj(m.sentence).id,
            text: obj(m.sentence).text,
          })),
        ),
    },
  },
  W4: {
    name: 'W4',
    title: 'W4 search',
    description: `full-text search for ${SEARCH_TERMS.join(' and ')} over entity names and sentences, best 20 of each`,
    ours: { query: W4_OURS },
    peer: { query: W4_PEER },
    raw: { cypher: W4_CYPHER, params: SEARCH_TERMS.map((term) => ({ term })) },
    normalize: {
      ours: (d) => w4Canonical([obj(d).water, obj(d).road].map((hits) => arr(hits).map((h) => obj(h.node)))),
      peer: (d) => w4Canonical([arr(obj(d).water), arr(obj(d).road)]),
      raw: (d) => w4Canonical(arr(d).map((r) => arr(r.hits).map((h) => obj(h.node)))),
    },
  },
  W5: {
    name: 'W5',
    title: 'W5 exploration',
    description: 'neighbourhood of 壶镇镇, depth 2, at most 200 nodes, with the relationships between them',
    ours: { query: W5_OURS, variables: { id: TOWNSHIP_ID } },
    peer: { query: W5_PEER, variables: { id: TOWNSHIP_ID } },
    raw: { cypher: NEIGHBORHOOD_CYPHER, params: [{ id: TOWNSHIP_ID, limit: 200 }] },
    normalize: {
      ours: (d) => w5Canonical(obj(obj(d).neighborhood)),
      peer: (d) => w5Canonical(obj(obj(d).neighborhood)),
      raw: (d) => w5Canonical(obj(obj(arr(d)[0]).subgraph)),
    },
  },
};

export const WORKLOAD_NAMES = Object.keys(WORKLOADS) as WorkloadName[];

/** W4 through @neo4j/graphql's generated @fulltext queries: the peer only, its ids per term as W4 normalizes them. */
export function normalizeFulltext(data: unknown): unknown {
  return w4Canonical(
    SEARCH_TERMS.map((_, t) =>
      FULLTEXT_QUERIES.flatMap(([alias]) => arr(obj(obj(data)[`t${t}_${alias}`]).edges).map((e) => obj(e.node))),
    ),
  );
}
