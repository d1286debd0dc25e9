import { gzipSync } from 'node:zlib';
import { figure, graphql, leak, type Reply, request, suite } from './support';

/**
 * Abuse classes: every request issue 12 quotes, and one of each error class from every layer
 * (body parsing, CSRF, routing, validation, limits, resolvers). Each is refused with its code,
 * and no body holds a stack trace, a file path or a driver message.
 */
/** The report's id, repeated: read from the server, as the id scheme is the graph writer's. */
let reportId = '';
const REPORT_IDS = (n: number) => `[${Array.from({ length: n }, () => JSON.stringify(reportId)).join(',')}]`;

interface Abuse {
  name: string;
  send(): Promise<Reply>;
  code: string;
  status?: number;
}

const gql = (query: string, variables?: Record<string, unknown>) => () => graphql(query, variables);

const ABUSES: Abuse[] = [
  {
    name: 'negative first on a nested list hiding a costly query',
    send: gql(
      '{ x: township(name:"壶镇"){ projects(first:-100000000){id} } projects(first:100){ nodes{ townships{ projects{ townships{ projects{id name} } } } } } }',
    ),
    code: 'BAD_USER_INPUT',
    status: 400,
  },
  {
    name: 'the same query without the negative first (cost)',
    send: gql('{ projects(first:100){ nodes{ townships{ projects{ townships{ projects{id name} } } } } } }'),
    code: 'QUERY_TOO_COMPLEX',
    status: 400,
  },
  {
    name: '1,000 aliased __schema selections (79 KB)',
    send: gql(
      `{ ${Array.from({ length: 1000 }, (_, i) => `s${i}: __schema { types { name fields { name } } }`).join(' ')} }`,
    ),
    code: 'QUERY_TOO_COMPLEX',
    status: 400,
  },
  {
    name: '30 aliased __schema selections (aliases counted, introspection budget)',
    send: gql(
      `{ ${Array.from({ length: 30 }, (_, i) => `s${i}: __schema { types { name fields { name args { name type { name ofType { name } } } } } }`).join(' ')} }`,
    ),
    code: 'QUERY_TOO_COMPLEX',
    status: 400,
  },
  {
    name: 'nodes(ids:) with 100 copies of the report id, its text, under 30 aliases',
    send: gql(
      `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: nodes(ids: ${REPORT_IDS(100)}) { ... on Report { text } }`).join(' ')} }`,
    ),
    code: 'QUERY_TOO_COMPLEX',
    status: 400,
  },
  {
    name: 'nodes(ids:) with 101 ids',
    send: gql(`{ nodes(ids: ${REPORT_IDS(101)}) { id } }`),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'nested first of 500',
    send: gql('{ township(name: "壶镇") { projects(first: 500) { id } } }'),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'nested first of 101 from a variable',
    send: gql('query($n: Int) { township(name: "壶镇") { mentions(first: $n) { quote } } }', { n: 101 }),
    code: 'BAD_USER_INPUT',
  },
  { name: 'root first of -1', send: gql('{ projects(first: -1) { totalCount } }'), code: 'BAD_USER_INPUT' },
  {
    name: 'forged cursor (an offset of 1e20)',
    send: gql('{ projects(after: "Y3Vyc29yOjFlMjA") { totalCount } }'),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'nested 13 levels deep',
    send: gql(
      '{ projects { nodes { townships { projects { townships { projects { townships { projects { townships { projects { townships { name } } } } } } } } } } } }',
    ),
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: '31 aliases',
    send: gql(`{ ${Array.from({ length: 31 }, (_, i) => `a${i}: report { id }`).join(' ')} }`),
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'a directive flood',
    send: gql(`{ ${Array.from({ length: 60 }, () => '__typename @include(if: true)').join(' ')} }`),
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'a token flood (2,001+ tokens)',
    send: gql(`{ ${Array.from({ length: 700 }, () => '__typename').join(' ')} report { ${'id '.repeat(1400)} } }`),
    code: 'QUERY_TOO_COMPLEX',
  },
  {
    name: 'a fragment cycle',
    send: gql('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }'),
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  { name: 'a syntax error', send: gql('{ report { id }'), code: 'GRAPHQL_PARSE_FAILED' },
  {
    name: 'a batch (an array body)',
    send: () => request({ body: JSON.stringify([{ query: '{ report { id } }' }, { query: '{ report { id } }' }]) }),
    code: 'BAD_REQUEST',
  },
  { name: 'invalid JSON', send: () => request({ body: '{"query": ' }), code: 'BAD_REQUEST', status: 400 },
  { name: 'a null body', send: () => request({ body: 'null' }), code: 'BAD_REQUEST', status: 400 },
  {
    name: 'a body over 100 kB',
    send: () => request({ body: JSON.stringify({ query: `{ report { id } } #${'x'.repeat(110_000)}` }) }),
    code: 'PAYLOAD_TOO_LARGE',
    status: 413,
  },
  {
    name: 'an unsupported charset',
    send: () =>
      request({
        headers: { 'content-type': 'application/json; charset=latin9' },
        body: '{"query":"{ report { id } }"}',
      }),
    code: 'UNSUPPORTED_MEDIA_TYPE',
    status: 415,
  },
  {
    name: 'bad gzip',
    send: () =>
      request({
        headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
        body: Buffer.from('not gzip at all'),
      }),
    code: 'BAD_REQUEST',
    status: 400,
  },
  {
    name: 'gzip that ends early',
    send: () =>
      request({
        headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
        body: gzipSync(JSON.stringify({ query: '{ report { id } }' })).subarray(0, 20),
      }),
    code: 'BAD_REQUEST',
    status: 400,
  },
  {
    name: 'an unknown content encoding',
    send: () =>
      request({ headers: { 'content-type': 'application/json', 'content-encoding': 'compress' }, body: '{}' }),
    code: 'UNSUPPORTED_MEDIA_TYPE',
    status: 415,
  },
  {
    name: 'a form POST (CSRF)',
    send: () =>
      request({
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'query=%7Breport%7Bid%7D%7D',
      }),
    code: 'BAD_REQUEST',
    status: 400,
  },
  {
    name: 'a GET without a preflight header (CSRF)',
    send: () => request({ method: 'GET', path: '/graphql?query=%7Breport%7Bid%7D%7D', headers: {} }),
    code: 'BAD_REQUEST',
    status: 400,
  },
  {
    name: 'a mutation over GET',
    send: () =>
      request({
        method: 'GET',
        path: '/graphql?query=mutation%7Bx%7D',
        headers: { 'apollo-require-preflight': 'true' },
      }),
    code: 'BAD_REQUEST',
    status: 405,
  },
  {
    name: 'PUT on the API path',
    send: () => request({ method: 'PUT', body: '{}' }),
    code: 'BAD_REQUEST',
    status: 405,
  },
  {
    name: 'a path under the API path',
    send: () => request({ method: 'GET', path: '/graphql/anything', headers: {} }),
    code: 'NOT_FOUND',
    status: 404,
  },
  {
    name: 'an unknown path',
    send: () => request({ method: 'GET', path: '/wp-login.php', headers: {} }),
    code: 'NOT_FOUND',
    status: 404,
  },
  {
    name: 'an unknown id where an answer cannot be null',
    send: gql('{ neighborhood(id: "project:不存在") { truncated } }'),
    code: 'NOT_FOUND',
  },
  { name: 'empty search text', send: gql('{ search(text: "  ") { kind } }'), code: 'BAD_USER_INPUT' },
];

