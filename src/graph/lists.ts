/**
 * Paged, filtered, ordered lists. Each list is a fixed table of Cypher fragments: a filter
 * given by the client switches its fragment on and passes its value as a parameter, so no
 * client text ever becomes Cypher.
 *
 * Every list reads within a scope: `$scope`, the builds (loaded report versions, see
 * builds.ts) the request may see and the filter asks for — one build for `report:`, a county's
 * builds for `county:`, every active build otherwise — and `$scopeCounties`, their counties.
 * A list starts from those builds, so a list of one report reads that report only, however
 * many others are loaded.
 */

export type ListName =
  | 'projects'
  | 'townships'
  | 'villages'
  | 'industries'
  | 'enterprises'
  | 'platforms'
  | 'indicators'
  | 'metrics'
  | 'reports'
  | 'counties';

/**
 * Where a list finds its members. Each source binds the node `n` and, for ordering,
 * `position` (the report's place among the scope's builds, then the offset of the first
 * mention) and, when a filter or order uses it (`withMentions`), `mentions` (sentences naming
 * it, within the scope): summing it reads a property of every member's COVERS relationships.
 */
const SOURCES = {
  /** Shared entities: those the scope's builds name (the report's COVERS relationships). */
  covered: (label: string, withMentions: boolean) => `
    UNWIND range(0, size($scope) - 1) AS k
    MATCH (:Report {build: $scope[k]})-[c:COVERS]->(n:${label})
    WITH n, min(k * 10000000000 + c.position) AS position${withMentions ? ', sum(c.mentionCount) AS mentions' : ''}`,
  /**
   * A report's own nodes (indicator statements), found by the index on (build, position): the
   * hint keeps the planner from scanning the label, which it prefers while the label is small
   * and which reads every report's nodes.
   */
  owned: (label: string) => `
    UNWIND range(0, size($scope) - 1) AS k
    MATCH (n:${label}) USING INDEX n:${label}(build, position)
    WHERE n.build = $scope[k] AND n.position IS NOT NULL
    WITH n, k * 10000000000 + n.position AS position`,
  /** Every township of the scope's counties, named or not. */
  townships: (_label: string, withMentions: boolean) => `
    MATCH (n:Township) WHERE n.countyCode IN $scopeCounties
    OPTIONAL MATCH (r:Report)-[c:COVERS]->(n) WHERE r.build IN $scope
    WITH n, min([k IN range(0, size($scope) - 1) WHERE $scope[k] = r.build][0] * 10000000000 + c.position) AS position${
      withMentions ? ', sum(c.mentionCount) AS mentions' : ''
    }
    WITH n, coalesce(position, 9000000000000000) AS position${withMentions ? ', mentions' : ''}`,
  reports: () => `
    UNWIND range(0, size($scope) - 1) AS k
    MATCH (n:Report {build: $scope[k]})
    WITH n, k AS position`,
  counties: () => `
    MATCH (n:County) WHERE n.code IN $scopeCounties
    WITH n, 0 AS position`,
} as const satisfies Record<string, (label: string, withMentions: boolean) => string>;

/**
 * A column some filters and orders need that costs a query of its own: computed only when
 * one of them is used. `latest` is a project's latest milestone within the scope.
 */
const COLUMNS = {
  latest: `COLLECT { MATCH (n)-[m:HAS_MILESTONE]->() WHERE m.build IN $scope
             RETURN m {.year, .status, .stage} ORDER BY m.year DESC, m.reportYear DESC, m.index DESC LIMIT 1 }[0]`,
} as const;

type Column = keyof typeof COLUMNS;

/** A Cypher fragment over `n` and `position` (and `mentions` and the columns it declares it uses). */
interface Fragment {
  cypher: string;
  uses?: readonly (Column | 'mentions')[];
}

interface ListSpec {
  /** The label of the nodes listed (the GraphQL type name). */
  label: string;
  source: keyof typeof SOURCES;
  filters: Record<string, Fragment>;
  orderBy: Record<string, Fragment>;
  defaultOrder: string;
  defaultDirection: 'ASC' | 'DESC';
}

const f = (cypher: string, uses?: readonly (Column | 'mentions')[]): Fragment => ({ cypher, uses });

/** `x` is named by id, canonical name or alias: the same rule for every filter that takes a name. */
const named = (x: string, param: string) =>
  `(${x}.id = $${param} OR ${x}.name = $${param} OR $${param} IN ${x}.aliases)`;
