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
      "Projects located in 壶镇 (the report's short name for 壶镇镇), with the sentence that first names each.",
    query: `# Projects in 壶镇: a township filter accepts the short name (壶镇) or the full one (壶镇镇).
query ProjectsInHuzhen {
  projects(filter: { township: "壶镇" }, orderBy: { field: POSITION }, first: 20) {
    totalCount
    nodes {
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
    description: 'How many nodes of each label and relationships of each type the graph holds.',
    query: `# What the graph holds.
query Stats {
  report {
    title
    year
    issuedBy
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

export function variablesText(example: Example): string {
  return example.variables ? JSON.stringify(example.variables, null, 2) : '';
}
