import { buildListQuery, LISTS, type ListName } from '../../src/graph/lists';

describe('buildListQuery', () => {
  it('passes filter values as parameters, never as Cypher text', () => {
    const hostile = "x' }) DETACH DELETE n //";
    const { cypher, params } = buildListQuery('projects', { township: hostile, nameContains: hostile }, {}, 0, 20);
    expect(cypher).not.toContain(hostile);
    expect(params).toMatchObject({ township: hostile, nameContains: hostile, offset: 0, limit: 20 });
    expect(cypher).toContain('$township');
  });

  it('uses only the fragments of the filters given', () => {
    const { cypher, params } = buildListQuery(
      'indicators',
      { kind: 'TARGET', year: null, metric: undefined },
      {},
      0,
      5,
    );
    expect(cypher).toContain('n.indicatorKind = $kind');
    expect(cypher).not.toContain('$year');
    expect(Object.keys(params).sort()).toEqual(['kind', 'limit', 'offset']);
  });

  it('orders by a known field with id as tie-breaker, and ignores unknown fields', () => {
    expect(buildListQuery('projects', {}, { field: 'NAME', direction: 'DESC' }, 0, 5).cypher).toContain(
      'ORDER BY n.name DESC, n.id ASC',
    );
    expect(buildListQuery('projects', {}, { field: 'n.name; MATCH (m) DELETE m' }, 0, 5).cypher).toContain(
      'ORDER BY position ASC, n.id ASC',
    );
  });

  it('reads the report and county filters through the scope only, never as parameters', () => {
    const { cypher, params } = buildListQuery('projects', { report: 'jinyun-2023', county: '缙云县' }, {}, 0, 5);
    expect(cypher).toContain('$scope');
    expect(params).not.toHaveProperty('report');
    expect(params).not.toHaveProperty('county');
  });

  it('computes a costly column only when a filter or order uses it', () => {
    expect(buildListQuery('projects', {}, {}, 0, 5).cypher).not.toContain('HAS_MILESTONE');
    expect(buildListQuery('projects', { status: '开工' }, {}, 0, 5).cypher).toContain('AS latest');
    expect(buildListQuery('projects', {}, { field: 'YEAR' }, 0, 5).cypher).toContain('AS latest');
  });

  it('has a default order for every list', () => {
    for (const name of Object.keys(LISTS) as ListName[]) {
      expect(LISTS[name].orderBy[LISTS[name].defaultOrder]).toBeDefined();
    }
  });
});
