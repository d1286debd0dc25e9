import type { GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { QueryTimeoutError } from '../../src/graph/session';
import { formatError } from '../../src/server/errors';

const formatted: GraphQLFormattedError = { message: 'raw', path: ['graphStats'], extensions: { code: 'X' } };
const neo4j = (code: string, message = 'connect ECONNREFUSED 127.0.0.1:7687') => new Neo4jError(message, code, '', '');

describe('errors reach clients as codes, in our words', () => {
  it.each([
    ['no answer within the budget', new QueryTimeoutError(10_000), 'QUERY_TIMEOUT'],
    [
      'a transaction timeout',
      neo4j('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'),
      'QUERY_TIMEOUT',
    ],
    ['a refused connection', neo4j('ServiceUnavailable'), 'SERVICE_UNAVAILABLE'],
    ['a lost session', neo4j('SessionExpired'), 'SERVICE_UNAVAILABLE'],
    [
      'a full connection pool',
      neo4j('N/A', 'Connection acquisition timed out in 10000 ms. Pool status: …'),
      'SERVICE_UNAVAILABLE',
    ],
    ['a graph changed under the query', neo4j('Neo.TransientError.Transaction.Outdated'), 'SERVICE_UNAVAILABLE'],
    [
      'any other Neo4j error',
      neo4j('Neo.ClientError.Statement.ArgumentError', 'long overflow'),
      'INTERNAL_SERVER_ERROR',
    ],
    ['an unexpected exception', new TypeError('x is undefined at /work/src/a.ts:1:2'), 'INTERNAL_SERVER_ERROR'],
  ])('%s', (_, error, code) => {
    const out = formatError({ ...formatted, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, error);
    expect(out.extensions?.code).toBe(code);
    expect(out.message).not.toMatch(/ECONNREFUSED|7687|Pool status|overflow|\/work|undefined/);
    expect(out.path).toEqual(['graphStats']);
  });

  it('keeps the codes and messages written for clients (BAD_USER_INPUT …), without a stack trace', () => {
    const out = formatError(
      {
        message: 'first must be between 0 and 100, got 101',
        extensions: { code: 'BAD_USER_INPUT', stacktrace: ['at x'] },
      },
      new Error('first must be between 0 and 100, got 101'),
    );
    expect(out).toEqual({
      message: 'first must be between 0 and 100, got 101',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it("rewords the parser's token limit as a limit", () => {
    const out = formatError(
      {
        message: 'Syntax Error: Document contains more that 2000 tokens. Parsing aborted.',
        extensions: { code: 'GRAPHQL_PARSE_FAILED' },
      },
      new Error(),
    );
    expect(out.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(out.message).toMatch(/more than 2000 tokens/);
  });
});
