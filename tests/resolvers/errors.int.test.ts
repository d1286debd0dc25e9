import { startTestServer, type TestServer } from '../support/server';

type Errors = { message: string; extensions?: Record<string, unknown> }[];

describe('bad input gets a precise error with extensions.code', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  async function errorsOf(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ status: number; errors: Errors }> {
    const { status, body } = await server.graphql(query, variables);
    expect(body.errors).toBeDefined();
    for (const error of body.errors!) expect(error.extensions).not.toHaveProperty('stacktrace');
    return { status, errors: body.errors! };
  }

  it.each([
    ['first above 100', '{ projects(first: 101) { totalCount } }', /first must be between 0 and 100, got 101/],
    ['negative first', '{ townships(first: -1) { totalCount } }', /first must be between 0 and 100/],
    ['a cursor we did not issue', '{ projects(after: "bm9wZQ") { totalCount } }', /after is not a cursor/],
    ['township with neither id nor name', '{ township { id } }', /exactly one of id and name/],
    ['township with both id and name', '{ township(id: "x", name: "壶镇") { id } }', /exactly one of id and name/],
    ['empty search text', '{ search(text: "  ") { kind } }', /text must not be empty/],
    ['neighborhood too deep', '{ neighborhood(id: "x", depth: 4) { truncated } }', /depth must be between 1 and 3/],
    [
      'path too long',
      '{ shortestPath(fromId: "a", toId: "b", maxLength: 11) { length } }',
      /maxLength must be between 1 and 10/,
    ],
    [
      'too many ids',
      `{ nodes(ids: [${Array.from({ length: 101 }, (_, i) => `"${i}"`).join(',')}]) { id } }`,
      /at most 100 ids/,
    ],
  ])('%s: BAD_USER_INPUT', async (_, query, message) => {
    const { errors } = await errorsOf(query);
    expect(errors[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors[0].message).toMatch(message);
  });

  it('an unknown id where an answer cannot be null: NOT_FOUND naming the argument', async () => {
    const { errors } = await errorsOf('{ neighborhood(id: "project:不存在") { truncated } }');
    expect(errors[0].extensions).toMatchObject({ code: 'NOT_FOUND', argumentName: 'id' });
    const path = await errorsOf('{ shortestPath(fromId: "nope", toId: "nope2") { length } }');
    expect(path.errors[0].extensions).toMatchObject({ code: 'NOT_FOUND', argumentName: 'fromId' });
  });

  it('wrong argument types and unknown fields: GRAPHQL_VALIDATION_FAILED with HTTP 400', async () => {
    const wrongType = await errorsOf('{ projects(first: "ten") { totalCount } }');
    expect(wrongType.status).toBe(400);
    expect(wrongType.errors[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const unknownField = await errorsOf('{ projects { nope } }');
    expect(unknownField.errors[0].message).toMatch(/Cannot query field "nope"/);
    const badEnum = await errorsOf('{ indicators(filter: { kind: GOAL }) { totalCount } }');
    expect(badEnum.errors[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('a variable of the wrong type: BAD_USER_INPUT', async () => {
    const { status, errors } = await errorsOf('query($n: Int) { projects(first: $n) { totalCount } }', { n: 'many' });
    expect(status).toBe(400);
    expect(errors[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('a syntax error: GRAPHQL_PARSE_FAILED', async () => {
    const { status, errors } = await errorsOf('{ projects { totalCount }');
    expect(status).toBe(400);
    expect(errors[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('queries over the limits: QUERY_TOO_COMPLEX with HTTP 400, before anything runs', async () => {
    const deep = await errorsOf(
      '{ projects { nodes { townships { projects { townships { projects { townships { projects { townships { projects { townships { projects { name } } } } } } } } } } } } }',
    );
    expect(deep.status).toBe(400);
    expect(deep.errors[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    const costly = await errorsOf(
      '{ projects(first: 100) { nodes { townships { projects(first: 100) { industries { projects(first: 100) { name } } } } } } }',
    );
    expect(costly.errors[0].message).toMatch(/cost about \d+/);
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: report { id }`).join(' ');
    const many = await errorsOf(`{ ${aliases} }`);
    expect(many.errors[0].message).toMatch(/Aliases limit of 30 exceeded, found 31/);
  });
});

describe('GraphQL over HTTP', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('answers GET queries from non-browser clients (with a preflight header, as CSRF prevention asks)', async () => {
    const url = `${server.url}/graphql?query=${encodeURIComponent('{ report { countyName } }')}`;
    const blocked = await fetch(url);
    expect(blocked.status).toBe(400);
    expect(await blocked.text()).toMatch(/CSRF/);
    const allowed = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(allowed.status).toBe(200);
    expect(await allowed.json()).toEqual({ data: { report: { countyName: '缙云县' } } });
  });

  it('speaks application/graphql-response+json when asked', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: '{ report { year } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/graphql-response\+json/);
  });

  it('refuses a form POST (CSRF) and allows no cross-origin reads by default', async () => {
    const form = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'query={report{id}}',
    });
    expect(form.status).toBe(400);
    const cors = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://elsewhere.example' },
      body: JSON.stringify({ query: '{ report { id } }' }),
    });
    expect(cors.headers.get('access-control-allow-origin')).toBeNull();
  });
});
