/**
 * Paged, filtered, ordered lists of one label. Each list is a fixed table of Cypher
 * fragments: a filter given by the client switches its fragment on and passes its
 * value as a parameter, so no client text ever becomes Cypher.
 */

export type ListName =
  'projects' | 'townships' | 'villages' | 'industries' | 'enterprises' | 'platforms' | 'indicators' | 'metrics';

interface ListSpec {
  label: string;
  filters: Record<string, string>;
  orderBy: Record<string, string>;
  defaultOrder: string;
}

/** `x` is named by id, canonical name or alias: the same rule for every filter that takes a name. */
const named = (x: string, param: string) =>
  `(${x}.id = $${param} OR ${x}.name = $${param} OR $${param} IN ${x}.aliases)`;
const townshipNamed = (x: string, param: string) => `(${named(x, param)} OR ${x}.shortName = $${param})`;
const NAME_CONTAINS = '(n.name CONTAINS $nameContains OR any(a IN n.aliases WHERE a CONTAINS $nameContains))';
/** An industry filter also takes the industry's subsectors (锯床 is part of 机械装备). */
const inIndustry = (path: string) =>
  `EXISTS { MATCH ${path}-[:SUBSECTOR_OF*0..3]->(i:Industry) WHERE ${named('i', 'industry')} }`;

const ENTITY_ORDER = { NAME: 'n.name', MENTIONS: 'n.mentionCount', POSITION: 'n.position' };

export const LISTS: Record<ListName, ListSpec> = {
  projects: {
    label: 'Project',
    filters: {
      year: 'EXISTS { MATCH (n)-[m:HAS_MILESTONE]->() WHERE m.year = $year }',
      status: 'n.status CONTAINS $status',
      category: 'n.category = $category',
      township: `EXISTS { MATCH (n)-[:LOCATED_IN]->(t:Township) WHERE ${townshipNamed('t', 'township')} }`,
      industry: inIndustry('(n)-[:IN_INDUSTRY]->(:Industry)'),
      platform: `EXISTS { MATCH (n)-[:PART_OF]->(p:Platform) WHERE ${named('p', 'platform')} }`,
      enterprise: `EXISTS { MATCH (n)-[:BUILT_BY]->(e:Enterprise) WHERE ${named('e', 'enterprise')} }`,
      nameContains: NAME_CONTAINS,
    },
    orderBy: { ...ENTITY_ORDER, YEAR: 'n.year', CATEGORY: 'n.category' },
    defaultOrder: 'POSITION',
  },
  townships: {
    label: 'Township',
    filters: {
      kind: 'n.townshipKind = $kind',
      nameContains: `(${NAME_CONTAINS} OR n.shortName CONTAINS $nameContains)`,
      mentioned: '(n.mentionCount > 0) = $mentioned',
    },
    orderBy: ENTITY_ORDER,
    defaultOrder: 'POSITION',
  },
  villages: {
    label: 'Village',
    filters: {
      township: `EXISTS { MATCH (n)-[:IN_TOWNSHIP]->(t:Township) WHERE ${townshipNamed('t', 'township')} }`,
      nameContains: NAME_CONTAINS,
    },
    orderBy: ENTITY_ORDER,
    defaultOrder: 'POSITION',
  },
  industries: {
    label: 'Industry',
    filters: {
      parent: `EXISTS { MATCH (n)-[:SUBSECTOR_OF]->(p:Industry) WHERE ${named('p', 'parent')} }`,
      topLevel: '(NOT EXISTS { MATCH (n)-[:SUBSECTOR_OF]->() }) = $topLevel',
      nameContains: NAME_CONTAINS,
    },
    orderBy: ENTITY_ORDER,
    defaultOrder: 'POSITION',
  },
  enterprises: {
    label: 'Enterprise',
    filters: {
      industry: inIndustry('(n)-[:IN_INDUSTRY]->(:Industry)'),
      township: `EXISTS { MATCH (n)-[:LOCATED_IN]->(t:Township) WHERE ${townshipNamed('t', 'township')} }`,
      nameContains: NAME_CONTAINS,
    },
    orderBy: ENTITY_ORDER,
    defaultOrder: 'POSITION',
  },
  platforms: {
    label: 'Platform',
    filters: {
      township: `EXISTS { MATCH (n)-[:LOCATED_IN]->(t:Township) WHERE ${townshipNamed('t', 'township')} }`,
      nameContains: NAME_CONTAINS,
    },
    orderBy: ENTITY_ORDER,
    defaultOrder: 'POSITION',
  },
  indicators: {
    label: 'Indicator',
    filters: {
      kind: 'n.indicatorKind = $kind',
      year: 'n.year = $year',
      metric: `EXISTS { MATCH (n)-[:MEASURES]->(m:Metric) WHERE ${named('m', 'metric')} }`,
      township: `EXISTS { MATCH (n)-[:ABOUT]->(t:Township) WHERE ${townshipNamed('t', 'township')} }`,
      // A target for a group (四大主导产业) concerns each industry in it, as well as the other way round.
      industry: `(${inIndustry('(n)-[:ABOUT]->(:Industry)')} OR EXISTS { MATCH (n)-[:ABOUT]->(:Industry)<-[:SUBSECTOR_OF*1..3]-(i:Industry) WHERE ${named('i', 'industry')} })`,
      project: `EXISTS { MATCH (n)-[:ABOUT]->(p:Project) WHERE ${named('p', 'project')} }`,
      platform: `EXISTS { MATCH (n)-[:ABOUT]->(p:Platform) WHERE ${named('p', 'platform')} }`,
      statementContains: 'n.statement CONTAINS $statementContains',
    },
    orderBy: { POSITION: 'n.position', YEAR: 'n.year', VALUE: 'n.value', METRIC: 'n.metricId' },
    defaultOrder: 'POSITION',
  },
  metrics: {
    label: 'Metric',
    filters: {
      nameContains: NAME_CONTAINS,
      hasKind: 'EXISTS { MATCH (i:Indicator)-[:MEASURES]->(n) WHERE i.indicatorKind = $hasKind }',
    },
    orderBy: ENTITY_ORDER,
    defaultOrder: 'NAME',
  },
};

