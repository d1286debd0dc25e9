import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, getIntrospectionQuery, parse } from 'graphql';
import { loadTypeDefs } from '../../src/server/app';
import { checkLimits, DEFAULT_LIMITS, estimateCost, limitChecker, schemaCosts } from '../../src/server/limits';
import { EXAMPLES } from '../../web/src/playground/examples';
import { NEIGHBORHOOD, SEARCH, SHORTEST_PATH } from '../../web/src/explore/queries';
import { WORKLOADS } from '../../bench/lib/workloads';

const schema = buildSchema(loadTypeDefs());
const costs = schemaCosts(schema);
const limits = { ...DEFAULT_LIMITS, maxDepth: 5, maxAliases: 3, maxCost: 1000 };

const cost = (query: string, variables: Record<string, unknown> = {}) =>
  estimateCost(schema, costs, parse(query), undefined, variables);
const refusal = (query: string, variables: Record<string, unknown> = {}, operationName?: string) =>
  checkLimits(schema, parse(query), operationName, variables, DEFAULT_LIMITS);
const REPORT_IDS = (n: number) => `[${Array.from({ length: n }, () => '"report:jinyun-2023"').join(',')}]`;

describe('list sizes and costs come from the schema', () => {
  it('declares a size for every list field (a @listSize, or a parent that sizes it)', () => {
    expect(costs.undeclaredLists).toEqual([]);
  });

  it("applies the schema's default for an omitted first (Township.projects: 100)", () => {
    const omitted = cost('{ township(name: "壶镇") { projects { id } } }').data;
    const explicit = cost('{ township(name: "壶镇") { projects(first: 100) { id } } }').data;
    expect(omitted).toBe(explicit);
    expect(cost('{ township(name: "壶镇") { projects(first: 5) { id } } }').data).toBeLessThan(omitted);
  });

  it('multiplies what a connection selects by its first; nodes and edges are not multiplied again', () => {
    const ten = cost('{ projects(first: 10) { nodes { name } } }').data;
    const twenty = cost('{ projects(first: 20) { nodes { name } } }').data;
    expect(twenty - ten).toBe(10 * 2); // nodes (1) + name (1) per project
  });

  it('takes first from variables', () => {
    const query = 'query($n: Int) { projects(first: $n) { nodes { name } } }';
    expect(cost(query, { n: 100 }).data).toBeGreaterThan(cost(query, { n: 1 }).data);
  });

  it('counts nodes(ids:) by the number of ids, and a report text by its @cost weight', () => {
    const one = cost(`{ nodes(ids: ${REPORT_IDS(1)}) { ... on Report { text } } }`).data;
    const hundred = cost(`{ nodes(ids: ${REPORT_IDS(100)}) { ... on Report { text } } }`).data;
    expect(hundred - 1).toBe(100 * (one - 1));
    expect(one).toBeGreaterThan(costs.weights.get('Report.text')!);
  });

  it('counts every root field, introspection on a budget of its own', () => {
    expect(cost('{ __typename }').data).toBe(1);
    expect(cost('{ a: graphStats { nodeCount } b: graphStats { nodeCount } }').data).toBe(4);
    const introspection = cost('{ __schema { types { name } } }');
    expect(introspection.data).toBe(0);
    expect(introspection.introspection).toBe(1 + 1 + costs.introspectionSizes.get('__Schema.types')!);
  });
});

