/**
 * The workloads, the same for every contestant: a GraphQL document in our dialect
 * (schema/*.graphql), one in @neo4j/graphql's dialect (bench/peers/neo4j-graphql/typeDefs.ts),
 * and hand-written Cypher for the raw endpoint. Each has a normalizer per contestant that turns
 * the response into one canonical value (ids, names, numbers; lists sorted by id), so the bench
 * can check that all three return the same data before it times them.
 *
 * Every contestant reads only what the active report builds show (src/graph/builds.ts): ours by
 * itself; the peer and raw get `$builds` (every active build) and `$counties` (their counties)
 * bound by their servers from the catalog (bench/servers/builds.ts), and filter with them.
 */

export type ContestantName = 'ours' | 'peer' | 'raw';
export const CONTESTANTS: ContestantName[] = ['ours', 'peer', 'raw'];

export type WorkloadName = 'W1' | 'W1r' | 'W2' | 'W3' | 'W3r' | 'W4' | 'W5' | 'W6';

/** The reports the load run holds: Jinyun 2023 and the two consecutive 易县 reports (the scorecard's pair). */
export const LOAD_REPORTS = [
  'data/reports/jinyun-2023.txt',
  'data/reports/dev/yixian-2018.txt',
  'data/reports/dev/yixian-2019.txt',
];
/** The report W1r and W3r are scoped to (the scale run adds copies of it). */
export const SCOPED_REPORT = 'jinyun-2023';
/** The township W2 and W5 start from: 壶镇镇 of Jinyun (its id does not change in the scale runs). */
export const TOWNSHIP_ID = 'township:331122101';
/** W4's two search terms: the one from the issue, and a second two-character term (公路, roads). */
export const SEARCH_TERMS = ['水库', '公路'] as const;
/** W6: the county and year of the scorecard, and the two reports it compares (targets, results). */
export const SCORECARD = { county: '易县', year: 2018, targets: 'yixian-2018', results: 'yixian-2019' } as const;

/** What one request sends: a GraphQL POST body, or the raw endpoint's workload name. */
export interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
}

/**
 * The raw endpoint runs `cypher` once per parameter set, concurrently (each in its own read
 * transaction), with `$builds` and `$counties` added by the server.
 */
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
  /** A short description of a canonical answer, for the report (e.g. "20 projects, total 161"). */
  describe(canonical: unknown): string;
  /** Only in the scale run (by default). */
  scaleOnly?: boolean;
  /** Needs the reports of LOAD_REPORTS (not in the scale run, which holds copies of one report). */
  loadOnly?: boolean;
}

type Json = Record<string, unknown>;
const obj = (value: unknown): Json => (value ?? {}) as Json;
const arr = (value: unknown): Json[] => (value ?? []) as Json[];
const byId = <T extends { id: unknown }>(items: T[]): T[] =>
  [...items].sort((a, b) => String(a.id).localeCompare(String(b.id)));
/**
 * Related nodes as a set: one entry per node, sorted by id. A link two reports both state is two
 * relationships (one per build); a connection lists each, our lists each node once.
 */
const refs = (items: unknown) =>
  byId([...new Map(arr(items).map((i) => [String(i.id), { id: i.id, name: i.name }])).values()]);
const edgeNodes = (connection: unknown) => arr(obj(connection).edges).map((e) => obj(e.node));

/** The peer's relationship filter: only what an active build states. */
const STATED = 'where: { edge: { build: { in: $builds } } }';
const BY_POSITION = 'sort: [{ node: { position: ASC } }, { node: { id: ASC } }]';

// ---------------------------------------------------------------- W1 list

const PROJECT_FIELDS = `id name category status
      townships { id name }
      industries { id name }`;

const PEER_PROJECT_FIELDS = `id name category status(builds: $builds)
        townshipsConnection(${STATED}, ${BY_POSITION}) { edges { node { id name } } }
        industriesConnection(${STATED}, ${BY_POSITION}) { edges { node { id name } } }`;

const W1_OURS = `query W1 {
  projects(first: 20) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      ${PROJECT_FIELDS}
    }
  }
}`;

/** A shared node's `position` orders by its earliest active report, then first mention there: our default order. */
const W1_PEER = `query W1($builds: [String!]!) {
  projectsConnection(
    first: 20
    where: { reports: { some: { build: { in: $builds } } } }
    sort: [{ position: ASC }, { id: ASC }]
  ) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        ${PEER_PROJECT_FIELDS}
      }
    }
  }
}`;

