import type { ApolloServerPlugin } from '@apollo/server';

/**
 * The HTTP status of a request error (a query that does not parse, fails validation, is over the
 * limits, or whose answer is too large: no `data` at all), as the GraphQL-over-HTTP specification
 * asks: a client that accepts `application/graphql-response+json` gets 400 (it reads the body of a
 * 4xx as GraphQL errors); a client that accepts only `application/json` gets 200, so that it reads
 * the errors in the body rather than failing the request as a network error (Apollo Client 3, urql).
 * Errors during execution (`data` present, possibly null) and request errors of another status
 * (405 for a mutation over GET) keep theirs.
 */
export function prefersGraphQLResponse(accept: string | undefined): boolean {
  return /application\/graphql-response\+json/i.test(accept ?? '');
}

export function httpStatusPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const { singleResult } = response.body;
          if (!singleResult.errors?.length || 'data' in singleResult) return;
          // Other statuses say something else (405: a mutation over GET; 413; 503): they stay.
          if (response.http.status !== undefined && response.http.status !== 400) return;
          response.http.status = prefersGraphQLResponse(request.http?.headers.get('accept')) ? 400 : 200;
        },
      };
    },
  };
}