describe('query limits', () => {
  it('refuses a query nested too deep with QUERY_TOO_COMPLEX', () => {
    const error = checkLimits(
      schema,
      parse('{ projects { nodes { townships { projects { townships { name } } } } } }'),
      null,
      {},
      limits,
    );
    expect(error?.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(error?.message).toMatch(/depth limit of 5 exceeded, found 6/);
  });

  it('refuses too many aliases, counted through fragments', () => {
    const error = checkLimits(
      schema,
      parse('{ a: report { id } ...F } fragment F on Query { b: report { id } c: report { id } d: report { id } }'),
      null,
      {},
      limits,
    );
    expect(error?.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(error?.message).toMatch(/Aliases limit of 3 exceeded, found 4/);
  });

  it('refuses a directive flood', () => {
    const skips = Array.from({ length: 60 }, () => '@skip(if: false)').join(' ');
    const error = refusal(`{ report ${skips} { id } }`);
    expect(error?.message).toMatch(/Directives limit of 50 exceeded/);
  });

  it('refuses a query that would cost too much', () => {
    const error = checkLimits(
      schema,
      parse('{ projects(first: 100) { nodes { townships { projects(first: 100) { name } } } } }'),
      null,
      {},
      limits,
    );
    expect(error?.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(error?.message).toMatch(/cost about \d+/);
  });

  it('checks the operation asked for, through fragments', () => {
    const document = parse(`
      query Small { report { id } }
      query Deep { ...F }
      fragment F on Query { projects { nodes { townships { projects { townships { name } } } } } }`);
    expect(checkLimits(schema, document, 'Small', {}, limits)).toBeNull();
    expect(checkLimits(schema, document, 'Deep', {}, limits)?.extensions.code).toBe('QUERY_TOO_COMPLEX');
  });
});

describe('the bypasses of issue 12 are refused', () => {
  it('a negative first on a nested list: BAD_USER_INPUT, whatever else the query holds', () => {
    const error = refusal(
      '{ x: township(name:"壶镇"){ projects(first:-100000000){id} } projects(first:100){ nodes{ townships{ projects{ townships{ projects{id name} } } } } } }',
    );
    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
    expect(error?.message).toBe('first must be between 0 and 100, got -100000000');
    // Without the negative first, the rest is refused for its cost.
    expect(
      refusal('{ projects(first:100){ nodes{ townships{ projects{ townships{ projects{id name} } } } } } }')?.extensions
        .code,
    ).toBe('QUERY_TOO_COMPLEX');
  });

  it('a negative or too large first anywhere, in a literal or a variable', () => {
    for (const [query, variables] of [
      ['{ township(name: "壶镇") { mentions(first: 101) { quote } } }', {}],
      ['query($n: Int) { township(name: "壶镇") { projects(first: $n) { id } } }', { n: 500 }],
      ['{ search(text: "水库", first: 0) { kind } }', {}],
      ['{ projects(first: -1) { totalCount } }', {}],
      ['{ neighborhood(id: "x", limit: 1001) { truncated } }', {}],
    ] as const) {
      expect(refusal(query, variables)?.extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('1,000 aliased __schema selections', () => {
    const query = `{ ${Array.from({ length: 1000 }, (_, i) => `s${i}: __schema { types { name fields { name } } }`).join(' ')} }`;
    expect(refusal(query)?.extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('introspection over its budget, even without aliases to count', () => {
    const full = getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true });
    const fragments = full.slice(full.indexOf('fragment FullType'));
    const thrice = `query Q { ${['a', 'b', 'c'].map((a) => `${a}: __schema { types { ...FullType } }`).join(' ')} }`;
    const error = refusal(`${thrice}\n${fragments}`, {}, 'Q');
    expect(error?.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(error?.message).toMatch(/introspection would cost about \d+; the limit is \d+/);
    expect(refusal(`query Q { a: __schema { types { ...FullType } } }\n${fragments}`, {}, 'Q')).toBeNull();
  });

  it('nodes(ids:) with 100 copies of the report id under 30 aliases', () => {
    const query = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: nodes(ids: ${REPORT_IDS(100)}) { ... on Report { text } }`).join(' ')} }`;
    expect(refusal(query)?.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(refusal(`{ nodes(ids: ${REPORT_IDS(101)}) { id } }`)?.message).toBe('nodes takes at most 100 ids, got 101');
  });
});

describe('what clients send is accepted', () => {
  it('the standard introspection query, as GraphiQL and codegen send it', () => {
    const query = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, inputValueDeprecation: true });
    expect(refusal(query, {}, 'IntrospectionQuery')).toBeNull();
  });

  it.each(EXAMPLES.map((e) => [e.title, e]))('the playground example %s', (_, example) => {
    expect(refusal(example.query, example.variables ?? {})).toBeNull();
  });

  it('the explorer queries at their largest', () => {
    expect(refusal(SEARCH, { text: '水库', first: 100 })).toBeNull();
    expect(refusal(NEIGHBORHOOD, { id: 'township:壶镇镇', limit: 1000 })).toBeNull();
    expect(refusal(SHORTEST_PATH, { fromId: 'a', toId: 'b' })).toBeNull();
  });

  it('every GraphQL example in the README', () => {
    const readme = readFileSync(path.join(__dirname, '../../README.md'), 'utf8');
    const queries = [...readme.matchAll(/```graphql\n([^]*?)```/g)].map((m) => m[1]);
    expect(queries.length).toBeGreaterThan(5);
    for (const query of queries) expect(refusal(query)).toBeNull();
  });

  it.each(Object.values(WORKLOADS).map((w) => [w.name, w]))('the benchmark workload %s', (_, workload) => {
    expect(refusal(workload.ours.query, workload.ours.variables ?? {})).toBeNull();
  });

  it('every entity of every kind with all its mentions and their sentences (one large page each)', () => {
    const mentions = 'mentions { quote start end sentence { text start end } }';
    const lists = ['projects', 'townships', 'industries', 'enterprises', 'platforms', 'villages', 'indicators'];
    expect(refusal(`{ ${lists.map((l) => `${l}(first: 100) { nodes { id ${mentions} } }`).join(' ')} }`)).toBeNull();
  });

  it('the whole report outline with its text', () => {
    const query =
      '{ report { title text sections { number part children { number title paragraphs { topic sentences { text year } } } } } }';
    expect(refusal(query)).toBeNull();
  });

  it('a page of 100 projects with their townships, industries and mentions', () => {
    const query =
      '{ projects(first: 100) { totalCount nodes { name townships { name } industries { name } mentions { quote sentence { text } } } } }';
    expect(refusal(query)).toBeNull();
  });
});

describe('verdicts are kept (limitChecker)', () => {
  it('gives the verdict checkLimits gives, for each operation and variables, and a fresh error each time', () => {
    const check = limitChecker(limits);
    const document = parse(`
      query Small($n: Int) { township(name: "壶镇") { projects(first: $n) { id } } }
      query Deep { projects { nodes { townships { projects { townships { name } } } } } }`);
    for (let round = 0; round < 2; round += 1) {
      expect(check(schema, document, 'h', 'Small', { n: 10 })).toBeNull();
      expect(check(schema, document, 'h', 'Small', { n: 500 })?.extensions.code).toBe('BAD_USER_INPUT');
      expect(check(schema, document, 'h', 'Deep', {})?.extensions.code).toBe('QUERY_TOO_COMPLEX');
    }
    const first = check(schema, document, 'h', 'Deep', {});
    const again = check(schema, document, 'h', 'Deep', {});
    expect(again).not.toBe(first);
    expect(again?.message).toBe(checkLimits(schema, document, 'Deep', {}, limits)?.message);
  });

  it('keeps a bounded number of verdicts, and answers right past the bound and for large variables', () => {
    const check = limitChecker(limits);
    const document = parse('query($n: Int, $pad: String) { township(name: "壶镇") { projects(first: $n) { id } } }');
    for (let n = -600; n <= 600; n += 1) {
      const verdict = check(schema, document, 'h', undefined, { n });
      expect(verdict?.extensions.code ?? null).toBe(n >= 0 && n <= 100 ? null : 'BAD_USER_INPUT');
    }
    const pad = 'x'.repeat(5_000);
    expect(check(schema, document, 'h', undefined, { n: 500, pad })?.extensions.code).toBe('BAD_USER_INPUT');
    expect(check(schema, document, 'h', undefined, { n: 5, pad })).toBeNull();
  });
});
