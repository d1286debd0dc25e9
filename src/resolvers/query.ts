import {
  ENTITY_KIND_LABELS,
  MAX_NEIGHBORHOOD_DEPTH,
  MAX_PATH_LENGTH,
  graphStats,
  neighborhood,
  search,
  shortestPath,
} from '../graph/explore';
import type {
  CountyRecord,
  EnterpriseRecord,
  EntityRecord,
  IndicatorRecord,
  IndustryRecord,
  MetricRecord,
  NodeRecord,
  PlatformRecord,
  ProjectRecord,
  ReportRecord,
  SentenceRecord,
  SubgraphRecord,
  TownshipRecord,
  VillageRecord,
} from '../graph/records';
import type { GraphQLResolveInfo } from 'graphql';
import type { EntityKind, QueryResolvers, Subgraph, SubgraphNode, TownshipKind } from '../generated/graphql';
import type { GraphContext } from '../server/context';
import { connectionFields, listConnection } from './connections';
import { withScope } from './errors';
import { badInput, boundedInt, notFound } from './errors';
import { scorecard } from './delivery';
import { lookupProjection, scorecardProjections, searchNeedsWholeNodes } from './plan';
import { kindOfLabel, TOWNSHIP_KIND_LABELS } from './kinds';

const ALL_ENTITY_KINDS: EntityKind[] = [
  'TOWNSHIP',
  'VILLAGE',
  'PLATFORM',
  'INDUSTRY',
  'ENTERPRISE',
  'PROJECT',
  'INDICATOR',
  'METRIC',
];

function labelsOf(kinds: readonly EntityKind[] | null | undefined, fallback: EntityKind[]): string[] {
  return (kinds?.length ? kinds : fallback).map((k) => ENTITY_KIND_LABELS[k]);
}

function toSubgraph(record: SubgraphRecord): Subgraph {
  const nodes: SubgraphNode[] = record.nodes.map((n) => ({ id: n.id, kind: kindOfLabel(n.label), label: n.display }));
  const edges = record.edges.map((e) => ({ id: `${e.type}:${e.source}->${e.target}`, ...e }));
  return { nodes, edges, truncated: record.truncated };
}

/**
 * A lookup by id or by name: exactly one must be given. A name several loaded counties share
 * (城关镇) needs `county`; an unknown county is an error, an unknown name null.
 */
async function byIdOrName<T extends EntityRecord>(
  context: GraphContext,
  label: T['label'],
  args: { id?: string | null; name?: string | null; county?: string | null },
  info: GraphQLResolveInfo,
): Promise<T | null> {
  if ((args.id == null) === (args.name == null)) throw badInput(`give exactly one of id and name`);
  const projection = lookupProjection(label, info);
  if (args.id != null) return context.graph.nodeOfLabel<T>(args.id, label, projection);
  const county = args.county == null ? null : await context.graph.countyCode(args.county);
  if (args.county != null && !county) throw badInput(`no loaded report is of county "${args.county}"`, 'county');
  const { found, counties } = await context.graph.entityByName<T>(label, args.name!, county, projection);
  if (counties.length > 1) {
    throw badInput(
      `several counties have a ${label.toLowerCase()} named "${args.name}" (${counties.join(', ')}): give county`,
      'county',
    );
  }
  return found;
}

/** A lookup by id, fetching what the request selects on the node in the same query. */
function byId<T extends NodeRecord>(label: T['label']) {
  return (_: unknown, { id }: { id: string }, { graph }: GraphContext, info: GraphQLResolveInfo) =>
    graph.nodeOfLabel<T>(id, label, lookupProjection(label, info));
}

