import { startTestServer, type TestServer } from '../support/server';

/**
 * A root field fetches everything the request selects below it in its own query (a projection
 * planned from the selection, src/resolvers/plan.ts). `nodes(ids:)` is never planned: every field
 * under it is resolved by the batched loaders, one query per level. The two must answer the same,
 * for every type, field, argument and depth.
 */

const MENTION = 'quote start end sentence { id text start end report { id } section { title } } report { id year }';

/** Selections on each type, deep enough to reach every kind of link (related, reference, evidence, columns). */
const SELECTIONS: Record<string, string> = {
  Project: `id label name aliases year status stage category mentionCount
    county { id label code name townships { id } }
    reports { id label year }
    milestones { year status stage statement sentence { id index paragraph { index topic label } } report { id } }
    timeline { year status }
    townships { id name kind villages { name township { name } } county { code } }
    industries { id name parent { name parent { name } } subsectors { name } }
    platform { name platformKind }
    platforms { id name townships { name } industries { name } }
    enterprises { name industries { name } }
    indicators { id statement kind metric { name } }
    first: mentions(first: 1) { ${MENTION} }
    mentions { ${MENTION} }
    ...ProjectPart
    ... on Node { label }`,
  Township: `id label name shortName code kind kindLabel mentionCount
    county { name aliases prefecture province }
    projects(first: 3) { name status year }
    allProjects: projects { id }
    indicators(first: 2) { statement kind }
    villages { name code township { name } }
    enterprises { name projects { name } }
    platforms { name projects(first: 2) { name } }
    reports { id }
    mentions(first: 5) { ${MENTION} }`,
  Industry: `id label name mentionCount
    parent { name } subsectors { name subsectors { name } }
    projects(first: 4) { name } enterprises { name townships { name } } platforms { name }
    indicators(first: 3) { statement year metric { name } }
    reports { id } mentions { quote sentence { id } }`,
  Platform: `id label name platformKind mentionCount
    townships { name } industries { name } projects { name milestones { year } } enterprises { name }
    indicators { id } mentions { quote }`,
  Enterprise: `id label name mentionCount industries { name } townships { name } projects { name } indicators { id }
    mentions { quote report { id } }`,
  Village: 'id label name code mentionCount township { name county { code } } reports { id } mentions { quote }',
  Indicator: `id label kind year value unit comparator stretch statement
    metric { id name aliases unit indicators(kind: TARGET) { id } all: indicators { id year } }
    sentence { id text year paragraph { index section { title part parent { title } children { title } } } }
    report { id title county { name } }
    townships { name } industries { name } platforms { name } projects { name } enterprises { name }
    mentions { ${MENTION} }`,
  Metric: `id label name aliases unit county { code } reports { id year }
    indicators { id kind year statement } targets: indicators(kind: TARGET) { id } ofYear: indicators(year: 2023) { id }`,
};

const LISTS: [field: string, type: string][] = [
  ['projects', 'Project'],
  ['townships', 'Township'],
  ['industries', 'Industry'],
  ['platforms', 'Platform'],
  ['enterprises', 'Enterprise'],
  ['villages', 'Village'],
  ['indicators', 'Indicator'],
  ['metrics', 'Metric'],
];

const FRAGMENTS = 'fragment ProjectPart on Project { name category }';

describe('a projected root answers exactly what the loaders answer', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  async function ask<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const { body } = await server.graphql<T>(
      query.includes('...ProjectPart') ? `${query}\n${FRAGMENTS}` : query,
      variables,
    );
    expect(body.errors).toBeUndefined();
    return body.data!;
  }

  it.each(LISTS)('%s: the list (planned) and nodes(ids:) (batched loaders)', async (field, type) => {
    const select = SELECTIONS[type];
    const before = server.roundTrips.length;
    const listed = await ask<Record<string, { nodes: { id: string }[]; edges: { node: unknown }[] }>>(
      `{ ${field}(first: 30) { nodes { ${select} } edges { cursor node { ${select} } } } }`,
    );
    const listQueries = server.roundTrips[before];
    const { nodes, edges } = listed[field];
    expect(nodes.length).toBeGreaterThan(0);
    expect(edges.map((e) => e.node)).toEqual(nodes);
    const loaded = await ask<{ nodes: unknown[] }>(
      `query($ids: [ID!]!) { nodes(ids: $ids) { ... on ${type} { ${select} } } }`,
      { ids: nodes.map((n) => n.id) },
    );
    expect(loaded.nodes).toEqual(nodes);
    // These selections are deeper than one query fetches (MAX_PLANNED_LINKS): what the plan leaves out,
    // the loaders load, one query per field and level, so the list never costs more than without a plan.
    expect(listQueries).toBeLessThan(server.roundTrips.at(-1)!);
  });

  it('lookups by id and by name, a report and a county answer as the loaders do', async () => {
    const lookups = await ask<Record<string, { id: string } | null>>(`{
      township: township(name: "壶镇") { ${SELECTIONS.Township} }
      industry: industry(name: "智能家电") { ${SELECTIONS.Industry} }
      metric: metric(name: "地区生产总值增长") { ${SELECTIONS.Metric} }
      report: report(id: "jinyun-2023") { id label title countyName year resultsYear loadedAt county { code name }
        sections { id label number title part level start end report { id } children { title parent { title } }
          paragraphs { index topic label section { title } sentences { id index text year section { title } paragraph { index } } } } }
      county: county(name: "缙云县") { id label code name aliases reports { id } townships { id name } }
    }`);
    const ids = Object.values(lookups).map((node) => node!.id);
    const byId = await ask<Record<string, unknown>>(
      `query($ids: [ID!]!) { nodes(ids: $ids) {
        ... on Township { ${SELECTIONS.Township} }
        ... on Industry { ${SELECTIONS.Industry} }
        ... on Metric { ${SELECTIONS.Metric} }
        ... on Report { id label title countyName year resultsYear loadedAt county { code name }
          sections { id label number title part level start end report { id } children { title parent { title } }
            paragraphs { index topic label section { title } sentences { id index text year section { title } paragraph { index } } } } }
        ... on County { id label code name aliases reports { id } townships { id name } }
      } }`,
      { ids },
    );
    expect(byId.nodes).toEqual(Object.values(lookups));
  });

  it('keeps a field out of the plan when two selections of its key ask differently, and still answers it', async () => {
    const data = await ask<{
      townships: { nodes: { projects: unknown[] }[]; edges: { node: { projects: unknown[] } }[] };
    }>('{ townships(first: 5) { nodes { projects(first: 1) { id } } edges { node { projects(first: 2) { id } } } } }');
    const { nodes, edges } = data.townships;
    nodes.forEach((n, i) => {
      expect(n.projects.length).toBeLessThanOrEqual(1);
      expect(edges[i].node.projects.slice(0, n.projects.length)).toEqual(n.projects);
    });
  });

  it('still refuses a nested first out of range', async () => {
    const { body } = await server.graphql('{ township(name: "壶镇") { projects(first: 500) { id } } }');
    expect(body.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'first' });
  });
});
