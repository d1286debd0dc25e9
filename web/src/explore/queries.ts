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
  label: string;
  snippet: string;
  node: { id: string };
}

export const SEARCH = /* GraphQL */ `
  query ExplorerSearch($text: String!, $first: Int!, $report: ID) {
    search(text: $text, first: $first, report: $report) {
      score
      kind
      label
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

export interface ReportRef {
  id: string;
  label: string;
}

export interface Mention {
  quote: string;
  start: number;
  end: number;
  sentence: { id: string; text: string; start: number; year: number };
  report: ReportRef;
}

/** Which reports each node belongs to: a shared node to those naming it, a statement to its own. */
export const NODE_REPORTS = /* GraphQL */ `
  query ExplorerNodeReports($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
      ... on Township {
        reports {
          id
        }
      }
      ... on Village {
        reports {
          id
        }
      }
      ... on Platform {
        reports {
          id
        }
      }
      ... on Industry {
        reports {
          id
        }
      }
      ... on Enterprise {
        reports {
          id
        }
      }
      ... on Project {
        reports {
          id
        }
      }
      ... on Metric {
        reports {
          id
        }
      }
      ... on Indicator {
        report {
          id
        }
      }
      ... on Sentence {
        report {
          id
        }
      }
    }
  }
`;
export type NodeReportsData = {
  nodes: ({ id: string; reports?: { id: string }[]; report?: { id: string } } | null)[];
};

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
      milestones: { year: number; status: string; statement: string; report: ReportRef }[];
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
      reports: ReportRef[];
      indicators: { id: string; kind: string; year: number; statement: string; report: ReportRef }[];
    } & Named)
  | {
      __typename: 'Sentence';
      id: string;
      index: number;
      year: number;
      text: string;
      start: number;
      report: ReportRef;
      entities: { name: string; quote: string; start: number; end: number }[];
    };

interface Mentioned {
  mentions: Mention[];
  /** The reports that name a shared node (absent on a statement, which has one report). */
  reports?: ReportRef[];
  report?: ReportRef;
}

export const NODE_DETAILS = /* GraphQL */ `
  query ExplorerNode($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Township {
        name
        reports {
          ...ReportRef
        }
        shortName
        kindLabel
        mentionCount
        mentions(first: 60) {
          ...Evidence
        }
      }
      ... on Village {
        name
        reports {
          ...ReportRef
        }
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
        reports {
          ...ReportRef
        }
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
        reports {
          ...ReportRef
        }
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
        reports {
          ...ReportRef
        }
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
        reports {
          ...ReportRef
        }
        aliases
        latestYear: year
        status
        category
        milestones {
          year
          status
          statement
          report {
            ...ReportRef
          }
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
        report {
          ...ReportRef
        }
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
        reports {
          ...ReportRef
        }
        indicators {
          id
          kind
          year
          statement
          report {
            ...ReportRef
          }
        }
      }
      ... on Sentence {
        index
        year
        text
        start
        report {
          ...ReportRef
        }
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
    report {
      ...ReportRef
    }
  }

  fragment ReportRef on Report {
    id
    label
  }
`;
export type NodeDetailsData = { node: NodeDetails | null };