/** A project as the raw endpoint returns it: `p` bound, builds tested on every relationship. */
const RAW_PROJECT = `p {
  .id, .name, .category,
  status: COLLECT { MATCH (p)-[m:HAS_MILESTONE]->() WHERE m.build IN $builds
                    RETURN m.status ORDER BY m.year DESC, m.reportYear DESC, m.index DESC LIMIT 1 }[0],
  townships: COLLECT { MATCH (p)-[e:LOCATED_IN]->(t:Township) WHERE e.build IN $builds
                       WITH DISTINCT t ORDER BY t.position, t.id RETURN t {.id, .name} },
  industries: COLLECT { MATCH (p)-[e:IN_INDUSTRY]->(i:Industry) WHERE e.build IN $builds
                        WITH DISTINCT i ORDER BY i.position, i.id RETURN i {.id, .name} }
}`;

const W1_CYPHER = `
MATCH (p:Project) WHERE EXISTS { (p)<-[c:COVERS]-() WHERE c.build IN $builds }
WITH p ORDER BY p.position, p.id
WITH collect(p) AS members
UNWIND members[0..20] AS p
RETURN size(members) AS total, collect(${RAW_PROJECT}) AS projects`;

const W1R_OURS = `query W1r {
  projects(filter: { report: "${SCOPED_REPORT}" }, first: 20) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      ${PROJECT_FIELDS}
    }
  }
}`;

/** One report's projects: the report's COVERS relationships, in the report's order. */
const W1R_PEER = `query W1r($builds: [String!]!) {
  reports(where: { id: { eq: "${SCOPED_REPORT}" }, build: { in: $builds } }) {
    projectsConnection(first: 20, sort: [{ edge: { position: ASC } }, { node: { id: ASC } }]) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          ${PEER_PROJECT_FIELDS}
        }
      }
    }
  }
}`;

const W1R_CYPHER = `
MATCH (r:Report {id: $report}) WHERE r.build IN $builds
MATCH (r)-[c:COVERS]->(p:Project)
WITH p ORDER BY c.position, p.id
WITH collect(p) AS members
UNWIND members[0..20] AS p
RETURN size(members) AS total, collect(${RAW_PROJECT}) AS projects`;

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

const peerProject = (p: Json): Json => ({
  ...p,
  townships: edgeNodes(p.townshipsConnection),
  industries: edgeNodes(p.industriesConnection),
});

const w1Normalize: Workload['normalize'] = {
  ours: (d) => {
    const c = obj(obj(d).projects);
    return w1Canonical(c.totalCount, arr(c.nodes));
  },
  peer: (d) => {
    const c = obj(obj(d).projectsConnection);
    return w1Canonical(c.totalCount, edgeNodes(c).map(peerProject));
  },
  raw: (d) => {
    const r = obj(arr(d)[0]);
    return w1Canonical(r.total, arr(r.projects));
  },
};

const w1Describe = (canonical: unknown) => {
  const c = canonical as { total: unknown; projects: { townships: unknown[]; industries: unknown[] }[] };
  const links = c.projects.reduce((n, p) => n + p.townships.length + p.industries.length, 0);
  return `${c.projects.length} projects (total ${String(c.total)}), ${links} township/industry links`;
};

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

const W2_PEER = `query W2($id: ID!, $builds: [String!]!, $counties: [String!]!) {
  townships(where: { id: { eq: $id }, countyCode: { in: $counties } }) {
    id name shortName townshipKind
    projectsConnection(${STATED}, ${BY_POSITION}, first: 100) {
      edges {
        node {
          id name category status(builds: $builds) year(builds: $builds)
          milestonesConnection(
            ${STATED}
            sort: [{ edge: { year: ASC } }, { edge: { reportYear: ASC } }, { edge: { index: ASC } }]
          ) {
            edges { properties { year status } node { id text } }
          }
        }
      }
    }
    indicatorsConnection(${STATED}, ${BY_POSITION}, first: 100) {
      edges { node { id statement indicatorKind year value unit } }
    }
  }
}`;

