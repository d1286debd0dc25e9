/**
 * Introspection that fits the server's query limits. The standard introspection query is
 * 15 levels deep and its estimated cost (every plural field counted as a list of 20) is far
 * over the server's budget, so the server refuses it (QUERY_TOO_COMPLEX). This asks for the
 * same information in small pieces: the type names first, then a few types per request with
 * `__type(name:)`, and assembles the standard `{ __schema }` answer GraphiQL expects.
 */

type Post = (body: { query: string; variables?: Record<string, unknown> }) => Promise<{
  data?: Record<string, unknown> | null;
  errors?: { message: string }[];
}>;

/** Deep enough for this schema's deepest wrapping ([X!]! is three wrappers around a named type). */
const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';
const INPUT_VALUE = `name description type { ${TYPE_REF} } defaultValue`;
const FULL_TYPE = `
  kind name description specifiedByURL
  fields(includeDeprecated: true) { name description args { ${INPUT_VALUE} } type { ${TYPE_REF} } isDeprecated deprecationReason }
  inputFields { ${INPUT_VALUE} }
  interfaces { ${TYPE_REF} }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ${TYPE_REF} }`;

const SCHEMA_OUTLINE = `query IntrospectionOutline {
  __schema {
    queryType { name }
    mutationType { name }
    subscriptionType { name }
    types { name }
    directives { name description isRepeatable locations args { ${INPUT_VALUE} } }
  }
}`;

/** Types per request: each full type is estimated at ~9,000 of the server's 50,000 budget. */
const TYPES_PER_REQUEST = 4;

function check<T>(answer: Awaited<ReturnType<Post>>, what: string): T {
  if (answer.errors?.length || !answer.data) {
    throw new Error(`introspection (${what}) failed: ${answer.errors?.map((e) => e.message).join('; ') ?? 'no data'}`);
  }
  return answer.data as T;
}

export async function introspectInPieces(post: Post): Promise<{ data: { __schema: Record<string, unknown> } }> {
  const outline = check<{ __schema: { types: { name: string }[] } & Record<string, unknown> }>(
    await post({ query: SCHEMA_OUTLINE }),
    'outline',
  ).__schema;
  const names = outline.types.map((t) => t.name);
  const batches: string[][] = [];
  for (let i = 0; i < names.length; i += TYPES_PER_REQUEST) batches.push(names.slice(i, i + TYPES_PER_REQUEST));
  const answers = await Promise.all(
    batches.map(async (batch) => {
      const variables = Object.fromEntries(batch.map((name, i) => [`n${i}`, name]));
      const query = `query IntrospectionTypes(${batch.map((_, i) => `$n${i}: String!`).join(', ')}) {
        ${batch.map((_, i) => `t${i}: __type(name: $n${i}) { ${FULL_TYPE} }`).join('\n')}
      }`;
      const data = check<Record<string, unknown>>(await post({ query, variables }), batch.join(', '));
      return batch.map((_, i) => data[`t${i}`]);
    }),
  );
  return { data: { __schema: { ...outline, types: answers.flat() } } };
}
