import type { ApolloServerPlugin } from '@apollo/server';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  type ConstArgumentNode,
  type DocumentNode,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  getVariableValues,
  GraphQLError,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  isIntrospectionType,
  isLeafType,
  isListType,
  isObjectType,
  isInterfaceType,
  isInputObjectType,
  isEnumType,
  isAbstractType,
  Kind,
  type OperationDefinitionNode,
  parse,
  validate,
  type ValidationContext,
  valueFromASTUntyped,
} from 'graphql';
import { type ComplexityEstimator, getComplexity } from 'graphql-query-complexity';

/**
 * Limits checked before a query runs, so that no request can ask for an unbounded amount
 * of work. An ordered table of named rules (LIMIT_RULES), the first refusal wins:
 *
 * - tokens: graphql-js's parser stops at `maxTokens` (Apollo's parseOptions), before validation;
 * - depth, aliases, directives: graphql-armor's validation rules;
 * - the size and cost estimate: graphql-query-complexity walks the operation with the schema
 *   (fragments, variables, argument defaults, interfaces, @skip/@include, introspection fields)
 *   and our estimator prices each field from the schema's own `@listSize` and `@cost`
 *   directives (schema/directives.graphql). A slicing argument outside its declared range is
 *   refused here, before anything runs; introspection has a budget of its own.
 */
export interface QueryLimits {
  /**
   * Tokens (names, punctuation, values) in a document, checked by graphql-js's parser before
   * anything else, so that validation never works on a huge document.
   */
  maxTokens: number;
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  /** Estimated cost of the data part of an operation (every root field, introspection aside). */
  maxCost: number;
  /** Introspection may cost this many times the full standard introspection query. */
  introspectionBudgetFactor: number;
}

export const DEFAULT_LIMITS: QueryLimits = {
  // Eight times the full introspection query.
  maxTokens: 2_000,
  maxDepth: 12,
  maxAliases: 30,
  maxDirectives: 50,
  // The schema's own list sizes (a nested `first` defaults to 100) make honest estimates about five
  // times the old guesses (20 per list): a page of 100 entities with all their mentions and sentences
  // costs about 100,000, every kind at once 700,000. Bytes are bounded separately (MAX_RESPONSE_BYTES).
  maxCost: 1_000_000,
  introspectionBudgetFactor: 2,
};

/** How many nodes graphql-query-complexity may visit (fragments expanded) before it gives up. */
const MAX_QUERY_NODES = 10_000;
/** The size of a list the schema declares no size for (a schema test requires one on every list). */
const UNDECLARED_LIST_SIZE = 100;

/** A `@listSize` declaration (schema/directives.graphql). */
export interface ListSize {
  assumedSize?: number;
  slicingArguments: string[];
  sizedFields: string[];
  minSlice: number;
  maxSlice?: number;
}

/** What the schema says about sizes and costs, read once per schema. */
export interface SchemaCosts {
  /** `Type.field` → its @listSize. */
  listSizes: Map<string, ListSize>;
  /** `Type.field` of fields a parent's `sizedFields` sizes (a connection's nodes): counted once here. */
  sizedByParent: Set<string>;
  /** `Type.field` → its @cost weight (default 1). */
  weights: Map<string, number>;
  /** Introspection lists (`__Type.fields` …) → the largest such list in this schema. */
  introspectionSizes: Map<string, number>;
  /** List fields with no declared size (counted as UNDECLARED_LIST_SIZE). */
  undeclaredLists: string[];
  /** What introspection may cost per operation. */
  introspectionBudget: number;
}

function directiveArguments(field: GraphQLField<unknown, unknown>, name: string): Record<string, unknown> | null {
  const directive = field.astNode?.directives?.find((d) => d.name.value === name);
  if (!directive) return null;
  return Object.fromEntries(
    (directive.arguments ?? []).map((a: ConstArgumentNode) => [a.name.value, valueFromASTUntyped(a.value)]),
  );
}

function listSizeOf(field: GraphQLField<unknown, unknown>): ListSize | null {
  const args = directiveArguments(field, 'listSize');
  if (!args) return null;
  return {
    assumedSize: args.assumedSize as number | undefined,
    slicingArguments: (args.slicingArguments as string[] | undefined) ?? [],
    sizedFields: (args.sizedFields as string[] | undefined) ?? [],
    minSlice: (args.minSlice as number | undefined) ?? 0,
    maxSlice: args.maxSlice as number | undefined,
  };
}