const W2_CYPHER = `
MATCH (t:Township {id: $id}) WHERE t.countyCode IN $counties
RETURN t {
  .id, .name, .shortName, .townshipKind,
  projects: COLLECT {
    MATCH (t)<-[e:LOCATED_IN]-(p:Project) WHERE e.build IN $builds
    WITH DISTINCT p ORDER BY p.position, p.id LIMIT 100
    WITH p, COLLECT {
      MATCH (p)-[m:HAS_MILESTONE]->(s:Sentence) WHERE m.build IN $builds
      WITH m, s ORDER BY m.year, m.reportYear, m.index
      RETURN {year: m.year, status: m.status, sentence: s {.id, .text}}
    } AS milestones
    RETURN p {
      .id, .name, .category,
      status: milestones[-1].status, year: milestones[-1].year,
      milestones: milestones
    }
  },
  indicators: COLLECT {
    MATCH (t)<-[e:ABOUT]-(i:Indicator) WHERE e.build IN $builds
    WITH DISTINCT i ORDER BY i.position, i.id LIMIT 100
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

const INDICATOR_FIELDS = `id statement year value unit
      metric { id name }
      mentions { quote start end sentence { id text } }`;

/** An indicator's own relationships (MEASURES, MENTIONED_IN) belong to its build: no build test needed on them. */
const PEER_INDICATOR_FIELDS = `id statement year value unit
    metricsConnection { edges { node { id name } } }
    mentionsConnection(sort: [{ edge: { start: ASC } }]) {
      edges { properties { quote start end } node { id text } }
    }`;

const RAW_INDICATOR = `i {
  .id, .statement, .year, .value, .unit,
  metric: COLLECT { MATCH (i)-[:MEASURES]->(m:Metric) RETURN m {.id, .name} }[0],
  mentions: COLLECT {
    MATCH (i)-[r:MENTIONED_IN]->(s:Sentence)
    WITH r, s ORDER BY r.start
    RETURN {quote: r.quote, start: r.start, end: r.end, sentence: s {.id, .text}}
  }
}`;

/**
 * Across reports our default order is report by report (oldest first): the peer cannot sort by a
 * report's place among the active builds, so W3 asks for an order every dialect has (year, then id).
 */
const W3_OURS = `query W3 {
  indicators(filter: { kind: TARGET }, orderBy: { field: YEAR }, first: 50) {
    nodes {
      ${INDICATOR_FIELDS}
    }
  }
}`;

const W3_PEER = `query W3($builds: [String!]!) {
  indicators(
    where: { build: { in: $builds }, indicatorKind: { eq: TARGET } }
    sort: [{ year: ASC }, { id: ASC }]
    limit: 50
  ) {
    ${PEER_INDICATOR_FIELDS}
  }
}`;

const W3_CYPHER = `
MATCH (i:Indicator) WHERE i.build IN $builds AND i.indicatorKind = 'TARGET'
WITH i ORDER BY i.year, i.id LIMIT 50
RETURN collect(${RAW_INDICATOR}) AS indicators`;

const W3R_OURS = `query W3r {
  indicators(filter: { report: "${SCOPED_REPORT}", kind: TARGET }, first: 50) {
    nodes {
      ${INDICATOR_FIELDS}
    }
  }
}`;

const W3R_PEER = `query W3r($builds: [String!]!) {
  indicators(
    where: { reportId: { eq: "${SCOPED_REPORT}" }, build: { in: $builds }, indicatorKind: { eq: TARGET } }
    sort: [{ position: ASC }, { id: ASC }]
    limit: 50
  ) {
    ${PEER_INDICATOR_FIELDS}
  }
}`;

const W3R_CYPHER = `
MATCH (r:Report {id: $report}) WHERE r.build IN $builds
MATCH (i:Indicator {build: r.build}) WHERE i.indicatorKind = 'TARGET' AND i.position IS NOT NULL
WITH i ORDER BY i.position, i.id LIMIT 50
RETURN collect(${RAW_INDICATOR}) AS indicators`;

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

const ourMentions = (i: Json) =>
  arr(i.mentions).map((m) => ({
    quote: m.quote,
    start: m.start,
    end: m.end,
    sentence: obj(m.sentence).id,
    text: obj(m.sentence).text,
  }));

const w3Normalize: Workload['normalize'] = {
  ours: (d) => w3Canonical(arr(obj(obj(d).indicators).nodes), ourMentions),
  peer: (d) =>
    w3Canonical(
      arr(obj(d).indicators).map((i) => ({ ...i, metric: edgeNodes(i.metricsConnection)[0] })),
      (i) =>
        arr(obj(i.mentionsConnection).edges).map((e) => ({
          quote: obj(e.properties).quote,
          start: obj(e.properties).start,
          end: obj(e.properties).end,
          sentence: obj(e.node).id,
          text: obj(e.node).text,
        })),
    ),
  raw: (d) => w3Canonical(arr(obj(arr(d)[0]).indicators), ourMentions),
};

const w3Describe = (canonical: unknown) => {
  const list = canonical as { mentions: unknown[] }[];
  return `${list.length} indicators, ${list.reduce((n, i) => n + i.mentions.length, 0)} mentions`;
};

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
const W4_PEER = `query W4($builds: [String!]!, $counties: [String!]!) {
  water: search(phrase: "${SEARCH_TERMS[0]}", first: 20, builds: $builds, counties: $counties) { ${PEER_HIT} }
  road: search(phrase: "${SEARCH_TERMS[1]}", first: 20, builds: $builds, counties: $counties) { ${PEER_HIT} }
}`;

/**
 * Full-text search as src/graph/explore.ts runs it: both indexes, what the builds show (a
 * report's own node of an active build; a township of a loaded county; a shared entity an active
 * build names), best first. Without the final RETURN (the peer's @cypher field adds its own).
 */
export const SEARCH_CYPHER = `
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $phrase) YIELD node, score
  WHERE node.build IN $builds OR (node.build IS NULL AND (
    (node:Township AND node.countyCode IN $counties) OR EXISTS { (node)<-[c:COVERS]-() WHERE c.build IN $builds }))
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('sentence_text', $phrase) YIELD node, score
  WHERE node.build IN $builds
  RETURN node, score
}
WITH node, score ORDER BY score DESC, node.id LIMIT $first`;

/** Peer, the other way its dialect offers: one generated @fulltext query per type (9 per term), no build filter. */
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
const W4_CYPHER = `${SEARCH_CYPHER}
RETURN $phrase AS term, collect({
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

const ENTITY_RELATIONSHIPS = 'LOCATED_IN|PART_OF|IN_INDUSTRY|SUBSECTOR_OF|BUILT_BY|MEASURES|ABOUT|IN_TOWNSHIP';
const ENTITY_LABELS = "['Township', 'Village', 'Platform', 'Industry', 'Enterprise', 'Project', 'Indicator', 'Metric']";

/**
 * The neighbourhood query, as src/graph/explore.ts writes it for depth 2 over the entity
 * relationships the active builds state (limit 200, every entity kind). @neo4j/graphql has no
 * traversal of its own: its W5 is a @cypher field running this same statement, and so does the
 * raw endpoint, so W5 compares the layers around one query.
 */
export const NEIGHBORHOOD_CYPHER = `
MATCH (start:Node {id: $id}) WHERE start.build IN $builds OR (start.build IS NULL AND (
  ((start:County OR start:Township) AND start.countyCode IN $counties)
  OR EXISTS { (start)<-[c:COVERS]-() WHERE c.build IN $builds }))
OPTIONAL MATCH path = (start)-[:${ENTITY_RELATIONSHIPS}*1..2]-(n)
WHERE n <> start AND all(r IN relationships(path) WHERE r.build IN $builds)
  AND all(x IN nodes(path)[1..] WHERE any(l IN labels(x) WHERE l IN ${ENTITY_LABELS}))
WITH start, n, min(length(path)) AS distance
ORDER BY distance, n.position, n.id
WITH start, collect(n) AS found
WITH start, found[..$limit - 1] AS kept, size(found) > $limit - 1 AS truncated
WITH [start] + kept AS members, truncated
UNWIND members AS a
OPTIONAL MATCH (a)-[r:${ENTITY_RELATIONSHIPS}]->(b) WHERE b IN members AND r.build IN $builds
WITH members, truncated, collect(DISTINCT CASE WHEN r IS NULL THEN null ELSE {type: type(r), source: a.id, target: b.id} END) AS edges
RETURN {
  nodes: [m IN members | {
    id: m.id,
    kind: toUpper([l IN labels(m) WHERE l <> 'Node'][0]),
    label: CASE WHEN m:Indicator THEN m.statement ELSE m.name END
  }],
  edges: edges,
  truncated: truncated
} AS subgraph`;

const W5_OURS = `query W5($id: ID!) {
  neighborhood(id: $id, depth: 2, limit: 200) {
    truncated
    nodes { id kind label }
    edges { id type source target }
  }
}`;

const W5_PEER = `query W5($id: ID!, $builds: [String!]!, $counties: [String!]!) {
  neighborhood(id: $id, limit: 200, builds: $builds, counties: $counties) {
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

// ---------------------------------------------------------------- W6 scorecard

const W6_OURS = `query W6 {
  scorecard(county: "${SCORECARD.county}", year: ${SCORECARD.year}) {
    year
    targetReport { id }
    resultReport { id }
    counts { assessment count }
    items {
      assessment reason
      metric { id name }
      targets { id value unit comparator stretch }
      results { id value unit metric { id } }
    }
  }
}`;

/**
 * The peer (and raw) cannot assess (src/model/assessment.ts converts units and compares): they
 * fetch what the assessment needs, the metrics with a target of the year in the targets report,
 * each with those targets and the results the next report gives for the year. They are told the
 * two reports; ours finds them from the county and year. Ours also gives a target without results
 * of its own the results of the same measure worded differently (src/model/measures.ts), which
 * neither of the others can: those are left out of the comparison (ours still computes them).
 */
const indicatorsOf = (report: string, kind: 'TARGET' | 'RESULT') =>
  `{ reportId: { eq: "${report}" }, build: { in: $builds }, indicatorKind: { eq: ${kind} }, year: { eq: ${SCORECARD.year} } }`;
const W6_PEER = `query W6($builds: [String!]!) {
  metrics(where: { indicators: { some: ${indicatorsOf(SCORECARD.targets, 'TARGET')} } }) {
    id name
    targets: indicators(where: ${indicatorsOf(SCORECARD.targets, 'TARGET')}, sort: [{ position: ASC }]) {
      id value unit comparator stretch
    }
    results: indicators(where: ${indicatorsOf(SCORECARD.results, 'RESULT')}, sort: [{ position: ASC }]) {
      id value unit
    }
  }
}`;

const W6_CYPHER = `
MATCH (r:Report {id: $targets}) WHERE r.build IN $builds
OPTIONAL MATCH (n:Report {id: $results}) WHERE n.build IN $builds
MATCH (t:Indicator {build: r.build}) WHERE t.indicatorKind = 'TARGET' AND t.year = $year
WITH n, t ORDER BY t.position
MATCH (t)-[:MEASURES]->(m:Metric)
WITH n, m, collect(t {.id, .value, .unit, .comparator, .stretch}) AS targets
RETURN collect(m {
  .id, .name, targets: targets,
  results: COLLECT { MATCH (m)<-[:MEASURES]-(i:Indicator {build: n.build})
                     WHERE i.indicatorKind = 'RESULT' AND i.year = $year
                     RETURN i {.id, .value, .unit} ORDER BY i.position }
}) AS metrics`;

const w6Canonical = (items: { metric: Json; targets: unknown; results: unknown }[]) =>
  byId(
    items.map((i) => ({
      id: i.metric.id,
      name: i.metric.name,
      targets: byId(arr(i.targets).map((t) => ({ id: t.id, value: t.value, unit: t.unit ?? null }))),
      results: byId(arr(i.results).map((t) => ({ id: t.id, value: t.value, unit: t.unit ?? null }))),
    })),
  );

// ---------------------------------------------------------------- all of them

export const WORKLOADS: Record<WorkloadName, Workload> = {
  W1: {
    name: 'W1',
    title: 'W1 list',
    description: 'first 20 projects of all reports (default order) with total count, status, townships and industries',
    ours: { query: W1_OURS },
    peer: { query: W1_PEER },
    raw: { cypher: W1_CYPHER, params: [{}] },
    normalize: w1Normalize,
    describe: w1Describe,
  },
  W1r: {
    name: 'W1r',
    title: 'W1r list of one report',
    description: `W1 scoped to one report (${SCOPED_REPORT}), in that report's order`,
    ours: { query: W1R_OURS },
    peer: { query: W1R_PEER },
    raw: { cypher: W1R_CYPHER, params: [{ report: SCOPED_REPORT }] },
    normalize: {
      ...w1Normalize,
      peer: (d) => {
        const c = obj(obj(arr(obj(d).reports)[0]).projectsConnection);
        return w1Canonical(c.totalCount, edgeNodes(c).map(peerProject));
      },
    },
    describe: w1Describe,
    scaleOnly: true,
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
          edgeNodes(t.projectsConnection),
          (p) =>
            arr(obj(p.milestonesConnection).edges).map((e) => ({
              year: obj(e.properties).year,
              status: obj(e.properties).status,
              sentence: obj(e.node).id,
              text: obj(e.node).text,
            })),
          edgeNodes(t.indicatorsConnection),
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
    describe: (canonical) => {
      const c = canonical as { projects: { milestones: unknown[] }[]; indicators: unknown[] };
      const milestones = c.projects.reduce((n, p) => n + p.milestones.length, 0);
      return `${c.projects.length} projects, ${milestones} milestones, ${c.indicators.length} indicators`;
    },
  },
  W3: {
    name: 'W3',
    title: 'W3 provenance',
    description:
      'first 50 TARGET indicators of all reports (by year, then id) with their metric and every mention (quote, offsets, sentence text)',
    ours: { query: W3_OURS },
    peer: { query: W3_PEER },
    raw: { cypher: W3_CYPHER, params: [{}] },
    normalize: w3Normalize,
    describe: w3Describe,
  },
  W3r: {
    name: 'W3r',
    title: 'W3r provenance in one report',
    description: `first 50 TARGET indicators of one report (${SCOPED_REPORT}, reading order) with metric and mentions`,
    ours: { query: W3R_OURS },
    peer: { query: W3R_PEER },
    raw: { cypher: W3R_CYPHER, params: [{ report: SCOPED_REPORT }] },
    normalize: w3Normalize,
    describe: w3Describe,
    scaleOnly: true,
  },
  W4: {
    name: 'W4',
    title: 'W4 search',
    description: `full-text search for ${SEARCH_TERMS.join(' and ')} over entity names and sentences, best 20 of each`,
    ours: { query: W4_OURS },
    peer: { query: W4_PEER },
    raw: { cypher: W4_CYPHER, params: SEARCH_TERMS.map((phrase) => ({ phrase, first: 20 })) },
    normalize: {
      ours: (d) => w4Canonical([obj(d).water, obj(d).road].map((hits) => arr(hits).map((h) => obj(h.node)))),
      peer: (d) => w4Canonical([arr(obj(d).water), arr(obj(d).road)]),
      raw: (d) => w4Canonical(arr(d).map((r) => arr(r.hits).map((h) => obj(h.node)))),
    },
    describe: (canonical) =>
      (canonical as string[]).map((ids) => `${ids ? ids.split(' ').length : 0} hits`).join(' + '),
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
    describe: (canonical) => {
      const c = canonical as { nodes: unknown[]; edges: unknown[]; truncated: unknown };
      return `${c.nodes.length} nodes, ${c.edges.length} edges, truncated ${String(c.truncated)}`;
    },
  },
  W6: {
    name: 'W6',
    title: 'W6 scorecard',
    description: `targets ${SCORECARD.county} set for ${SCORECARD.year} against the results the next report gives (ours also assesses them)`,
    ours: { query: W6_OURS },
    peer: { query: W6_PEER },
    raw: {
      cypher: W6_CYPHER,
      params: [{ targets: SCORECARD.targets, results: SCORECARD.results, year: SCORECARD.year }],
    },
    normalize: {
      ours: (d) =>
        w6Canonical(
          arr(obj(obj(d).scorecard).items).map((i) => ({
            metric: obj(i.metric),
            targets: i.targets,
            results: arr(i.results).filter((r) => obj(r.metric).id === obj(i.metric).id),
          })),
        ),
      peer: (d) => w6Canonical(arr(obj(d).metrics).map((m) => ({ metric: m, targets: m.targets, results: m.results }))),
      raw: (d) =>
        w6Canonical(arr(obj(arr(d)[0]).metrics).map((m) => ({ metric: m, targets: m.targets, results: m.results }))),
    },
    describe: (canonical) => {
      const items = canonical as { targets: unknown[]; results: unknown[] }[];
      const results = items.filter((i) => i.results.length).length;
      return `${items.length} metrics with a target, ${results} with a result`;
    },
    loadOnly: true,
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
