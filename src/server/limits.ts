import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { GraphContext } from './context';

/**
 * Limits checked before a query runs, so one request cannot ask for an
 * unbounded amount of work: nesting depth, number of aliases, and an estimated
 * cost where a list field multiplies the cost of what it selects by its `first`
 * (or its default page size).
 */
export interface QueryLimits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

export const DEFAULT_LIMITS: QueryLimits = { maxDepth: 12, maxAliases: 30, maxCost: 250_000 };

/** How many items to assume in a list field that has no `first`. */
const DEFAULT_LIST_SIZE = 20;
/** The parts of a connection: they pass its page through, they do not multiply it again. */
const CONNECTION_PARTS = new Set(['nodes', 'edges', 'node', 'pageInfo']);

/** Plural field names (projects, mentions, subsectors …) are lists in this schema. */
function listSizeGuess(fieldName: string): number {
  return !CONNECTION_PARTS.has(fieldName) && fieldName.endsWith('s') ? DEFAULT_LIST_SIZE : 1;
}

function tooComplex(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } });
}

function intArgument(field: FieldNode, name: string, variables: Record<string, unknown>): number | null {
  const argument = field.arguments?.find((a) => a.name.value === name);
  if (!argument) return null;
  const value: ValueNode = argument.value;
  if (value.kind === Kind.INT) return Number(value.value);
  if (value.kind === Kind.VARIABLE) {
    const bound = variables[value.name.value];
    return typeof bound === 'number' ? bound : null;
  }
  return null;
}

export interface Walk {
  depth: number;
  aliases: number;
  cost: number;
}

function walk(
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  /** Nesting level of the fields in this selection set (root fields: 1). */
  depth: number,
  seen: Set<string>,
): Walk {
  const total: Walk = { depth, aliases: 0, cost: 0 };
  for (const selection of selectionSet.selections) {
    let inner: Walk | null = null;
    if (selection.kind === Kind.FIELD) {
      // Introspection (__schema, __type) reads the schema, not the graph: tools such as GraphiQL and
      // codegen send deep introspection queries, and they cost no database work.
      if (selection.name.value.startsWith('__') && selection.selectionSet) continue;
      if (selection.alias) total.aliases += 1;
      const multiplier = intArgument(selection, 'first', variables) ?? intArgument(selection, 'limit', variables);
      if (selection.selectionSet) {
        inner = walk(selection.selectionSet, fragments, variables, depth + 1, seen);
        const size = multiplier ?? listSizeGuess(selection.name.value);
        inner = { ...inner, cost: 1 + size * inner.cost };
      } else {
        inner = { depth, aliases: 0, cost: 1 };
      }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      inner = walk(selection.selectionSet, fragments, variables, depth, seen);
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      if (!fragment || seen.has(name)) continue; // cycles are reported by graphql-js's own rules
      inner = walk(fragment.selectionSet, fragments, variables, depth, new Set([...seen, name]));
    }
    total.depth = Math.max(total.depth, inner.depth);
    total.aliases += inner.aliases;
    total.cost += inner.cost;
  }
  return total;
}

/** Depth, aliases and estimated cost of each operation in a document. */
export function measureDocument(document: DocumentNode, variables: Record<string, unknown> = {}): Walk[] {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return document.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => walk(operation.selectionSet, fragments, variables, 1, new Set()));
}

/** The first limit the operation exceeds, as a QUERY_TOO_COMPLEX error (HTTP 400), or null. */
export function checkLimits(
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
  limits: QueryLimits,
): GraphQLError | null {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!operation) return null;
  const [result] = measureDocument(
    {
      ...document,
      definitions: [operation, ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)],
    },
    variables,
  );
  if (result.depth > limits.maxDepth) {
    return tooComplex(`query is nested ${result.depth} levels deep; the limit is ${limits.maxDepth}`);
  }
  if (result.aliases > limits.maxAliases) {
    return tooComplex(`query uses ${result.aliases} aliases; the limit is ${limits.maxAliases}`);
  }
  if (result.cost > limits.maxCost) {
    return tooComplex(
      `query would cost about ${result.cost} (each list multiplies what it selects by its first/limit); the limit is ${limits.maxCost}. Ask for smaller pages.`,
    );
  }
  return null;
}

/** An Apollo Server plugin refusing operations over the limits before any resolver runs. */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operationName, request }) {
          const error = checkLimits(document, operationName, request.variables ?? {}, limits);
          if (error) throw error;
        },
      };
    },
  };
}