describe('abuse classes', () => {
  const refused: string[] = [];

  beforeAll(async () => {
    const reply = await graphql('{ report { id } }');
    reportId = (reply.json?.data as { report: { id: string } }).report.id;
  });

  it.each(ABUSES.map((a) => [a.name, a]))('%s is refused with its code, and leaks nothing', async (_, abuse) => {
    const reply = await abuse.send();
    expect(reply.json).not.toBeNull();
    expect({ code: reply.code, leak: leak(reply.body) }).toEqual({ code: abuse.code, leak: null });
    if (abuse.status) expect(reply.status).toBe(abuse.status);
    expect(reply.json?.errors?.[0].message).toEqual(expect.any(String));
    refused.push(`${abuse.name}: ${reply.status} ${reply.code} in ${Math.round(reply.ms)} ms`);
  });

  it('the largest answers: accepted up to MAX_RESPONSE_BYTES, RESPONSE_TOO_LARGE beyond', async () => {
    // Accepted by the cost limit (each report text weighs 2,000): 100 copies, and 300 copies.
    const copies = (aliases: number) =>
      `{ ${Array.from({ length: aliases }, (_, i) => `a${i}: nodes(ids: ${REPORT_IDS(100)}) { ... on Report { text } }`).join(' ')} }`;
    const sent = await graphql(copies(1));
    expect(sent.status).toBe(200);
    expect(sent.json?.errors).toBeUndefined();
    expect((sent.json?.data as { a0: unknown[] }).a0.filter(Boolean)).toHaveLength(100);
    const bytes = Buffer.byteLength(sent.body);
    expect(bytes).toBeLessThanOrEqual(suite().maxResponseBytes);

    const refused = await graphql(copies(3));
    expect({ status: refused.status, code: refused.code, leak: leak(refused.body) }).toEqual({
      status: 400,
      code: 'RESPONSE_TOO_LARGE',
      leak: null,
    });
    figure(
      'largest answer',
      `100 copies of the report text: ${(bytes / 1024 / 1024).toFixed(1)} MB sent in ${Math.round(sent.ms)} ms; ` +
        `300 copies (cost ~600,000, accepted by the cost limit, ~${((3 * bytes) / 1024 / 1024).toFixed(0)} MB): ` +
        `RESPONSE_TOO_LARGE in ${Math.round(refused.ms)} ms, ${Buffer.byteLength(refused.body)} bytes sent; ` +
        `no answer over MAX_RESPONSE_BYTES (${suite().maxResponseBytes} bytes) is sent`,
    );
  });

  it('the health checks leak nothing either', async () => {
    for (const path of ['/health/live', '/health/ready']) {
      const reply = await request({ method: 'GET', path, headers: {} });
      expect(reply.status).toBe(200);
      expect(leak(reply.body)).toBeNull();
    }
  });

  afterAll(() => {
    figure('abuse', `${refused.length} of ${ABUSES.length} abuse requests refused with their code, no leaks`);
    for (const line of refused) process.stdout.write(`    ${line}\n`);
  });
});
