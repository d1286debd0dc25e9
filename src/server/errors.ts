import { unwrapResolverError } from '@apollo/server/errors';
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
// Request.log, the request's logger (with its id), comes from requestLog.ts.
import type {} from './requestLog';
import { QueryTimeoutError } from '../graph/session';
import { tokenLimitMessage } from './limits';

/**
 * What clients see of an error, from any layer: a GraphQL error (JSON) with `extensions.code`
 * and our own words. Never a stack trace, a file path or Neo4j's text; the server logs those.
 */
interface Classified {
  code: string;
  message: string;
}

interface ErrorRule {
  name: string;
  matches(error: unknown): boolean;
  classified: Classified;
}

const neo4jCode = (error: unknown): string | null => (error instanceof Neo4jError ? error.code : null);

const UNAVAILABLE: Classified = {
  code: 'SERVICE_UNAVAILABLE',
  message: 'the graph database is unavailable; try again shortly',
};
const TIMEOUT: Classified = {
  code: 'QUERY_TIMEOUT',
  message: 'the query took too long and was cancelled; ask for less, or try again shortly',
};

/** Errors from below the resolvers, first match wins. */
export const ERROR_RULES: ErrorRule[] = [
  { name: 'no answer within the request budget', matches: (e) => e instanceof QueryTimeoutError, classified: TIMEOUT },
  {
    name: 'Neo4j cancelled a slow transaction',
    matches: (e) => /TransactionTimedOut|Transaction\.Terminated|TransactionMarkedAsFailed/.test(neo4jCode(e) ?? ''),
    classified: TIMEOUT,
  },
  {
    name: 'Neo4j is unreachable',
    matches: (e) => ['ServiceUnavailable', 'SessionExpired'].includes(neo4jCode(e) ?? ''),
    classified: UNAVAILABLE,
  },
  {
    name: 'every connection is busy (a stalled database)',
    matches: (e) => e instanceof Neo4jError && /acquisition timed out/i.test(e.message),
    classified: UNAVAILABLE,
  },
  {
    name: 'the graph changed under the query (a report being loaded)',
    matches: (e) => neo4jCode(e) === 'Neo.TransientError.Transaction.Outdated',
    classified: {
      code: 'SERVICE_UNAVAILABLE',
      message: 'the graph changed while the query ran (a report is being loaded); try again',
    },
  },
  {
    name: 'Neo4j is starting, stopping or briefly unable to answer',
    matches: (e) => /DatabaseUnavailable|DatabaseNotFound|Neo\.TransientError/.test(neo4jCode(e) ?? ''),
    classified: UNAVAILABLE,
  },
  {
    name: 'any other Neo4j error',
    matches: (e) => e instanceof Neo4jError,
    classified: { code: 'INTERNAL_SERVER_ERROR', message: 'the graph database failed to answer' },
  },
];

/** Apollo's formatError: database failures become clear codes, unexpected errors a generic message. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const rule = ERROR_RULES.find((r) => r.matches(original));
  if (rule) {
    return { ...formatted, message: rule.classified.message, extensions: { code: rule.classified.code } };
  }
  const code = formatted.extensions?.code;
  const tooManyTokens = code === 'GRAPHQL_PARSE_FAILED' ? tokenLimitMessage(formatted.message) : null;
  if (tooManyTokens) return { message: tooManyTokens, extensions: { code: 'QUERY_TOO_COMPLEX' } };
  if (!code || code === 'INTERNAL_SERVER_ERROR') {
    return { ...formatted, message: 'internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  // Apollo's own codes and ours (BAD_USER_INPUT, NOT_FOUND …): their messages are written for clients.
  const { stacktrace: _, ...extensions } = formatted.extensions ?? {};
  return { ...formatted, extensions };
}

/** Writes one GraphQL error as the whole response. */
export function sendError(res: Response, status: number, code: string, message: string): void {
  res
    .status(status)
    .type('application/json')
    .send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/** body-parser's error types (express.json) → what to tell the client. */
const BODY_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  'entity.parse.failed': {
    status: 400,
    code: 'BAD_REQUEST',
    message: 'the request body is not a JSON object; send {"query": "...", "variables": {...}}',
  },
  'entity.too.large': {
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    message: 'the request body is over 100 kB; send a shorter query and pass data in variables',
  },
  'charset.unsupported': {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'the request body must be UTF-8 JSON (content-type: application/json)',
  },
  'encoding.unsupported': {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: 'the request body encoding is not supported; send it uncompressed, or gzip, deflate or br',
  },
  'request.aborted': { status: 400, code: 'BAD_REQUEST', message: 'the request body was cut off' },
  'request.size.invalid': { status: 400, code: 'BAD_REQUEST', message: 'the request body is not the length it says' },
};

/**
 * The last error handler: every error that reaches Express (body parsing, a bad gzip stream,
 * anything thrown) becomes a JSON GraphQL error; the details go to the log with the request id.
 */
export const jsonErrorHandler: ErrorRequestHandler = (error, req, res, _next) => {
  const type = (error as { type?: string }).type ?? '';
  const status = Number((error as { status?: number }).status) || 500;
  let known = BODY_ERRORS[type];
  if (!known && status === 400 && /gzip|deflate|brotli|incorrect header|unexpected end of file/i.test(String(error)))
    known = { status: 400, code: 'BAD_REQUEST', message: 'the request body could not be decompressed' };
  if (known) req.log?.info({ err: error }, `refused request body: ${type || 'bad encoding'}`);
  else req.log?.error({ err: error }, 'unhandled error');
  if (res.headersSent) {
    res.end();
    return;
  }
  if (known) sendError(res, known.status, known.code, known.message);
  else if (status >= 400 && status < 500) sendError(res, status, 'BAD_REQUEST', 'the request is not valid');
  else sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'internal server error');
};

/** Any path nothing serves: a JSON GraphQL error, whatever the method. */
export const notFoundHandler: RequestHandler = (_req, res) => {
  sendError(res, 404, 'NOT_FOUND', 'nothing is served at this path; the GraphQL API is POST /graphql');
};