const townshipNamed = (x: string, param: string) => `(${named(x, param)} OR ${x}.shortName = $${param})`;
const NAME_CONTAINS = f('(n.name CONTAINS $nameContains OR any(a IN n.aliases WHERE a CONTAINS $nameContains))');
/** A relationship a report of the scope states. */
const stated = (pattern: string, where: string) =>
  f(`EXISTS { MATCH ${pattern} WHERE e.build IN $scope AND ${where} }`);
/** An industry filter also takes the industry's subsectors (锯床 is part of 机械装备). */
const inIndustry = (pattern: string) =>
  f(
    `EXISTS { MATCH ${pattern}-[sub:SUBSECTOR_OF*0..3]->(i:Industry) WHERE e.build IN $scope
       AND all(s IN sub WHERE s.build IN $scope) AND ${named('i', 'industry')} }`,
  );

const ENTITY_ORDER = { NAME: f('n.name'), MENTIONS: f('mentions', ['mentions']), POSITION: f('position') };
/** Every list of entities can be narrowed to a report or a county (applied through the scope). */
const SCOPE_FILTERS = { report: f('true'), county: f('true') };

export const LISTS: Record<ListName, ListSpec> = {
  projects: {
    label: 'Project',
    source: 'covered',
    filters: {
      ...SCOPE_FILTERS,
      year: f('EXISTS { MATCH (n)-[m:HAS_MILESTONE]->() WHERE m.build IN $scope AND m.year = $year }'),
      yearFrom: f('EXISTS { MATCH (n)-[m:HAS_MILESTONE]->() WHERE m.build IN $scope AND m.year >= $yearFrom }'),
      yearTo: f('EXISTS { MATCH (n)-[m:HAS_MILESTONE]->() WHERE m.build IN $scope AND m.year <= $yearTo }'),
      status: f('latest.status CONTAINS $status', ['latest']),
      stage: f('latest.stage = $stage', ['latest']),
      stageIn: f('latest.stage IN $stageIn', ['latest']),
      category: f('n.category = $category'),
      categoryIn: f('n.category IN $categoryIn'),
      township: stated('(n)-[e:LOCATED_IN]->(t:Township)', townshipNamed('t', 'township')),
      industry: inIndustry('(n)-[e:IN_INDUSTRY]->(:Industry)'),
      platform: stated('(n)-[e:PART_OF]->(p:Platform)', named('p', 'platform')),
      enterprise: stated('(n)-[e:BUILT_BY]->(x:Enterprise)', named('x', 'enterprise')),
      nameContains: NAME_CONTAINS,
    },
    orderBy: { ...ENTITY_ORDER, YEAR: f('latest.year', ['latest']), CATEGORY: f('n.category') },
    defaultOrder: 'POSITION',
    defaultDirection: 'ASC',
  },
  townships: {
    label: 'Township',
    source: 'townships',
    filters: {
      ...SCOPE_FILTERS,
      kind: f('n.townshipKind = $kind'),
      kindIn: f('n.townshipKind IN $kindIn'),
      nameContains: f(`(${NAME_CONTAINS.cypher} OR n.shortName CONTAINS $nameContains)`),
      mentioned: f('(mentions > 0) = $mentioned', ['mentions']),
    },
    orderBy: ENTITY_ORDER,
    defaultOrder: 'POSITION',
    defaultDirection: 'ASC',
  },
  villages: {
    label: 'Village',
    source: 'covered',
    filters: {
      ...SCOPE_FILTERS,
      township: stated('(n)-[e:IN_TOWNSHIP]->(t:Township)', townshipNamed('t', 'township')),
      nameContains: NAME_CONTAINS,
    },
    orderBy: ENTITY_ORDER,
    defaultOrder: 'POSITION',
    defaultDirection: 'ASC',
  },
  industries: {
    label: 'Industry',
    source: 'covered',
    filters: {
      ...SCOPE_FILTERS,
      parent: stated('(n)-[e:SUBSECTOR_OF]->(p:Industry)', named('p', 'parent')),
      topLevel: f('(NOT EXISTS { MATCH (n)-[e:SUBSECTOR_OF]->() WHERE e.build IN $scope }) = $topLevel'),
      nameContains: NAME_CONTAINS,
    },
    orderBy: ENTITY_ORDER,
    defaultOrder: 'POSITION',
    defaultDirection: 'ASC',
  },
  enterprises: {
    label: 'Enterprise',
    source: 'covered',
    filters: {
      ...SCOPE_FILTERS,
      industry: inIndustry('(n)-[e:IN_INDUSTRY]->(:Industry)'),
      township: stated('(n)-[e:LOCATED_IN]->(t:Township)', townshipNamed('t', 'township')),
      nameContains: NAME_CONTAINS,
    },
    orderBy: ENTITY_ORDER,
    defaultOrder: 'POSITION',
    defaultDirection: 'ASC',
  },
  platforms: {
    label: 'Platform',
    source: 'covered',
    filters: {
      ...SCOPE_FILTERS,
      township: stated('(n)-[e:LOCATED_IN]->(t:Township)', townshipNamed('t', 'township')),
      nameContains: NAME_CONTAINS,
    },
    orderBy: ENTITY_ORDER,
    defaultOrder: 'POSITION',
    defaultDirection: 'ASC',
  },
  indicators: {
    label: 'Indicator',
    source: 'owned',
    // An indicator's relationships belong to its own build: no scope test needed on them.
    filters: {
      ...SCOPE_FILTERS,
      kind: f('n.indicatorKind = $kind'),
      year: f('n.year = $year'),
      yearFrom: f('n.year >= $yearFrom'),
      yearTo: f('n.year <= $yearTo'),
      valueMin: f('n.value >= $valueMin'),
      valueMax: f('n.value <= $valueMax'),
      unit: f('n.unit = $unit'),
      metricContains: f(
        'EXISTS { MATCH (n)-[:MEASURES]->(m:Metric) WHERE m.name CONTAINS $metricContains OR any(a IN m.aliases WHERE a CONTAINS $metricContains) }',
      ),
      metric: f(`EXISTS { MATCH (n)-[:MEASURES]->(m:Metric) WHERE ${named('m', 'metric')} }`),
      township: f(`EXISTS { MATCH (n)-[:ABOUT]->(t:Township) WHERE ${townshipNamed('t', 'township')} }`),
      // A target for a group (四大主导产业) concerns each industry in it, as well as the other way round.
      industry: f(
        `(EXISTS { MATCH (n)-[:ABOUT]->(:Industry)-[s:SUBSECTOR_OF*0..3]->(i:Industry)
                   WHERE all(x IN s WHERE x.build = n.build) AND ${named('i', 'industry')} }
          OR EXISTS { MATCH (n)-[:ABOUT]->(:Industry)<-[s:SUBSECTOR_OF*1..3]-(i:Industry)
                   WHERE all(x IN s WHERE x.build = n.build) AND ${named('i', 'industry')} })`,
      ),
      project: f(`EXISTS { MATCH (n)-[:ABOUT]->(p:Project) WHERE ${named('p', 'project')} }`),
      platform: f(`EXISTS { MATCH (n)-[:ABOUT]->(p:Platform) WHERE ${named('p', 'platform')} }`),
      statementContains: f('n.statement CONTAINS $statementContains'),
    },
    orderBy: { POSITION: f('position'), YEAR: f('n.year'), VALUE: f('n.value'), METRIC: f('n.metricId') },
    defaultOrder: 'POSITION',
    defaultDirection: 'ASC',
  },
  metrics: {
    label: 'Metric',
    source: 'covered',
    filters: {
      ...SCOPE_FILTERS,
      nameContains: NAME_CONTAINS,
      hasKind: f(
        'EXISTS { MATCH (i:Indicator)-[:MEASURES]->(n) WHERE i.build IN $scope AND i.indicatorKind = $hasKind }',
      ),
    },
    orderBy: ENTITY_ORDER,
    defaultOrder: 'NAME',
    defaultDirection: 'ASC',
  },
  reports: {
    label: 'Report',
    source: 'reports',
    filters: { county: f('true'), year: f('n.year = $year') },
    // Newest first: position is the report's place in the scope, oldest first.
    orderBy: { POSITION: f('position') },
    defaultOrder: 'POSITION',
    defaultDirection: 'DESC',
  },
  counties: {
    label: 'County',
    source: 'counties',
    filters: {},
    orderBy: { CODE: f('n.code') },
    defaultOrder: 'CODE',
    defaultDirection: 'ASC',
  },
};

