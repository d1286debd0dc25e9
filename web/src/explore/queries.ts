/** The GraphQL operations the explorer sends, and the shapes of their answers. */
import type { EntityKind } from '../kinds';

export interface SubgraphNode {
  id: string;
  kind: EntityKind;
  label: string;
}

export interface SubgraphEdge {
  id: string;
  type: string;
  source: string;
  target: string;
}

export interface SearchHit {
  score: number;
  kind: EntityKind;
  snippet: string;
  node: { id: string };
}

export const SEARCH = /* GraphQL */ `
  query ExplorerSearch($text: String!, $first: Int!) {
    search(text: $text, first: $first) {
      score
      kind
      snippet
      node {
        id
      }
    }
  }
`;
export type SearchData = { search: SearchHit[] };

export const NEIGHBORHOOD = /* GraphQL */ `
  query ExplorerNeighborhood($id: ID!, $limit: Int!, $kinds: [EntityKind!]) {
    neighborhood(id: $id, depth: 1, limit: $limit, kinds: $kinds) {
      truncated
      nodes {
        id
        kind
        label
      }
      edges {
        id
        type
        source
        target
      }
    }
  }
`;
export type NeighborhoodData = { neighborhood: { truncated: boolean; nodes: SubgraphNode[]; edges: SubgraphEdge[] } };

export const SHORTEST_PATH = /* GraphQL */ `
  query ExplorerShortestPath($fromId: ID!, $toId: ID!) {
    shortestPath(fromId: $fromId, toId: $toId, maxLength: 8) {
      length
      nodes {
        id
        kind
        label
      }
      edges {
        id
        type
        source
        target
      }
    }
  }
`;
export type ShortestPathData = {
  shortestPath: { length: number; nodes: SubgraphNode[]; edges: SubgraphEdge[] } | null;
};

export interface Mention {
  quote: string;
  start: number;
  end: number;
  sentence: { id: string; text: string; start: number; year: number };
}

interface Named {
  id: string;
  name: string;
}

export type NodeDetails =
  | ({ __typename: 'Township'; shortName: string; kindLabel: string; mentionCount: number } & Named & Mentioned)
  | ({ __typename: 'Village'; township: Named | null; mentionCount: number } & Named & Mentioned)
  | ({ __typename: 'Platform'; platformKind: string; townships: Named[]; mentionCount: number } & Named & Mentioned)
  | ({ __typename: 'Industry'; parent: Named | null; subsectors: Named[]; mentionCount: number } & Named & Mentioned)
  | ({ __typename: 'Enterprise'; industries: Named[]; townships: Named[]; mentionCount: number } & Named & Mentioned)
  | ({
      __typename: 'Project';
      aliases: string[];
      latestYear: number | null;
      status: string | null;
      category: string;
      milestones: { year: number; status: string; statement: string }[];
      mentionCount: number;
    } & Named &
      Mentioned)
  | ({
      __typename: 'Indicator';
      id: string;
      kind: 'TARGET' | 'RESULT';
      year: number;
      value: number;
      unit: string | null;
      comparator: string;
      stretch: boolean;
      statement: string;
      metric: Named;
    } & Mentioned)
  | ({
      __typename: 'Metric';
      unit: string | null;
      indicators: { id: string; kind: string; year: number; statement: string }[];
    } & Named)
  | {
      __typename: 'Sentence';
      id: string;
      index: number;
      year: number;
      text: string;
      start: number;
      entities: { name: string; quote: string; start: number; end: number }[];
    };

interface Mentioned {
  mentions: Mention[];
}

export const NODE_DETAILS = /* GraphQL */ `
  query ExplorerNode($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Township {
        name
        shortName
        kindLabel
        mentionCount
        mentions(first: 60) {
          ...Evidence
        }
      }
      ... on Village {
        name
        township {
          id
          name
        }
        mentionCount
        mentions(first: 60) {
          ...Evidence
        }
      }
      ... on Platform {
        name
        platformKind
        townships {
          id
          name
        }
        mentionCount
        mentions(first: 60) {
          ...Evidence
        }
      }
      ... on Industry {
        name
        parent {
          id
          name
        }
        subsectors {
          id
          name
        }
        mentionCount
        mentions(first: 60) {
          ...Evidence
        }
      }
      ... on Enterprise {
        name
        industries {
          id
          name
        }
        townships {
          id
          name
        }
        mentionCount
        mentions(first: 60) {
          ...Evidence
        }
      }
      ... on Project {
        name
        aliases
        latestYear: year
        status
        category
        milestones {
          year
          status
          statement
        }
        mentionCount
        mentions(first: 60) {
          ...Evidence
        }
      }
      ... on Indicator {
        kind
        year
        value
        unit
        comparator
        stretch
        statement
        metric {
          id
          name
        }
        mentions(first: 20) {
          ...Evidence
        }
      }
      ... on Metric {
        name
        unit
        indicators {
          id
          kind
          year
          statement
        }
      }
      ... on Sentence {
        index
        year
        text
        start
        entities {
          name
          quote
          start
          end
        }
      }
    }
  }

  fragment Evidence on Mention {
    quote
    start
    end
    sentence {
      id
      text
      start
      year
    }
  }
`;
export type NodeDetailsData = { node: NodeDetails | null };
