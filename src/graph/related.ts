/**
 * The relationships resolvers follow from a node to a list of nodes. Each is a
 * constant Cypher pattern from `(s)`, the node asked about, to `(n)`, the nodes
 * returned; the reader batches one such query for all parents in a request.
 */
export const RELATED = {
  projectTownships: '(s)-[:LOCATED_IN]->(n:Township)',
  projectIndustries: '(s)-[:IN_INDUSTRY]->(n:Industry)',
  projectPlatforms: '(s)-[:PART_OF]->(n:Platform)',
  projectEnterprises: '(s)-[:BUILT_BY]->(n:Enterprise)',
  aboutIndicators: '(s)<-[:ABOUT]-(n:Indicator)',

  townshipProjects: '(s)<-[:LOCATED_IN]-(n:Project)',
  townshipVillages: '(s)<-[:IN_TOWNSHIP]-(n:Village)',
  townshipEnterprises: '(s)<-[:LOCATED_IN]-(n:Enterprise)',
  townshipPlatforms: '(s)<-[:LOCATED_IN]-(n:Platform)',
  villageTownship: '(s)-[:IN_TOWNSHIP]->(n:Township)',

  platformTownships: '(s)-[:LOCATED_IN]->(n:Township)',
  platformIndustries: '(s)-[:IN_INDUSTRY]->(n:Industry)',
  platformProjects: '(s)<-[:PART_OF]-(n:Project)',
  platformEnterprises: '(s)<-[:PART_OF]-(:Project)-[:BUILT_BY]->(n:Enterprise)',

  industryParent: '(s)-[:SUBSECTOR_OF]->(n:Industry)',
  industrySubsectors: '(s)<-[:SUBSECTOR_OF]-(n:Industry)',
  industryProjects: '(s)<-[:IN_INDUSTRY]-(n:Project)',
  industryEnterprises: '(s)<-[:IN_INDUSTRY]-(n:Enterprise)',
  industryPlatforms: '(s)<-[:IN_INDUSTRY]-(n:Platform)',

  enterpriseIndustries: '(s)-[:IN_INDUSTRY]->(n:Industry)',
  enterpriseTownships: '(s)-[:LOCATED_IN]->(n:Township)',
  enterpriseProjects: '(s)<-[:BUILT_BY]-(n:Project)',

  indicatorTownships: '(s)-[:ABOUT]->(n:Township)',
  indicatorIndustries: '(s)-[:ABOUT]->(n:Industry)',
  indicatorPlatforms: '(s)-[:ABOUT]->(n:Platform)',
  indicatorProjects: '(s)-[:ABOUT]->(n:Project)',
  indicatorEnterprises: '(s)-[:ABOUT]->(n:Enterprise)',
  indicatorMetric: '(s)-[:MEASURES]->(n:Metric)',
  metricIndicators: '(s)<-[:MEASURES]-(n:Indicator)',

  reportSections: '(s)-[:HAS_SECTION]->(n:Section)',
  sectionChildren: '(s)-[:HAS_SECTION]->(n:Section)',
  sectionParagraphs: '(s)-[:HAS_PARAGRAPH]->(n:Paragraph)',
  paragraphSentences: '(s)-[:HAS_SENTENCE]->(n:Sentence)',
} as const;

export type RelatedName = keyof typeof RELATED;

/** Sentences, paragraphs and sections keep reading order; entities come in order of first mention. */
function orderOf(pattern: string): string {
  if (pattern.includes('n:Section')) return 'n.order';
  if (pattern.includes('n:Paragraph') || pattern.includes('n:Sentence')) return 'n.index';
  return 'n.position, n.id';
}

/** The same order for nodes fetched without ORDER BY (in a pattern comprehension), without duplicates. */
export function inRelatedOrder<T extends { id: string }>(name: RelatedName, nodes: T[]): T[] {
  const [first, second] = orderOf(RELATED[name])
    .split(', ')
    .map((key) => key.slice(2) as keyof T);
  const unique = [...new Map(nodes.map((n) => [n.id, n])).values()];
  const compare = (a: T, b: T, key: keyof T | undefined) => {
    if (key === undefined) return 0;
    const [x, y] = [a[key], b[key]];
    return x < y ? -1 : x > y ? 1 : 0;
  };
  return unique.sort((a, b) => compare(a, b, first) || compare(a, b, second));
}

/** The related nodes of `s` as a pattern comprehension, to fetch them inside another query. */
export function relatedComprehension(name: RelatedName): string {
  return `[${RELATED[name]} | n]`;
}

export function relatedQuery(name: RelatedName): string {
  const pattern = RELATED[name];
  return `UNWIND $ids AS id
    MATCH (s:Node {id: id})
    OPTIONAL MATCH ${pattern}
    WITH id, n ORDER BY ${orderOf(pattern)}
    RETURN id, collect(DISTINCT n) AS nodes`;
}
