/** The one way the pages talk to the server: the public GraphQL API, same origin. */
export const GRAPHQL_URL = '/graphql';

export interface GraphQLErrorItem {
  message: string;
  extensions?: { code?: string } & Record<string, unknown>;
}

export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly errors: GraphQLErrorItem[] = [],
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

/** POSTs a query as JSON (Apollo's CSRF prevention accepts that) and returns `data`, or throws. */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(GRAPHQL_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new GraphQLRequestError(`the server does not answer (${(error as Error).message})`);
  }
  let body: { data?: T | null; errors?: GraphQLErrorItem[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new GraphQLRequestError(`the server answered ${response.status} ${response.statusText} without JSON`);
  }
  if (body.errors?.length) throw new GraphQLRequestError(body.errors.map((e) => e.message).join('; '), body.errors);
  if (!response.ok || body.data == null) throw new GraphQLRequestError(`the server answered ${response.status}`);
  return body.data;
}