export interface ListQuery {
  cypher: string;
  params: Record<string, unknown>;
}

/** Filters that only narrow the scope: their values never reach the query. */
const SCOPE_ONLY = new Set(['report', 'county']);

/**
 * One round trip returns the total and the page, each page node `s` mapped by `projection`
 * (a constant Cypher map expression: see Prefetch in reader.ts). The query reads the scope's
 * members once: the page is cut from the ordered, counted list. Ties in the order are broken
 * by id, so pages never overlap or skip.
 */
export interface Order {
  field?: string;
  direction?: 'ASC' | 'DESC';
}

/** The members of a list with its filters applied: `n`, `position`, and `mentions` and the columns the fragments use. */
function filtered(name: ListName, filter: Record<string, unknown>, extra: readonly Fragment[]) {
  const spec = LISTS[name];
  const active = Object.keys(spec.filters).filter(
    (key) => !SCOPE_ONLY.has(key) && filter[key] !== undefined && filter[key] !== null,
  );
  const fragments = [...active.map((key) => spec.filters[key]), ...extra];
  const uses = new Set(fragments.flatMap((fragment) => fragment.uses ?? []));
  const withMentions = uses.delete('mentions');
  const withColumns = [...uses].map((column) => `, ${COLUMNS[column as Column]} AS ${column}`).join('');
  const where = active.length ? active.map((key) => spec.filters[key].cypher).join(' AND ') : 'true';
  const params: Record<string, unknown> = {};
  for (const key of active) params[key] = filter[key];
  const cypher = `${SOURCES[spec.source](spec.label, withMentions)}
    WITH n, position${withMentions ? ', mentions' : ''}${withColumns}
    WHERE ${where}`;
  return { cypher, params };
}

