/**
 * The relationships resolvers follow from a node to a list of nodes. Each is a constant
 * path of relationships from the node asked about to the nodes returned; the
 * reader batches one such query for all parents in a request (or nests it in the query of the parent). A report
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

/** One step of a relationship path: its type, which way it points from the node before, and the label reached. */
interface Hop {
  type: string;
  direction: 'out' | 'in';
  label: string;
}

interface Related {
  /** From the node asked about to the nodes returned (the last hop's label is theirs). */
  hops: readonly Hop[];
  order: readonly string[];
  /** A relationship of the division data, not stated by a report: no build to test. */
  reference?: true;
}

const out = (type: string, label: string): Hop => ({ type, direction: 'out', label });
const into = (type: string, label: string): Hop => ({ type, direction: 'in', label });

const related = (hops: Hop | Hop[], options: Partial<Omit<Related, 'hops'>> = {}): Related => ({
  hops: Array.isArray(hops) ? hops : [hops],
  order: BY.mention,
  ...options,
});

export const RELATED = {
  projectTownships: related(out('LOCATED_IN', 'Township')),
  projectIndustries: related(out('IN_INDUSTRY', 'Industry')),
  projectPlatforms: related(out('PART_OF', 'Platform')),
  projectEnterprises: related(out('BUILT_BY', 'Enterprise')),
  aboutIndicators: related(into('ABOUT', 'Indicator')),

  townshipProjects: related(into('LOCATED_IN', 'Project')),
  townshipVillages: related(into('IN_TOWNSHIP', 'Village')),
  townshipEnterprises: related(into('LOCATED_IN', 'Enterprise')),
  townshipPlatforms: related(into('LOCATED_IN', 'Platform')),
  townshipCounty: related(out('IN_COUNTY', 'County'), { order: BY.code, reference: true }),
  villageTownship: related(out('IN_TOWNSHIP', 'Township')),

  platformTownships: related(out('LOCATED_IN', 'Township')),
  platformIndustries: related(out('IN_INDUSTRY', 'Industry')),
  platformProjects: related(into('PART_OF', 'Project')),
  platformEnterprises: related([into('PART_OF', 'Project'), out('BUILT_BY', 'Enterprise')]),

  industryParent: related(out('SUBSECTOR_OF', 'Industry')),
  industrySubsectors: related(into('SUBSECTOR_OF', 'Industry')),
  industryProjects: related(into('IN_INDUSTRY', 'Project')),
  industryEnterprises: related(into('IN_INDUSTRY', 'Enterprise')),
  industryPlatforms: related(into('IN_INDUSTRY', 'Platform')),

  enterpriseIndustries: related(out('IN_INDUSTRY', 'Industry')),
  enterpriseTownships: related(out('LOCATED_IN', 'Township')),
  enterpriseProjects: related(into('BUILT_BY', 'Project')),

  indicatorTownships: related(out('ABOUT', 'Township')),
  indicatorIndustries: related(out('ABOUT', 'Industry')),
  indicatorPlatforms: related(out('ABOUT', 'Platform')),
  indicatorProjects: related(out('ABOUT', 'Project')),
  indicatorEnterprises: related(out('ABOUT', 'Enterprise')),
  indicatorMetric: related(out('MEASURES', 'Metric')),
  metricIndicators: related(into('MEASURES', 'Indicator'), { order: ['year', 'reportId', 'position'] }),

  /** The reports that name a shared node. */
  entityReports: related(into('COVERS', 'Report'), { order: BY.year }),
  countyReports: related(out('HAS_REPORT', 'Report'), { order: BY.year }),
  countyTownships: related(into('IN_COUNTY', 'Township'), { order: BY.code, reference: true }),

  reportSections: related(out('HAS_SECTION', 'Section'), { order: BY.outline }),
  sectionChildren: related(out('HAS_SECTION', 'Section'), { order: BY.outline }),
  sectionParagraphs: related(out('HAS_PARAGRAPH', 'Paragraph'), { order: BY.reading }),
  paragraphSentences: related(out('HAS_SENTENCE', 'Sentence'), { order: BY.reading }),
} as const satisfies Record<string, Related>;

export type RelatedName = keyof typeof RELATED;

/** The label of the nodes a related list returns. */
export function relatedLabel(name: RelatedName): string {
  const hops = RELATED[name].hops;
  return hops[hops.length - 1].label;
}

/**
 * The pattern from `from` to `to` with its build test, as a MATCH … WHERE body. `tag` keeps the
 * relationship variables of patterns nested in one another apart (`e_<tag>_0` …).
 */
export function relatedMatch(
  name: RelatedName,
  from: string,
  to: string,
  tag = '',
): { pattern: string; where: string } {
  const spec: Related = RELATED[name];
  const rels: string[] = [];
  let pattern = `(${from})`;
  spec.hops.forEach((hop, i) => {
    const rel = `e${tag}_${i}`;
    rels.push(rel);
    const node = i === spec.hops.length - 1 ? `(${to}:${hop.label})` : `(:${hop.label})`;
    pattern += hop.direction === 'out' ? `-[${rel}:${hop.type}]->${node}` : `<-[${rel}:${hop.type}]-${node}`;
  });
  const where = spec.reference ? 'true' : rels.map((rel) => `${rel}.build IN $builds`).join(' AND ');
  return { pattern, where };
}

/** The properties a related list is ordered by (inRelatedOrder reads them). */
export function relatedOrderKeys(name: RelatedName): readonly string[] {
  return RELATED[name].order;
}

/** Nodes fetched without ORDER BY put in the list's order, without duplicates. */
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
  const { pattern, where } = relatedMatch(name, 's', 'n');
  return `[${pattern} WHERE ${where} | n]`;
}

export function relatedQuery(name: RelatedName): string {
  const { pattern, where } = relatedMatch(name, 's', 'n');
  return `UNWIND $ids AS id
    MATCH (s:Node {id: id}) WHERE s.build IS NULL OR s.build IN $builds
    OPTIONAL MATCH ${pattern} WHERE ${where}
    RETURN id, collect(DISTINCT n) AS nodes`;
}
