import { NEIGHBORHOOD_CYPHER, SEARCH_CYPHER } from '../../lib/workloads';

/**
 * The report graph as @neo4j/graphql 7 sees it: the labels, properties and relationships
 * src/graph/writer.ts stores (every node also carries :Node, which the generated Cypher does not
 * need). Property names are the stored ones (indicatorKind, townshipKind …): this dialect exposes
 * the graph as it is.
 *
 * Versioned report builds (src/graph/builds.ts) are part of the graph, so the peer must respect
 * them too: a reader sees a report's own nodes and the relationships a report states only when
 * their `build` is active. The library has no notion of that, so the workloads say it in the
 * library's own dialect: a `where` on the `build` of nodes and of relationship properties
 * (connection `edge` filters), with `$builds` (and `$counties`) bound by the peer's server from
 * the catalog exactly as ours binds them (bench/servers/builds.ts). Values the graph derives from
 * active builds only (a project's status and year: its latest milestone) are @cypher fields taking
 * the builds as an argument.
 *
 * Beyond what the library generates:
 * - @fulltext on every searchable type, over the indexes cypher/schema.cypher creates
 *   (entity_names: name + aliasText; sentence_text: text);
 * - Query.search: one ranking over both indexes, as a @cypher field returning a union (the
 *   generated @fulltext queries rank one type at a time), with our visibility rules;
 * - Query.neighborhood: a @cypher field (the library has no traversal of its own) running the
 *   statement our server runs for depth 2.
 */

const ENTITY_NAMES = (type: string) =>
  `@fulltext(indexes: [{ indexName: "entity_names", queryName: "${type}ByName", fields: ["name", "aliasText"] }])`;

/** Relationships a report states: each carries the build that states it. */
const rel = (field: string, target: string, type: string, direction: 'IN' | 'OUT') =>
  `${field}: [${target}!]! @relationship(type: "${type}", direction: ${direction}, properties: "Stated")`;

const MENTIONS = `mentions: [Sentence!]! @relationship(type: "MENTIONED_IN", direction: OUT, properties: "MentionedIn")`;
const SHARED = `id: ID!
  name: String!
  countyCode: String!
  aliasText: String
  position: Float!`;
const OWNED = `id: ID!
  build: String!
  reportId: String!`;

/**
 * The latest milestone among the active builds (by year, report year, reading order), like ours.
 * Always one row: a @cypher field that returns none drops its parent from the result.
 */
const latest = (field: string, type: string) =>
  `${field}(builds: [String!]!): ${type}
    @cypher(
      statement: """
      RETURN COLLECT {
        MATCH (this)-[m:HAS_MILESTONE]->() WHERE m.build IN $builds
        RETURN m.${field} ORDER BY m.year DESC, m.reportYear DESC, m.index DESC LIMIT 1
      }[0] AS value
      """
      columnName: "value"
    )`;