function fieldsOf(schema: GraphQLSchema): [string, GraphQLField<unknown, unknown>][] {
  return Object.values(schema.getTypeMap())
    .filter((t) => !isIntrospectionType(t) && (isObjectType(t) || isInterfaceType(t)))
    .flatMap((t) =>
      Object.values((t as GraphQLObjectType).getFields()).map((f): [string, GraphQLField<unknown, unknown>] => [
        `${t.name}.${f.name}`,
        f,
      ]),
    );
}

/** The largest list of each kind that introspecting this schema can return. */
function introspectionSizesOf(schema: GraphQLSchema): Map<string, number> {
  const types = Object.values(schema.getTypeMap());
  const max = (values: number[]) => Math.max(1, ...values);
  const fieldLists = types.flatMap((t) =>
    isObjectType(t) || isInterfaceType(t) ? [Object.values(t.getFields())] : [],
  );
  const directives = schema.getDirectives();
  return new Map([
    ['__Schema.types', types.length],
    ['__Schema.directives', directives.length],
    ['__Type.fields', max(fieldLists.map((fields) => fields.length))],
    [
      '__Type.interfaces',
      max(types.map((t) => (isObjectType(t) || isInterfaceType(t) ? t.getInterfaces().length : 0))),
    ],
    ['__Type.possibleTypes', max(types.map((t) => (isAbstractType(t) ? schema.getPossibleTypes(t).length : 0)))],
    ['__Type.enumValues', max(types.map((t) => (isEnumType(t) ? t.getValues().length : 0)))],
    ['__Type.inputFields', max(types.map((t) => (isInputObjectType(t) ? Object.keys(t.getFields()).length : 0)))],
    ['__Field.args', max(fieldLists.flat().map((f) => f.args.length))],
    ['__Directive.args', max(directives.map((d) => d.args.length))],
    ['__Directive.locations', max(directives.map((d) => d.locations.length))],
  ]);
}

export function readSchemaCosts(schema: GraphQLSchema, limits: QueryLimits = DEFAULT_LIMITS): SchemaCosts {
  const listSizes = new Map<string, ListSize>();
  const weights = new Map<string, number>();
  const sizedByParent = new Set<string>();
  for (const [key, field] of fieldsOf(schema)) {
    const size = listSizeOf(field);
    if (size) {
      listSizes.set(key, size);
      const returned = getNamedType(field.type).name;
      for (const sized of size.sizedFields) sizedByParent.add(`${returned}.${sized}`);
    }
    const cost = directiveArguments(field, 'cost');
    if (cost) weights.set(key, Number(cost.weight));
  }
  const undeclaredLists = fieldsOf(schema)
    .filter(([key, field]) => isListType(getNullableType(field.type)) && !listSizes.has(key) && !sizedByParent.has(key))
    .map(([key]) => key);
  const costs: SchemaCosts = {
    listSizes,
    sizedByParent,
    weights,
    introspectionSizes: introspectionSizesOf(schema),
    undeclaredLists,
    introspectionBudget: Infinity,
  };
  const fullIntrospection = parse(
    getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      oneOf: true,
    }),
  );
  costs.introspectionBudget =
    limits.introspectionBudgetFactor * estimateCost(schema, costs, fullIntrospection, undefined, {}).introspection;
  return costs;
}

function tooComplex(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } });
}

function badSlice(message: string, argumentName: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', argumentName, http: { status: 400 } },
  });
}

/**
 * The size a list field returns for these arguments, or a BAD_USER_INPUT error when a slicing
 * argument is outside its declared range (a negative `first` must never lower the estimate).
 */
function sliceSize(
  fieldName: string,
  spec: ListSize,
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
): number {
  for (const name of spec.slicingArguments) {
    let value = args[name];
    if (value === undefined || value === null) value = field.args.find((a) => a.name === name)?.defaultValue;
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      if (spec.maxSlice !== undefined && value.length > spec.maxSlice)
        throw badSlice(`${fieldName} takes at most ${spec.maxSlice} ${name}, got ${value.length}`, name);
      return value.length;
    }
    const n = value as number;
    if (!Number.isInteger(n) || n < spec.minSlice || (spec.maxSlice !== undefined && n > spec.maxSlice)) {
      throw badSlice(`${name} must be between ${spec.minSlice} and ${spec.maxSlice ?? 'any'}, got ${n}`, name);
    }
    return n;
  }
  return spec.assumedSize ?? spec.maxSlice ?? UNDECLARED_LIST_SIZE;
}