export interface ListQuery {
  cypher: string;
  params: Record<string, unknown>;
}

/**
 * One round trip returns the total and the page, each page node `s` mapped by
 * `projection` (a constant Cypher map expression: see Prefetch in reader.ts).
 * Ties in the order are broken by id, so pages never overlap or skip.
 */
export function buildListQuery(
  name: ListName,
  filter: Record<string, unknown>,
  order: { field?: string; direction?: 'ASC' | 'DESC' },
  offset: number,
  limit: number,
  projection = '{node: s}',
): ListQuery {
  const spec = LISTS[name];
  const active = Object.keys(spec.filters).filter((key) => filter[key] !== undefined && filter[key] !== null);
  const where = active.length ? active.map((key) => spec.filters[key]).join(' AND ') : 'true';
  const orderExpression = spec.orderBy[order.field ?? spec.defaultOrder] ?? spec.orderBy[spec.defaultOrder];
  const direction = order.direction === 'DESC' ? 'DESC' : 'ASC';
  const cypher = `
    CALL () { MATCH (n:${spec.label}) WHERE ${where} RETURN count(n) AS total }
    CALL () {
      MATCH (n:${spec.label}) WHERE ${where}
      WITH n ORDER BY ${orderExpression} ${direction}, n.id ASC SKIP $offset LIMIT $limit
      RETURN collect(n) AS page
    }
    RETURN total, [s IN page | ${projection}] AS rows`;
  const params: Record<string, unknown> = { offset, limit };
  for (const key of active) params[key] = filter[key];
  return { cypher, params };
}