export const queryResolvers: QueryResolvers = {
  node: (_, { id }, { graph }) => graph.node(id),
  nodes: (_, { ids }, { graph }) => {
    if (ids.length > 100) throw badInput('nodes takes at most 100 ids', 'ids');
    return Promise.all(ids.map((id) => graph.node(id)));
  },
  report: (_, { id }, { graph }, info) => graph.report(id, lookupProjection('Report', info)),
  reports: (_, args, context, info) =>
    listConnection<ReportRecord>('reports', { ...args, filter: args.filter ?? {} }, context, info),
  counties: (_, args, context, info) => listConnection<CountyRecord>('counties', args, context, info),
  county: async (_, { code, name }, { graph }, info) => {
    if ((code == null) === (name == null)) throw badInput('give exactly one of code and name');
    return graph.county((code ?? name)!, lookupProjection('County', info));
  },
  scorecard: (_, { county, year }, { graph }, info) => scorecard(graph, county, year, scorecardProjections(info)),

  projects: (_, args, context, info) => listConnection<ProjectRecord>('projects', args, context, info),
  townships: (_, args, context, info) =>
    listConnection<TownshipRecord>('townships', args, context, info, (filter) => ({
      ...filter,
      kind: filter.kind ? TOWNSHIP_KIND_LABELS[filter.kind as TownshipKind] : undefined,
      kindIn: (filter.kindIn as TownshipKind[] | undefined)?.map((k) => TOWNSHIP_KIND_LABELS[k]),
    })),
  villages: (_, args, context, info) => listConnection<VillageRecord>('villages', args, context, info),
  industries: (_, args, context, info) => listConnection<IndustryRecord>('industries', args, context, info),
  enterprises: (_, args, context, info) => listConnection<EnterpriseRecord>('enterprises', args, context, info),
  platforms: (_, args, context, info) => listConnection<PlatformRecord>('platforms', args, context, info),
  indicators: (_, args, context, info) => listConnection<IndicatorRecord>('indicators', args, context, info),
  metrics: (_, args, context, info) => listConnection<MetricRecord>('metrics', args, context, info),

  project: byId<ProjectRecord>('Project'),
  township: (_, args, context, info) => byIdOrName<TownshipRecord>(context, 'Township', args, info),
  industry: (_, args, context, info) => byIdOrName<IndustryRecord>(context, 'Industry', args, info),
  enterprise: byId<EnterpriseRecord>('Enterprise'),
  platform: byId<PlatformRecord>('Platform'),
  village: byId<VillageRecord>('Village'),
  indicator: byId<IndicatorRecord>('Indicator'),
  metric: (_, args, context, info) => byIdOrName<MetricRecord>(context, 'Metric', args, info),
  sentence: byId<SentenceRecord>('Sentence'),

  search: (_, { text, kinds, first, report, county }, { graph }, info) => {
    const trimmed = text.trim();
    if (!trimmed) throw badInput('text must not be empty', 'text');
    if (trimmed.length > 100) throw badInput('text must be at most 100 characters', 'text');
    const limit = boundedInt('first', first, 10, 1, 100);
    const labels = labelsOf(kinds, [...ALL_ENTITY_KINDS, 'SENTENCE']);
    return search(graph, trimmed, labels, limit, { report, county }, searchNeedsWholeNodes(info));
  },

  neighborhood: async (_, { id, depth, limit, kinds }, { graph }) => {
    const hops = boundedInt('depth', depth, 1, 1, MAX_NEIGHBORHOOD_DEPTH);
    const size = boundedInt('limit', limit, 200, 1, 1000);
    // One query: it finds the start as a lookup by id would, or returns nothing.
    const result = await neighborhood(graph, id, hops, size, labelsOf(kinds, ALL_ENTITY_KINDS));
    if (!result) throw notFound(`no node has id "${id}"`, 'id');
    return toSubgraph(result);
  },

  shortestPath: async (_, { fromId, toId, maxLength }, { graph }) => {
    const bound = boundedInt('maxLength', maxLength, 6, 1, MAX_PATH_LENGTH);
    const [from, to] = await Promise.all([graph.node(fromId), graph.node(toId)]);
    if (!from) throw notFound(`no node has id "${fromId}"`, 'fromId');
    if (!to) throw notFound(`no node has id "${toId}"`, 'toId');
    const path = await shortestPath(graph, fromId, toId, bound);
    if (!path) return null;
    const subgraph = toSubgraph(path);
    return { length: subgraph.edges.length, nodes: subgraph.nodes, edges: subgraph.edges };
  },

  graphStats: (_, __, { graph }) => graphStats(graph),
  projectStats: (_, { filter, groupBy }, { graph }) =>
    withScope(() => graph.aggregate('projects', { ...(filter ?? {}) }, groupBy)),
  indicatorStats: (_, { filter, groupBy }, { graph }) =>
    withScope(() => graph.aggregate('indicators', { ...(filter ?? {}) }, groupBy)),
};

export const connectionResolvers = Object.fromEntries(
  [
    'ProjectConnection',
    'TownshipConnection',
    'VillageConnection',
    'IndustryConnection',
    'EnterpriseConnection',
    'PlatformConnection',
    'IndicatorConnection',
    'MetricConnection',
    'ReportConnection',
    'CountyConnection',
  ].map((name) => [name, connectionFields]),
);
