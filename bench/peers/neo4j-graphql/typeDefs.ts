import { NEIGHBORHOOD_CYPHER } from '../../lib/workloads';

/**
 * The report graph as @neo4j/graphql 7 sees it: the labels, properties and
 * relationships src/graph/writer.ts stores (every node also carries :Node, which
 * the generated Cypher does not need). Property names are the stored ones
 * (indicatorKind, townshipKind …): this dialect exposes the graph as it is.
 *
 * Beyond what the library generates:
 * - @fulltext on every searchable type, over the indexes cypher/schema.cypher
 *   creates (entity_names: name + aliasText; sentence_text: text);
 * - Query.search: one ranking over both indexes, as a @cypher field returning a
 *   union (the generated @fulltext queries rank one type at a time);
 * - Query.neighborhood: a @cypher field (the library has no traversal of its own)
 *   running the statement our server runs for depth 2.
 */

const ENTITY_NAMES = (type: string) =>
  `@fulltext(indexes: [{ indexName: "entity_names", queryName: "${type}ByName", fields: ["name", "aliasText"] }])`;

const MENTIONS = `mentions: [Sentence!]! @relationship(type: "MENTIONED_IN", direction: OUT, properties: "MentionedIn")`;
const ENTITY = `id: ID!
  name: String!
  aliasText: String
  position: Float!
  mentionCount: Int!`;

export const typeDefs = /* GraphQL */ `
enum IndicatorKind {
  TARGET
  RESULT
}

type MentionedIn @relationshipProperties {
  quote: String!
  start: Int!
  end: Int!
}

type HasMilestone @relationshipProperties {
  year: Int!
  status: String!
}

type Sentence
  @node
  @fulltext(indexes: [{ indexName: "sentence_text", queryName: "sentencesByText", fields: ["text"] }]) {
  id: ID!
  index: Int!
  text: String!
  start: Int!
  end: Int!
  year: Int!
}

type Township @node ${ENTITY_NAMES('townships')} {
  ${ENTITY}
  shortName: String!
  townshipKind: String!
  projects: [Project!]! @relationship(type: "LOCATED_IN", direction: IN)
  indicators: [Indicator!]! @relationship(type: "ABOUT", direction: IN)
  villages: [Village!]! @relationship(type: "IN_TOWNSHIP", direction: IN)
  enterprises: [Enterprise!]! @relationship(type: "LOCATED_IN", direction: IN)
  platforms: [Platform!]! @relationship(type: "LOCATED_IN", direction: IN)
  ${MENTIONS}
}

type Village @node ${ENTITY_NAMES('villages')} {
  ${ENTITY}
  township: Township @relationship(type: "IN_TOWNSHIP", direction: OUT)
  ${MENTIONS}
}

type Platform @node ${ENTITY_NAMES('platforms')} {
  ${ENTITY}
  platformKind: String
  townships: [Township!]! @relationship(type: "LOCATED_IN", direction: OUT)
  industries: [Industry!]! @relationship(type: "IN_INDUSTRY", direction: OUT)
  projects: [Project!]! @relationship(type: "PART_OF", direction: IN)
  indicators: [Indicator!]! @relationship(type: "ABOUT", direction: IN)
  ${MENTIONS}
}

type Industry @node ${ENTITY_NAMES('industries')} {
  ${ENTITY}
  parent: Industry @relationship(type: "SUBSECTOR_OF", direction: OUT)
  subsectors: [Industry!]! @relationship(type: "SUBSECTOR_OF", direction: IN)
  projects: [Project!]! @relationship(type: "IN_INDUSTRY", direction: IN)
  enterprises: [Enterprise!]! @relationship(type: "IN_INDUSTRY", direction: IN)
  platforms: [Platform!]! @relationship(type: "IN_INDUSTRY", direction: IN)
  indicators: [Indicator!]! @relationship(type: "ABOUT", direction: IN)
  ${MENTIONS}
}

type Enterprise @node ${ENTITY_NAMES('enterprises')} {
  ${ENTITY}
  industries: [Industry!]! @relationship(type: "IN_INDUSTRY", direction: OUT)
  townships: [Township!]! @relationship(type: "LOCATED_IN", direction: OUT)
  projects: [Project!]! @relationship(type: "BUILT_BY", direction: IN)
  indicators: [Indicator!]! @relationship(type: "ABOUT", direction: IN)
  ${MENTIONS}
}

type Project @node ${ENTITY_NAMES('projects')} {
  ${ENTITY}
  aliases: [String!]
  category: String!
  year: Int
  status: String
  milestones: [Sentence!]! @relationship(type: "HAS_MILESTONE", direction: OUT, properties: "HasMilestone")
  townships: [Township!]! @relationship(type: "LOCATED_IN", direction: OUT)
  industries: [Industry!]! @relationship(type: "IN_INDUSTRY", direction: OUT)
  platforms: [Platform!]! @relationship(type: "PART_OF", direction: OUT)
  enterprises: [Enterprise!]! @relationship(type: "BUILT_BY", direction: OUT)
  indicators: [Indicator!]! @relationship(type: "ABOUT", direction: IN)
  ${MENTIONS}
}

type Indicator @node ${ENTITY_NAMES('indicators')} {
  ${ENTITY}
  indicatorKind: IndicatorKind!
  year: Int!
  value: Float!
  unit: String
  comparator: String!
  stretch: Boolean!
  statement: String!
  metric: Metric @relationship(type: "MEASURES", direction: OUT)
  townships: [Township!]! @relationship(type: "ABOUT", direction: OUT)
  industries: [Industry!]! @relationship(type: "ABOUT", direction: OUT)
  platforms: [Platform!]! @relationship(type: "ABOUT", direction: OUT)
  projects: [Project!]! @relationship(type: "ABOUT", direction: OUT)
  enterprises: [Enterprise!]! @relationship(type: "ABOUT", direction: OUT)
  ${MENTIONS}
}

type Metric @node ${ENTITY_NAMES('metrics')} {
  ${ENTITY}
  unit: String
  indicators: [Indicator!]! @relationship(type: "MEASURES", direction: IN)
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
  "Entity names and sentences matching the phrase, best first (score, then id), like our Query.search."
  search(phrase: String!, first: Int! = 20): [SearchResult!]!
    @cypher(
      statement: """
      CALL () {
        CALL db.index.fulltext.queryNodes('entity_names', $phrase) YIELD node, score RETURN node, score
        UNION ALL
        CALL db.index.fulltext.queryNodes('sentence_text', $phrase) YIELD node, score RETURN node, score
      }
      WITH node, score ORDER BY score DESC, node.id LIMIT $first
      RETURN node
      """
      columnName: "node"
    )

  "The depth-2 neighbourhood of a node over entity relationships, at most limit nodes."
  neighborhood(id: ID!, limit: Int! = 200): Subgraph
    @cypher(
      statement: """
      ${NEIGHBORHOOD_CYPHER.trim()}
      """
      columnName: "subgraph"
    )
}
`;
