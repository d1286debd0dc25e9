/**
 * The relationships resolvers follow from a node to a list of nodes. Each is a constant
 * Cypher pattern from `(s)`, the node asked about, through the relationship `e`, to `(n)`, the
 * nodes returned; the reader batches one such query for all parents in a request. A report
 * states the relationship, so only those of the builds the request sees count (`e.build IN
 * $builds`), except for reference relationships of the division data (`reference`).
 */

/** How a related list is ordered: node properties, compared in turn. */
const BY = {
  /** Entities: in order of first mention (earliest report first), then id. */
  mention: ['position', 'id'],
  /** Sentences and paragraphs: reading order. */
  reading: ['index'],
  /** Sections: outline order. */
  outline: ['order'],
  /** Reports: oldest first. */
  year: ['year', 'id'],
  /** Townships of a county: official code order. */
  code: ['code'],
} as const;

interface Related {
  pattern: string;
  order: readonly string[];
  /** A relationship of the division data, not stated by a report: no build to test. */
  reference?: true;
  /** A further condition, over the pattern's variables. */
  where?: string;
}

const related = (pattern: string, options: Partial<Omit<Related, 'pattern'>> = {}): Related => ({
  pattern,
  order: BY.mention,
  ...options,
});

export const RELATED = {
  projectTownships: related('(s)-[e:LOCATED_IN]->(n:Township)'),
  projectIndustries: related('(s)-[e:IN_INDUSTRY]->(n:Industry)'),
  projectPlatforms: related('(s)-[e:PART_OF]->(n:Platform)'),
  projectEnterprises: related('(s)-[e:BUILT_BY]->(n:Enterprise)'),
  aboutIndicators: related('(s)<-[e:ABOUT]-(n:Indicator)'),

  townshipProjects: related('(s)<-[e:LOCATED_IN]-(n:Project)'),
  townshipVillages: related('(s)<-[e:IN_TOWNSHIP]-(n:Village)'),
  townshipEnterprises: related('(s)<-[e:LOCATED_IN]-(n:Enterprise)'),
  townshipPlatforms: related('(s)<-[e:LOCATED_IN]-(n:Platform)'),
  townshipCounty: related('(s)-[e:IN_COUNTY]->(n:County)', { order: BY.code, reference: true }),
  villageTownship: related('(s)-[e:IN_TOWNSHIP]->(n:Township)'),

  platformTownships: related('(s)-[e:LOCATED_IN]->(n:Township)'),
  platformIndustries: related('(s)-[e:IN_INDUSTRY]->(n:Industry)'),
  platformProjects: related('(s)<-[e:PART_OF]-(n:Project)'),
  platformEnterprises: related('(s)<-[e:PART_OF]-(:Project)-[e2:BUILT_BY]->(n:Enterprise)', {
    where: 'e2.build IN $builds',
  }),

  industryParent: related('(s)-[e:SUBSECTOR_OF]->(n:Industry)'),
  industrySubsectors: related('(s)<-[e:SUBSECTOR_OF]-(n:Industry)'),
  industryProjects: related('(s)<-[e:IN_INDUSTRY]-(n:Project)'),
  industryEnterprises: related('(s)<-[e:IN_INDUSTRY]-(n:Enterprise)'),
  industryPlatforms: related('(s)<-[e:IN_INDUSTRY]-(n:Platform)'),

  enterpriseIndustries: related('(s)-[e:IN_INDUSTRY]->(n:Industry)'),
  enterpriseTownships: related('(s)-[e:LOCATED_IN]->(n:Township)'),
  enterpriseProjects: related('(s)<-[e:BUILT_BY]-(n:Project)'),

  indicatorTownships: related('(s)-[e:ABOUT]->(n:Township)'),
  indicatorIndustries: related('(s)-[e:ABOUT]->(n:Industry)'),
  indicatorPlatforms: related('(s)-[e:ABOUT]->(n:Platform)'),
  indicatorProjects: related('(s)-[e:ABOUT]->(n:Project)'),
  indicatorEnterprises: related('(s)-[e:ABOUT]->(n:Enterprise)'),
  indicatorMetric: related('(s)-[e:MEASURES]->(n:Metric)'),
  metricIndicators: related('(s)<-[e:MEASURES]-(n:Indicator)', { order: ['year', 'reportId', 'position'] }),

  /** The reports that name a shared node. */
  entityReports: related('(s)<-[e:COVERS]-(n:Report)', { order: BY.year }),
  countyReports: related('(s)-[e:HAS_REPORT]->(n:Report)', { order: BY.year }),
  countyTownships: related('(s)<-[e:IN_COUNTY]-(n:Township)', { order: BY.code, reference: true }),

  reportSections: related('(s)-[e:HAS_SECTION]->(n:Section)', { order: BY.outline }),
  sectionChildren: related('(s)-[e:HAS_SECTION]->(n:Section)', { order: BY.outline }),
  sectionParagraphs: related('(s)-[e:HAS_PARAGRAPH]->(n:Paragraph)', { order: BY.reading }),
  paragraphSentences: related('(s)-[e:HAS_SENTENCE]->(n:Sentence)', { order: BY.reading }),
} as const satisfies Record<string, Related>;

export type RelatedName = keyof typeof RELATED;

/** The pattern with its build test, as a MATCH … WHERE body. */
function matchOf(name: RelatedName): { pattern: string; where: string } {
  const spec: Related = RELATED[name];
  const tests = [spec.reference ? null : 'e.build IN $builds', spec.where ?? null].filter(Boolean);
  return { pattern: spec.pattern, where: tests.length ? tests.join(' AND ') : 'true' };
}

/** Nodes fetched without ORDER BY (in a pattern comprehension) put in the list's order, without duplicates. */
export function inRelatedOrder<T extends { id: string }>(name: RelatedName, nodes: T[]): T[] {
  const keys = RELATED[name].order as readonly (keyof T)[];
  const unique = [...new Map(nodes.map((n) => [n.id, n])).values()];
  const compare = (a: T, b: T) => {
    for (const key of keys) {
      const [x, y] = [a[key], b[key]];
      if (x < y) return -1;
      if (x > y) return 1;
    }
    return 0;
  };
  return unique.sort(compare);
}

/** The related nodes of `s` as a pattern comprehension, to fetch them inside another query. */
export function relatedComprehension(name: RelatedName): string {
  const { pattern, where } = matchOf(name);
  return `[${pattern} WHERE ${where} | n]`;
}

export function relatedQuery(name: RelatedName): string {
  const { pattern, where } = matchOf(name);
  return `UNWIND $ids AS id
    MATCH (s:Node {id: id}) WHERE s.build IS NULL OR s.build IN $builds
    OPTIONAL MATCH ${pattern} WHERE ${where}
    RETURN id, collect(DISTINCT n) AS nodes`;
}