const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

/**
 * Prices one field from the schema: its weight (@cost, else 1) plus its size (@listSize, the
 * introspection sizes of this schema, or 1) times what it selects.
 */
function schemaEstimator(schema: GraphQLSchema, costs: SchemaCosts, tally: { introspection: number }) {
  const estimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
    const key = `${type.name}.${field.name}`;
    const weight = costs.weights.get(key) ?? 1;
    const spec = costs.listSizes.get(key);
    const isList = isListType(getNullableType(field.type));
    let size = 1;
    if (spec) size = sliceSize(field.name, spec, field as GraphQLField<unknown, unknown>, args);
    else if (isList && isIntrospectionType(type))
      size = costs.introspectionSizes.get(key) ?? Math.max(...costs.introspectionSizes.values());
    else if (isList && !costs.sizedByParent.has(key)) size = UNDECLARED_LIST_SIZE;
    const each = isLeafType(getNamedType(field.type)) ? (isList ? 1 : 0) : childComplexity;
    const cost = weight + size * each;
    if (type === schema.getQueryType() && INTROSPECTION_ROOTS.has(field.name)) {
      tally.introspection += cost;
      return 0;
    }
    return cost;
  };
  return estimator;
}

export interface CostEstimate {
  /** Every root field but introspection. */
  data: number;
  introspection: number;
}

/** The estimated cost of an operation; throws BAD_USER_INPUT for a slicing argument out of range. */
export function estimateCost(
  schema: GraphQLSchema,
  costs: SchemaCosts,
  document: DocumentNode,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): CostEstimate {
  const tally = { introspection: 0 };
  const data = getComplexity({
    schema,
    query: document,
    operationName,
    variables,
    estimators: [schemaEstimator(schema, costs, tally)],
    maxQueryNodes: MAX_QUERY_NODES,
  });
  return { data, introspection: tally.introspection };
}

export interface LimitInput {
  schema: GraphQLSchema;
  costs: SchemaCosts;
  /** Only the operation to run and the fragments. */
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown>;
  limits: QueryLimits;
}

export interface LimitRule {
  name: string;
  /** A refusal (QUERY_TOO_COMPLEX or BAD_USER_INPUT), or null to pass. */
  check(input: LimitInput): GraphQLError | null;
}

type ArmorRule = (options: {
  n: number;
  propagateOnRejection: boolean;
  onReject: ((context: ValidationContext | null, error: GraphQLError) => void)[];
  ignoreIntrospection?: boolean;
  flattenFragments?: boolean;
}) => (context: ValidationContext) => object;

/** A graphql-armor rule run on the operation; its message, without armor's "Syntax Error: " prefix. */
function armor(name: string, rule: ArmorRule, limit: (limits: QueryLimits) => number, options = {}): LimitRule {
  return {
    name,
    check({ schema, document, limits }) {
      const rejected: string[] = [];
      validate(schema, document, [
        rule({
          n: limit(limits),
          propagateOnRejection: false,
          onReject: [(_, error) => rejected.push(error.message.replace(/^Syntax Error: /, ''))],
          ...options,
        }) as never,
      ]);
      return rejected.length ? tooComplex(`${rejected[0]} Ask for less in one request.`) : null;
    },
  };
}

const costRule: LimitRule = {
  name: 'cost',
  check({ schema, costs, document, operation, variables, limits }) {
    // Variables that do not fit their types are refused by execution with BAD_USER_INPUT; nothing runs.
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
    if (coerced.errors) return null;
    let estimate: CostEstimate;
    try {
      estimate = estimateCost(schema, costs, document, operation.name?.value, variables);
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT') return error;
      return tooComplex('query is too large to estimate; ask for less in one request');
    }
    if (estimate.introspection > costs.introspectionBudget) {
      return tooComplex(
        `introspection would cost about ${estimate.introspection}; the limit is ${costs.introspectionBudget} ` +
          `(${limits.introspectionBudgetFactor} times the full introspection query). Introspect once.`,
      );
    }
    if (estimate.data > limits.maxCost) {
      return tooComplex(
        `query would cost about ${estimate.data} (each list multiplies what it selects by its size: its first, ` +
          `ids or limit, or the size the schema assumes); the limit is ${limits.maxCost}. Ask for smaller pages.`,
      );
    }
    return null;
  },
};

