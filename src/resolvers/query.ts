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
  EnterpriseRecord,
  EntityRecord,
  IndicatorRecord,
  IndustryRecord,
  MetricRecord,
  PlatformRecord,
  ProjectRecord,
  SentenceRecord,
  SubgraphRecord,
  TownshipRecord,
  VillageRecord,
} from '../graph/records';
import type { EntityKind, QueryResolvers, Subgraph, SubgraphNode, TownshipKind } from '../generated/graphql';
import type { GraphContext } from '../server/context';
import { connectionFields, listConnection } from './connections';
import { badInput, boundedInt, notFound } from './errors';

export const TOWNSHIP_KIND_LABELS: Record<TownshipKind, TownshipRecord['townshipKind']> = {
  SUBDISTRICT: '街道',
  TOWN: '镇',
  TOWNSHIP: '乡',
};

const LABEL_KINDS = Object.fromEntries(
  Object.entries(ENTITY_KIND_LABELS).map(([kind, label]) => [label, kind]),
) as Record<string, EntityKind>;

export function kindOfLabel(label: string): EntityKind {
  const kind = LABEL_KINDS[label];
  if (!kind) throw new Error(`no EntityKind for label ${label}`);
  return kind;
}

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

/** A lookup by id or by name: exactly one must be given. */
async function byIdOrName<T extends EntityRecord>(
  context: GraphContext,
  label: T['label'],
  args: { id?: string | null; name?: string | null },
): Promise<T | null> {
  if ((args.id == null) === (args.name == null)) throw badInput(`give exactly one of id and name`);
  return args.id != null
    ? context.graph.nodeOfLabel<T>(args.id, label)
    : context.graph.entityByName<T>(label, args.name!);
}

export const queryResolvers: QueryResolvers = {
  node: (_, { id }, { graph }) => graph.node(id),
  nodes: (_, { ids }, { graph }) => {
    if (ids.length > 100) throw badInput('nodes takes at most 100 ids', 'ids');
    return Promise.all(ids.map((id) => graph.node(id)));
  },
  report: (_, __, { graph }) => graph.report(),

  projects: (_, args, context) => listConnection<ProjectRecord>('projects', args, context),
  townships: (_, args, context) =>
    listConnection<TownshipRecord>('townships', args, context, (filter) => ({
      ...filter,
      kind: filter.kind ? TOWNSHIP_KIND_LABELS[filter.kind as TownshipKind] : undefined,
    })),
  villages: (_, args, context) => listConnection<VillageRecord>('villages', args, context),
  industries: (_, args, context) => listConnection<IndustryRecord>('industries', args, context),
  enterprises: (_, args, context) => listConnection<EnterpriseRecord>('enterprises', args, context),
  platforms: (_, args, context) => listConnection<PlatformRecord>('platforms', args, context),
  indicators: (_, args, context) => listConnection<IndicatorRecord>('indicators', args, context),
  metrics: (_, args, context) => listConnection<MetricRecord>('metrics', args, context),

  project: (_, { id }, { graph }) => graph.nodeOfLabel<ProjectRecord>(id, 'Project'),
  township: (_, args, context) => byIdOrName<TownshipRecord>(context, 'Township', args),
  industry: (_, args, context) => byIdOrName<IndustryRecord>(context, 'Industry', args),
  enterprise: (_, { id }, { graph }) => graph.nodeOfLabel<EnterpriseRecord>(id, 'Enterprise'),
  platform: (_, { id }, { graph }) => graph.nodeOfLabel<PlatformRecord>(id, 'Platform'),
  village: (_, { id }, { graph }) => graph.nodeOfLabel<VillageRecord>(id, 'Village'),
  indicator: (_, { id }, { graph }) => graph.nodeOfLabel<IndicatorRecord>(id, 'Indicator'),
  metric: (_, args, context) => byIdOrName<MetricRecord>(context, 'Metric', args),
  sentence: (_, { id }, { graph }) => graph.nodeOfLabel<SentenceRecord>(id, 'Sentence'),

  search: (_, { text, kinds, first }, { graph }) => {
    const trimmed = text.trim();
    if (!trimmed) throw badInput('text must not be empty', 'text');
    if (trimmed.length > 100) throw badInput('text must be at most 100 characters', 'text');
    const limit = boundedInt('first', first, 10, 1, 100);
    return search(graph, trimmed, labelsOf(kinds, [...ALL_ENTITY_KINDS, 'SENTENCE']), limit);
  },

  neighborhood: async (_, { id, depth, limit, kinds }, { graph }) => {
    const hops = boundedInt('depth', depth, 1, 1, MAX_NEIGHBORHOOD_DEPTH);
    const size = boundedInt('limit', limit, 200, 1, 1000);
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
  ].map((name) => [name, connectionFields]),
);
