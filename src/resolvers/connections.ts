import { decodeCursor } from '../graph/cursor';
import type { GraphQLResolveInfo } from 'graphql';
import { LISTS, type ListName } from '../graph/lists';
import type { ConnectionRecord, NodeRecord } from '../graph/records';
import type { GraphContext } from '../server/context';
import { badInput, boundedInt, withScope } from './errors';
import { connectionProjection } from './plan';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

interface ListArgs {
  filter?: object | null;
  orderBy?: readonly { field: string; direction?: 'ASC' | 'DESC' | null }[] | null;
  first?: number | null;
  after?: string | null;
}

/**
 * Runs a root list field: checks `first` and `after`, then asks the graph for one page,
 * with everything the request selects on its nodes, in one query.
 */
export function listConnection<T extends NodeRecord>(
  name: ListName,
  args: ListArgs,
  context: GraphContext,
  info: GraphQLResolveInfo,
  mapFilter: (filter: Record<string, unknown>) => Record<string, unknown> = (f) => f,
): Promise<ConnectionRecord<T>> {
  const first = boundedInt('first', args.first, DEFAULT_PAGE_SIZE, 0, MAX_PAGE_SIZE);
  if (args.after && decodeCursor(args.after) === null)
    throw badInput('after is not a cursor this API returned', 'after');
  const filter = mapFilter({ ...(args.filter ?? {}) });
  const order = (args.orderBy ?? []).map((o) => ({ field: o.field, direction: o.direction ?? 'ASC' }));
  const projection = connectionProjection(LISTS[name].label, info);
  return withScope(() => context.graph.list<T>(name, filter, order, first, args.after, projection));
}

/** The fields every connection type shares, derived from the page the graph returned. */
export const connectionFields = {
  totalCount: (c: ConnectionRecord<NodeRecord>) => c.totalCount,
  edges: (c: ConnectionRecord<NodeRecord>) => c.edges,
  nodes: (c: ConnectionRecord<NodeRecord>) => c.edges.map((e) => e.node),
  pageInfo: (c: ConnectionRecord<NodeRecord>) => ({
    hasNextPage: c.hasNextPage,
    hasPreviousPage: c.hasPreviousPage,
    startCursor: c.edges[0]?.cursor ?? null,
    endCursor: c.edges.at(-1)?.cursor ?? null,
  }),
};