export function buildListQuery(
  name: ListName,
  filter: Record<string, unknown>,
  order: Order | readonly Order[],
  offset: number,
  limit: number,
  projection = '{node: s}',
): ListQuery {
  const spec = LISTS[name];
  const asked = (Array.isArray(order) ? order : [order]).filter((o: Order) => o.field && spec.orderBy[o.field]);
  // Several fields order in turn; none known: the list's default order.
  const orders = asked.length
    ? asked.map((o: Order) => ({ fragment: spec.orderBy[o.field!], direction: o.direction ?? 'ASC' }))
    : [{ fragment: spec.orderBy[spec.defaultOrder], direction: spec.defaultDirection }];
  const members = filtered(
    name,
    filter,
    orders.map((o) => o.fragment),
  );
  const orderBy = orders.map((o) => `${o.fragment.cypher} ${o.direction === 'DESC' ? 'DESC' : 'ASC'}`).join(', ');
  const cypher = `${members.cypher}
    WITH n ORDER BY ${orderBy}, n.id ASC
    WITH collect(n) AS members
    WITH size(members) AS total, members[$offset..($offset + $limit)] AS page
    RETURN total, [s IN page | ${projection}] AS rows`;
  return { cypher, params: { ...members.params, offset, limit } };
}

/**
 * Groupings of a list for aggregation: each maps a member `n` to the keys it counts under
 * (a list: a project in two townships counts in both), as maps {key, label, id}.
 */
const node = (pattern: string) => `[${pattern} | {key: g.id, label: g.name, id: g.id}]`;
const value = (expression: string) => `[{key: toString(${expression}), label: toString(${expression}), id: null}]`;

export const GROUPS: Partial<Record<ListName, Record<string, Fragment>>> = {
  projects: {
    CATEGORY: f(value('n.category')),
    STAGE: f(value("coalesce(latest.stage, 'OTHER')"), ['latest']),
    TOWNSHIP: f(node('(n)-[e:LOCATED_IN]->(g:Township) WHERE e.build IN $scope')),
    YEAR: f(`[x IN [latest.year] WHERE x IS NOT NULL | {key: toString(x), label: toString(x), id: null}]`, ['latest']),
    REPORT: f(`[(g:Report)-[c:COVERS]->(n) WHERE g.build IN $scope | {key: g.id, label: g.id, id: g.id}]`),
    COUNTY: f(value('n.countyCode')),
  },
  indicators: {
    METRIC: f(node('(n)-[:MEASURES]->(g:Metric)')),
    KIND: f(value('n.indicatorKind')),
    YEAR: f(value('n.year')),
    UNIT: f(value("coalesce(n.unit, '')")),
    TOWNSHIP: f(node('(n)-[:ABOUT]->(g:Township)')),
    INDUSTRY: f(node('(n)-[:ABOUT]->(g:Industry)')),
    REPORT: f(value('n.reportId')),
  },
};

/**
 * Members per group, largest first, with (for indicators) the values of each group, one unit per
 * group; the same scope and filters as the list.
 */
export function buildAggregateQuery(name: ListName, filter: Record<string, unknown>, groupBy: string): ListQuery {
  const group = GROUPS[name]?.[groupBy];
  if (!group) throw new Error(`${name} cannot be grouped by ${groupBy}`);
  const members = filtered(name, filter, [group]);
  const measured = name === 'indicators';
  const cypher = `${members.cypher}
    UNWIND ${group.cypher} AS g
    WITH g, ${measured ? 'n.unit' : 'null'} AS unit, collect(DISTINCT n) AS grouped
    RETURN g.key AS key, g.label AS label, g.id AS id, unit, size(grouped) AS count,
      ${measured ? '[m IN grouped | m.value]' : '[]'} AS values
    ORDER BY count DESC, key, unit`;
  return { cypher, params: members.params };
}