export const typeDefs = /* GraphQL */ `
enum IndicatorKind {
  TARGET
  RESULT
}

type Stated @relationshipProperties {
  build: String!
}

type Covers @relationshipProperties {
  build: String!
  position: Float!
  mentionCount: Int!
}

type MentionedIn @relationshipProperties {
  build: String!
  quote: String!
  start: Int!
  end: Int!
}

type HasMilestone @relationshipProperties {
  build: String!
  year: Int!
  status: String!
  stage: String!
  reportYear: Int!
  index: Int!
}

type Report @node {
  ${OWNED}
  title: String!
  countyCode: String!
  year: Int!
  resultsYear: Int!
  projects: [Project!]! @relationship(type: "COVERS", direction: OUT, properties: "Covers")
}

type Sentence
  @node
  @fulltext(indexes: [{ indexName: "sentence_text", queryName: "sentencesByText", fields: ["text"] }]) {
  ${OWNED}
  index: Int!
  text: String!
  start: Int!
  end: Int!
  year: Int!
}

type Township @node ${ENTITY_NAMES('townships')} {
  ${SHARED}
  code: String!
  shortName: String!
  townshipKind: String!
  ${rel('projects', 'Project', 'LOCATED_IN', 'IN')}
  ${rel('indicators', 'Indicator', 'ABOUT', 'IN')}
  ${rel('villages', 'Village', 'IN_TOWNSHIP', 'IN')}
  ${rel('enterprises', 'Enterprise', 'LOCATED_IN', 'IN')}
  ${rel('platforms', 'Platform', 'LOCATED_IN', 'IN')}
  ${MENTIONS}
}

type Village @node ${ENTITY_NAMES('villages')} {
  ${SHARED}
  ${rel('townships', 'Township', 'IN_TOWNSHIP', 'OUT')}
  ${MENTIONS}
}

type Platform @node ${ENTITY_NAMES('platforms')} {
  ${SHARED}
  platformKind: String
  ${rel('townships', 'Township', 'LOCATED_IN', 'OUT')}
  ${rel('industries', 'Industry', 'IN_INDUSTRY', 'OUT')}
  ${rel('projects', 'Project', 'PART_OF', 'IN')}
  ${rel('indicators', 'Indicator', 'ABOUT', 'IN')}
  ${MENTIONS}
}

type Industry @node ${ENTITY_NAMES('industries')} {
  ${SHARED}
  ${rel('parents', 'Industry', 'SUBSECTOR_OF', 'OUT')}
  ${rel('subsectors', 'Industry', 'SUBSECTOR_OF', 'IN')}
  ${rel('projects', 'Project', 'IN_INDUSTRY', 'IN')}
  ${rel('enterprises', 'Enterprise', 'IN_INDUSTRY', 'IN')}
  ${rel('platforms', 'Platform', 'IN_INDUSTRY', 'IN')}
  ${rel('indicators', 'Indicator', 'ABOUT', 'IN')}
  ${MENTIONS}
}

type Enterprise @node ${ENTITY_NAMES('enterprises')} {
  ${SHARED}
  ${rel('industries', 'Industry', 'IN_INDUSTRY', 'OUT')}
  ${rel('townships', 'Township', 'LOCATED_IN', 'OUT')}
  ${rel('projects', 'Project', 'BUILT_BY', 'IN')}
  ${rel('indicators', 'Indicator', 'ABOUT', 'IN')}
  ${MENTIONS}
}

type Project @node ${ENTITY_NAMES('projects')} {
  ${SHARED}
  category: String!
  ${latest('status', 'String')}
  ${latest('year', 'Int')}
  milestones: [Sentence!]! @relationship(type: "HAS_MILESTONE", direction: OUT, properties: "HasMilestone")
  reports: [Report!]! @relationship(type: "COVERS", direction: IN, properties: "Covers")
  ${rel('townships', 'Township', 'LOCATED_IN', 'OUT')}
  ${rel('industries', 'Industry', 'IN_INDUSTRY', 'OUT')}
  ${rel('platforms', 'Platform', 'PART_OF', 'OUT')}
  ${rel('enterprises', 'Enterprise', 'BUILT_BY', 'OUT')}
  ${rel('indicators', 'Indicator', 'ABOUT', 'IN')}
  ${MENTIONS}
}

type Indicator @node ${ENTITY_NAMES('indicators')} {
  ${OWNED}
  name: String!
  aliasText: String
  countyCode: String!
  position: Float!
  indicatorKind: IndicatorKind!
  year: Int!
  value: Float!
  unit: String
  comparator: String!
  stretch: Boolean!
  statement: String!
  metricId: String!
  ${rel('metrics', 'Metric', 'MEASURES', 'OUT')}
  ${rel('townships', 'Township', 'ABOUT', 'OUT')}
  ${rel('industries', 'Industry', 'ABOUT', 'OUT')}
  ${rel('platforms', 'Platform', 'ABOUT', 'OUT')}
  ${rel('projects', 'Project', 'ABOUT', 'OUT')}
  ${rel('enterprises', 'Enterprise', 'ABOUT', 'OUT')}
  ${MENTIONS}
}

type Metric @node ${ENTITY_NAMES('metrics')} {
  ${SHARED}
  unit: String
  ${rel('indicators', 'Indicator', 'MEASURES', 'IN')}
}

union SearchResult = Township | Village | Platform | Industry | Enterprise | Project | Indicator | Metric | Sentence

type SubgraphNode {
  id: ID!
  kind: String!
  label: String!
}

type SubgraphEdge {
  type: String!
  source: ID!
  target: ID!
}

type Subgraph {
  nodes: [SubgraphNode!]!
  edges: [SubgraphEdge!]!
  truncated: Boolean!
}

type Query {
  "Entity names and sentences matching the phrase that the builds show, best first (score, then id), like our Query.search."
  search(phrase: String!, first: Int! = 20, builds: [String!]!, counties: [String!]!): [SearchResult!]!
    @cypher(
      statement: """
      ${SEARCH_CYPHER.trim()}
      RETURN node
      """
      columnName: "node"
    )

  "The depth-2 neighbourhood of a node over the relationships the builds state, at most limit nodes."
  neighborhood(id: ID!, limit: Int! = 200, builds: [String!]!, counties: [String!]!): Subgraph
    @cypher(
      statement: """
      ${NEIGHBORHOOD_CYPHER.trim()}
      """
      columnName: "subgraph"
    )
}
`;
