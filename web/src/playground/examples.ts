/** The example operations the playground opens with, one tab each, and lists in its Examples pane. */
export interface Example {
  title: string;
  description: string;
  query: string;
  variables?: Record<string, unknown>;
}

export const EXAMPLES: Example[] = [
  {
    title: '壶镇的项目',
    description:
      "Projects located in 壶镇 (the report's short name for 壶镇镇) that one report states, with the sentence that first names each.",
    query: `# Projects in 壶镇 that the report jinyun-2023 states.
# A township filter takes the short name (壶镇) or the full one (壶镇镇);
# every list takes filter: { report, county }.
query ProjectsInHuzhen {
  projects(filter: { report: "jinyun-2023", township: "壶镇" }, orderBy: { field: POSITION }, first: 20) {
    totalCount
    nodes {
      id
      name
      category
      year
      status
      mentions(first: 1) {
        quote
        sentence {
          text
        }
      }
    }
  }
}
`,
  },
  {
    title: '智能家电的目标',
    description: '2023 targets (TARGET indicators) about the 智能家电 industry.',
    query: `# Targets the report sets for 2023 about the 智能家电 (smart home appliance) industry.
query SmartApplianceTargets {
  indicators(filter: { kind: TARGET, industry: "智能家电" }) {
    totalCount
    nodes {
      statement
      comparator
      value
      unit
      stretch
      metric {
        name
      }
    }
  }
}
`,
  },
  {
    title: '搜索 水库',
    description: 'Chinese full-text search over entity names and report sentences.',
    query: `# Full-text search, Chinese-aware: 水库 finds reservoir projects and the sentences naming them.
# The snippet wraps each match in 【】.
query SearchReservoir($text: String!) {
  search(text: $text, first: 10) {
    score
    kind
    label
    snippet
    node {
      id
      ... on Project {
        name
        category
        status
      }
    }
  }
}
`,
    variables: { text: '水库' },
  },
  {
    title: '目标完成情况',
    description:
      "Did they deliver? Every target one year's report set, against the result the next year's report gives. Needs two consecutive reports of a county (REPORTS=data/reports).",
    query: `# The scorecard of a county and year: targets set for the year against the results
# reported for it a year later. counties lists the years each county can be scored on;
# with the Jinyun report alone there is none (start the server with REPORTS=data/reports).
query Scorecard($county: String!, $year: Int!) {
  counties {
    nodes {
      code
      name
      scorecardYears
    }
  }
  scorecard(county: $county, year: $year) {
    targetReport {
      label
    }
    resultReport {
      label
    }
    counts {
      assessment
      count
    }
    items(assessment: MET) {
      metric {
        name
      }
      reason
      targets {
        statement
        sentence {
          text
        }
      }
      results {
        statement
        sentence {
          text
        }
      }
    }
  }
}
`,
    variables: { county: '徐水区', year: 2012 },
  },
  {
    title: '项目进展',
    description: "A project's timeline: what each report says of it, year by year, with the stage and the sentence.",
    query: `# How a project moved across reports: 谋划 → 开工 → 建成 …, each step with its report and sentence.
query ProjectTimeline($id: ID!) {
  project(id: $id) {
    label
    category
    stage
    reports {
      id
    }
    timeline {
      year
      status
      stage
      report {
        id
      }
      sentence {
        text
      }
    }
  }
}
`,
    variables: { id: 'project:331122:330国道西移工程' },
  },
  {
    title: '一份报告的成果',
    description: "One report's results (a report filter), each with its metric's series: targets and results by year.",
    query: `# The results one report gives (filter: { report }), and for each metric its series:
# per year, the targets set, the results reported, and whether the targets were met.
query ReportResults($report: ID!) {
  report(id: $report) {
    label
    year
    resultsYear
    county {
      name
    }
  }
  indicators(filter: { report: $report, kind: RESULT }, first: 10) {
    totalCount
    nodes {
      label
      statement
      value
      unit
      metric {
        name
        series {
          year
          assessment
          reason
        }
      }
    }
  }
}
`,
    variables: { report: 'jinyun-2023' },
  },
  {
    title: '壶镇镇的邻居',
    description: 'The 1-hop neighbourhood of 壶镇镇, as nodes and edges ready for a graph library.',
    query: `# The neighbourhood of one node. Ids come from search or lookups such as
#   township(name: "壶镇") { id }
query HuzhenNeighborhood($id: ID!) {
  township(name: "壶镇") {
    id
    name
    kindLabel
    mentionCount
  }
  neighborhood(id: $id, depth: 1, limit: 100) {
    truncated
    nodes {
      id
      kind
      label
    }
    edges {
      type
      source
      target
    }
  }
}
`,
    variables: { id: 'township:331122101' },
  },
  {
    title: '最短路径',
    description: 'The shortest path between a township and an industry: 壶镇镇 to 锯床 (saw machines).',
    query: `# How is 壶镇镇 connected to the 锯床 (saw machine) industry? A shortest path over entity relationships.
query HuzhenToSawMachines($from: ID!, $to: ID!) {
  shortestPath(fromId: $from, toId: $to, maxLength: 6) {
    length
    nodes {
      id
      kind
      label
    }
    edges {
      type
      source
      target
    }
  }
}
`,
    variables: { from: 'township:331122101', to: 'industry:331122:锯床' },
  },
  {
    title: '图谱统计',
    description: 'The loaded reports with their counts, and how many nodes and relationships the graph holds.',
    query: `# What the graph holds: the loaded reports (newest first) and counts by label and type.
query Stats {
  reports {
    totalCount
    nodes {
      id
      label
      county {
        name
      }
      stats {
        projects
        indicators
        townships
      }
    }
  }
  graphStats {
    nodeCount
    relationshipCount
    labels {
      label
      count
    }
    relationshipTypes {
      label
      count
    }
  }
}
`,
  },
];

/** The operation name of an example's query: what its tab is titled. */
export function operationName(example: Example): string | null {
  return /\b(?:query|mutation)\s+(\w+)/.exec(example.query)?.[1] ?? null;
}

export function variablesText(example: Example): string {
  return example.variables ? JSON.stringify(example.variables, null, 2) : '';
}
