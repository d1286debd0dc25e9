import { createHash, randomUUID } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import type { SnapshotCache } from '../graph/catalog';
import type { GraphContext } from './context';

/**
 * Conditional GET for GraphQL queries: an answer depends on the query, its variables, the
 * response format asked for, and the graph, which changes only when a report build is published
 * or retired, that is when the catalog's epoch moves (src/graph/builds.ts). So the ETag of a GET
 * answer is the epoch the request read, this server's instance (another version of the server
 * may answer differently) and a hash of the URL's query string and Accept header. A client that
 * sends it back in If-None-Match gets 304 Not Modified, without a query being run, for as long as
 * no build is published (as fresh as the readers' own view of the catalog: 250 ms).
 *
 * Only answers without errors get an ETag: a client must not keep an error (a timeout, an
 * outage) as if it were the answer. POST requests are never cached (GraphQL over HTTP).
 */

/** This process: an ETag of another run of the server never matches. */
const INSTANCE = randomUUID().slice(0, 8);

export function graphqlEtag(epoch: number, search: string, accept: string | undefined): string {
  const hash = createHash('sha1')
    .update(search)
    .update('\n')
    .update(accept ?? '')
    .digest('base64url')
    .slice(0, 22);
  return `W/"${epoch}-${INSTANCE}-${hash}"`;
}

/** The query string of a URL, `?` included (what identifies a GET query). */
function searchOf(url: string): string {
  const at = url.indexOf('?');
  return at < 0 ? '' : url.slice(at);
}

function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch
    .split(',')
    .map((tag) => tag.trim())
    .some((tag) => tag === etag || tag === '*');
}

/** Before the GraphQL handler: a GET whose If-None-Match is the current ETag is answered 304 at once. */
export function notModified(snapshots: SnapshotCache): RequestHandler {
  return (req, res, next) => {
    const ifNoneMatch = req.headers['if-none-match'];
    if (req.method !== 'GET' || !ifNoneMatch) {
      next();
      return;
    }
    snapshots.get().then(
      ({ epoch }) => {
        const etag = graphqlEtag(epoch, searchOf(req.originalUrl), req.headers.accept);
        if (!matches(ifNoneMatch, etag)) {
          next();
          return;
        }
        res.setHeader('ETag', etag);
        res.setHeader('Cache-Control', 'no-cache');
        res.setHeader('Vary', 'Accept');
        res.status(304).end();
      },
      // The catalog cannot be read: let the request run and fail as it will.
      () => next(),
    );
  };
}

/** Tags a GET answer without errors with the ETag of the epoch its reads used. */
export function etagPlugin(snapshots: SnapshotCache): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart({ request }) {
      if (request.http?.method !== 'GET') return;
      return {
        async willSendResponse({ response, contextValue }) {
          const body = response.body;
          if (body.kind !== 'single' || body.singleResult.errors?.length) return;
          const { epoch } = await (contextValue.graph?.view() ?? snapshots.get());
          const http = request.http!;
          response.http.headers.set('etag', graphqlEtag(epoch, http.search, http.headers.get('accept')));
          response.http.headers.set('cache-control', 'no-cache');
          response.http.headers.set('vary', 'accept');
        },
      };
    },
  };
}
