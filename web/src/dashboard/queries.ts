/** The GraphQL operations the dashboard sends, and the shapes of their answers. */
import { gql } from '../api';

export interface PageOf<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: T[];
}

interface Named {
  id: string;
  name: string;
}

export interface Evidence {
  id: string;
  text: string;
}

export interface IndicatorRow {
  id: string;
  kind: 'TARGET' | 'RESULT';
  year: number;
  value: number;
  unit: string | null;
  comparator: string;
  stretch: boolean;
  statement: string;
  metric: Named & { unit: string | null };
  sentence: Evidence;
  townships: Named[];
}

export const INDICATORS = /* GraphQL */ `
  query DashboardIndicators($report: ID!, $after: String) {
    indicators(filter: { report: $report }, first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
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
          unit
        }
        sentence {
          id
          text
        }
        townships {
          id
          name
        }
      }
    }
  }
`;

export interface ProjectRow {
  id: string;
  name: string;
  category: string;
  stage: string | null;
  status: string | null;
  timeline: { year: number; stage: string; status: string; report: { id: string }; sentence: Evidence }[];
  townships: Named[];
}

export const PROJECTS = /* GraphQL */ `
  query DashboardProjects($report: ID!, $after: String) {
    projects(filter: { report: $report }, orderBy: { field: POSITION }, first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        category
        stage
        status
        timeline {
          year
          stage
          status
          report {
            id
          }
          sentence {
            id
            text
          }
        }
        townships {
          id
          name
        }
      }
    }
  }
`;

export interface ScorecardIndicator {
  id: string;
  value: number;
  unit: string | null;
  comparator: string;
  stretch: boolean;
  statement: string;
  sentence: Evidence;
  report: { id: string; label: string };
}

export interface ScorecardItem {
  metric: Named;
  assessment: string;
  reason: string;
  targets: ScorecardIndicator[];
  results: ScorecardIndicator[];
}

export interface Scorecard {
  year: number;
  targetReport: { id: string; label: string };
  resultReport: { id: string; label: string } | null;
  counts: { assessment: string; count: number }[];
  items: ScorecardItem[];
}

export const SCORECARD = /* GraphQL */ `
  query DashboardScorecard($county: String!, $year: Int!) {
    scorecard(county: $county, year: $year) {
      year
      targetReport {
        id
        label
      }
      resultReport {
        id
        label
      }
      counts {
        assessment
        count
      }
      items {
        metric {
          id
          name
        }
        assessment
        reason
        targets {
          ...ScorecardIndicator
        }
        results {
          ...ScorecardIndicator
        }
      }
    }
  }

  fragment ScorecardIndicator on Indicator {
    id
    value
    unit
    comparator
    stretch
    statement
    sentence {
      id
      text
    }
    report {
      id
      label
    }
  }
`;

/** Every page of a connection, following its cursors. */
export async function allPages<T>(
  query: string,
  field: string,
  variables: Record<string, unknown>,
  signal?: AbortSignal,
): Promise<T[]> {
  const rows: T[] = [];
  let after: string | null = null;
  for (;;) {
    const data: Record<string, PageOf<T>> = await gql<Record<string, PageOf<T>>>(
      query,
      { ...variables, after },
      signal,
    );
    const page: PageOf<T> = data[field];
    rows.push(...page.nodes);
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return rows;
    after = page.pageInfo.endCursor;
  }
}