/** First refusal wins. */
export const LIMIT_RULES: LimitRule[] = [
  armor('depth', maxDepthRule as ArmorRule, (l) => l.maxDepth, { ignoreIntrospection: true, flattenFragments: true }),
  armor('aliases', maxAliasesRule as ArmorRule, (l) => l.maxAliases),
  armor('directives', maxDirectivesRule as ArmorRule, (l) => l.maxDirectives),
  costRule,
];

const costsBySchema = new WeakMap<GraphQLSchema, SchemaCosts>();

export function schemaCosts(schema: GraphQLSchema, limits: QueryLimits = DEFAULT_LIMITS): SchemaCosts {
  let costs = costsBySchema.get(schema);
  if (!costs) {
    costs = readSchemaCosts(schema, limits);
    costsBySchema.set(schema, costs);
  }
  return costs;
}

/** The first limit the operation exceeds, as a GraphQL error (HTTP 400), or null. */
export function checkLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
  limits: QueryLimits = DEFAULT_LIMITS,
): GraphQLError | null {
  const operations = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation = operationName ? operations.find((o) => o.name?.value === operationName) : operations[0];
  if (!operation) return null;
  const input: LimitInput = {
    schema,
    costs: schemaCosts(schema, limits),
    document: {
      ...document,
      definitions: [operation, ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)],
    },
    operation,
    variables,
    limits,
  };
  for (const rule of LIMIT_RULES) {
    const refusal = rule.check(input);
    if (refusal) return refusal;
  }
  return null;
}

/** How many verdicts are kept (the oldest unused go first), and the longest key kept (larger variables are checked every time). */
const MAX_VERDICTS = 1_000;
const MAX_VERDICT_KEY = 2_048;

/**
 * checkLimits with its verdicts kept: a verdict depends only on the schema, the document, the
 * operation, the variables and the limits, so a query asked again with the same variables is not
 * walked again (the walk was about 9 % of the server's CPU under the benchmark's W3). Keyed by
 * the document's hash (Apollo's `queryHash`); at most MAX_VERDICTS small keys, so that no stream of
 * distinct queries or variables can grow it. Refusals are kept as their message and extensions,
 * and thrown as a new error each time.
 */
export function limitChecker(limits: QueryLimits = DEFAULT_LIMITS) {
  type Verdict = { message: string; extensions: GraphQLError['extensions'] } | null;
  const verdicts = new WeakMap<GraphQLSchema, Map<string, Verdict>>();
  return (
    schema: GraphQLSchema,
    document: DocumentNode,
    queryHash: string,
    operationName: string | null | undefined,
    variables: Record<string, unknown>,
  ): GraphQLError | null => {
    let kept = verdicts.get(schema);
    if (!kept) verdicts.set(schema, (kept = new Map()));
    const key = `${queryHash}\n${operationName ?? ''}\n${JSON.stringify(variables)}`;
    let verdict = kept.get(key);
    if (verdict === undefined) {
      const error = checkLimits(schema, document, operationName, variables, limits);
      verdict = error && { message: error.message, extensions: error.extensions };
      if (key.length <= MAX_VERDICT_KEY) {
        if (kept.size >= MAX_VERDICTS) kept.delete(kept.keys().next().value as string);
        kept.set(key, verdict);
      }
    } else {
      // Most recently used last.
      kept.delete(key);
      kept.set(key, verdict);
    }
    return verdict && new GraphQLError(verdict.message, { extensions: verdict.extensions });
  };
}

/** An Apollo Server plugin refusing operations over the limits before any resolver runs. */
export function queryLimitsPlugin<T extends object>(limits: QueryLimits = DEFAULT_LIMITS): ApolloServerPlugin<T> {
  const check = limitChecker(limits);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, queryHash, operationName, request }) {
          const error = check(schema, document, queryHash, operationName, request.variables ?? {});
          if (error) throw error;
        },
      };
    },
  };
}

const TOKEN_LIMIT = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/;

/** The parser's refusal of a document over maxTokens, in the words of the other limits (or null). */
export function tokenLimitMessage(message: string): string | null {
  const limit = TOKEN_LIMIT.exec(message)?.[1];
  return limit
    ? `query has more than ${limit} tokens (names, values and punctuation); ask for less in one request`
    : null;
}
