import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import type { Prefetch } from '../graph/reader';
import type { RelatedName } from '../graph/related';
import { type Prefetchable, typeResolvers } from './types';

/**
 * Plans what a list or lookup query fetches along with its nodes: the fields the
 * request selects on them whose resolvers say what they load. One level deep; deeper
 * fields still go through the batched loaders.
 */

function fieldsOf(
  selectionSet: SelectionSetNode | undefined,
  fragments: Record<string, FragmentDefinitionNode>,
): FieldNode[] {
  if (!selectionSet) return [];
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection];
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsOf(selection.selectionSet, fragments);
    return fieldsOf(fragments[selection.name.value]?.selectionSet, fragments);
  });
}

function planFor(typeName: string, fields: FieldNode[]): Prefetch {
  const resolvers =
    (typeResolvers as Record<string, Record<string, Partial<Prefetchable> | undefined>>)[typeName] ?? {};
  const related = new Set<RelatedName>();
  let mentions = false;
  let milestones = false;
  for (const field of fields) {
    const loads = resolvers[field.name.value]?.loads;
    if (loads === 'mentions') mentions = true;
    else if (loads === 'milestones') milestones = true;
    else if (loads) related.add(loads);
  }
  return { related: [...related], mentions, milestones };
}

/** For a field returning one `typeName` node: what the request selects on it. */
export function lookupPrefetch(typeName: string, info: GraphQLResolveInfo): Prefetch {
  return planFor(
    typeName,
    info.fieldNodes.flatMap((node) => fieldsOf(node.selectionSet, info.fragments)),
  );
}

/** For a connection of `typeName` nodes: what the request selects on `nodes` and on `edges { node }`. */
export function connectionPrefetch(typeName: string, info: GraphQLResolveInfo): Prefetch {
  const connectionFields = info.fieldNodes.flatMap((node) => fieldsOf(node.selectionSet, info.fragments));
  const nodeFields = connectionFields.flatMap((field) => {
    if (field.name.value === 'nodes') return fieldsOf(field.selectionSet, info.fragments);
    if (field.name.value !== 'edges') return [];
    return fieldsOf(field.selectionSet, info.fragments)
      .filter((edgeField) => edgeField.name.value === 'node')
      .flatMap((node) => fieldsOf(node.selectionSet, info.fragments));
  });
  return planFor(typeName, nodeFields);
}
