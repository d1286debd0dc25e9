import { getIntrospectionQuery, parse } from 'graphql';
import { checkLimits, DEFAULT_LIMITS, measureDocument } from '../../src/server/limits';

const limits = { maxDepth: 5, maxAliases: 3, maxCost: 1000 };

describe('query limits', () => {
  it('measures depth, aliases and cost with first multiplying what a list selects', () => {
    const [walk] = measureDocument(parse('{ projects(first: 10) { nodes { name townships { name } } } }'));
    expect(walk.depth).toBe(4);
    expect(walk.aliases).toBe(0);
    // nodes and townships count as lists of the default size (20) under a page of 10
    expect(walk.cost).toBeGreaterThan(10 * 20);
  });

  it('takes first from variables', () => {
    const document = parse('query($n: Int) { projects(first: $n) { nodes { name } } }');
    const [small] = measureDocument(document, { n: 1 });
    const [large] = measureDocument(document, { n: 100 });
    expect(large.cost).toBeGreaterThan(small.cost);
  });

  it('refuses a query nested too deep with QUERY_TOO_COMPLEX', () => {
    const error = checkLimits(parse('{ a { b { c { d { e { f } } } } } }'), null, {}, limits);
    expect(error?.extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect(error?.message).toMatch(/nested 6 levels deep; the limit is 5/);
  });

  it('refuses too many aliases', () => {
    const error = checkLimits(
      parse('{ a: report { id } b: report { id } c: report { id } d: report { id } }'),
      null,
      {},
      limits,
    );
    expect(error?.message).toMatch(/4 aliases; the limit is 3/);
  });

  it('refuses a query that would cost too much', () => {
    const error = checkLimits(
      parse('{ projects(first: 100) { nodes { townships { projects(first: 100) { name } } } } }'),
      null,
      {},
      limits,
    );
    expect(error?.message).toMatch(/cost about/);
  });

  it('checks the operation asked for, through fragments', () => {
    const document = parse(`
      query Small { report { id } }
      query Deep { ...F }
      fragment F on Query { a { b { c { d { e { f } } } } } }`);
    expect(checkLimits(document, 'Small', {}, limits)).toBeNull();
    expect(checkLimits(document, 'Deep', {}, limits)?.extensions.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('lets ordinary queries through with the default limits', () => {
    const query =
      '{ projects(first: 100) { totalCount nodes { name townships { name } industries { name } mentions { quote sentence { text } } } } }';
    expect(checkLimits(parse(query), null, {}, DEFAULT_LIMITS)).toBeNull();
  });

  it('lets the standard introspection query through, as GraphiQL and codegen send it', () => {
    const query = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, inputValueDeprecation: true });
    expect(checkLimits(parse(query), 'IntrospectionQuery', {}, DEFAULT_LIMITS)).toBeNull();
    // __typename is a plain field and counts as one.
    expect(measureDocument(parse('{ __typename }'))[0].cost).toBe(1);
  });
});
