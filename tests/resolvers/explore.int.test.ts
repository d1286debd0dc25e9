import { startTestServer, type TestServer } from '../support/server';

interface SubgraphNode {
  id: string;
  kind: string;
  label: string;
}
interface SubgraphEdge {
  id: string;
  type: string;
  source: string;
  target: string;
}

describe('search and relationship exploration', () => {
  let server: TestServer;
  let hujenId: string;
  beforeAll(async () => {
    server = await startTestServer();
    const { body } = await server.graphql<{ township: { id: string } }>('{ township(name: "壶镇镇") { id } }');
    hujenId = body.data!.township.id;
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('finds Chinese words inside names: 水库 finds 潜明水库引水工程 and 棠溪水库, highlighted', async () => {
    const { body } = await server.graphql<{
      search: { score: number; kind: string; snippet: string; node: { id: string; name?: string } }[];
    }>(
      '{ search(text: "水库", kinds: [PROJECT], first: 20) { score kind snippet node { id ... on Project { name } } } }',
    );
    expect(body.errors).toBeUndefined();
    const hits = body.data!.search;
    const names = hits.map((h) => h.node.name);
    expect(names).toEqual(expect.arrayContaining(['潜明水库引水工程', '棠溪水库']));
    for (const hit of hits) expect(hit.kind).toBe('PROJECT');
    expect(hits.find((h) => h.node.name === '棠溪水库')!.snippet).toBe('棠溪【水库】');
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('searches sentence text too, and treats Lucene syntax as plain text', async () => {
    const { body } = await server.graphql<{ sentences: { kind: string; snippet: string }[]; odd: unknown[] }>(`{
      sentences: search(text: "天然气", kinds: [SENTENCE]) { kind snippet }
      odd: search(text: "AND OR ~*? (") { kind }
    }`);
    expect(body.errors).toBeUndefined();
    expect(body.data!.sentences.length).toBeGreaterThan(0);
    for (const hit of body.data!.sentences) {
      expect(hit.kind).toBe('SENTENCE');
      expect(hit.snippet).toContain('【天然气】');
    }
  });

  it('draws the neighbourhood of 壶镇镇: its projects, edges between returned nodes only', async () => {
    const { body } = await server.graphql<{
      neighborhood: { nodes: SubgraphNode[]; edges: SubgraphEdge[]; truncated: boolean };
      township: { projects: { id: string }[] };
    }>(
      `query($id: ID!) {
      neighborhood(id: $id) { nodes { id kind label } edges { id type source target } truncated }
      township(id: $id) { projects(first: 100) { id } }
    }`,
      { id: hujenId },
    );
    expect(body.errors).toBeUndefined();
    const { nodes, edges, truncated } = body.data!.neighborhood;
    expect(truncated).toBe(false);
    expect(nodes[0]).toEqual({ id: hujenId, kind: 'TOWNSHIP', label: '壶镇镇' });
    const ids = new Set(nodes.map((n) => n.id));
    expect(ids.size).toBe(nodes.length);
    for (const p of body.data!.township.projects) expect(ids).toContain(p.id);
    for (const e of edges) {
      expect(ids).toContain(e.source);
      expect(ids).toContain(e.target);
    }
    expect(new Set(edges.map((e) => e.id)).size).toBe(edges.length);
  });

  it('goes deeper with depth, cuts at limit and keeps only the kinds asked for', async () => {
    const { body } = await server.graphql<Record<string, { nodes: SubgraphNode[]; truncated: boolean }>>(
      `query($id: ID!) {
      one: neighborhood(id: $id) { nodes { id kind } truncated }
      two: neighborhood(id: $id, depth: 2, limit: 1000) { nodes { id kind } truncated }
      small: neighborhood(id: $id, depth: 2, limit: 5) { nodes { id kind } truncated }
      projectsOnly: neighborhood(id: $id, kinds: [PROJECT]) { nodes { id kind } truncated }
    }`,
      { id: hujenId },
    );
    expect(body.errors).toBeUndefined();
    const { one, two, small, projectsOnly } = body.data!;
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    expect(small.nodes).toHaveLength(5);
    expect(small.truncated).toBe(true);
    expect(projectsOnly.nodes.slice(1).every((n) => n.kind === 'PROJECT')).toBe(true);
    expect(projectsOnly.nodes.length).toBeGreaterThan(1);
  });

  it('finds a shortest path from 壶镇镇 to an industry, edges joining consecutive nodes', async () => {
    const { body: found } = await server.graphql<{ industries: { nodes: { id: string; name: string }[] } }>(
      '{ industries(first: 100) { nodes { id name } } }',
    );
    const industries = found.data!.industries.nodes;
    let path: { length: number; nodes: SubgraphNode[]; edges: SubgraphEdge[] } | null = null;
    let target = '';
    for (const industry of industries) {
      const { body } = await server.graphql<{ shortestPath: typeof path }>(
        `query($from: ID!, $to: ID!) { shortestPath(fromId: $from, toId: $to) { length nodes { id kind label } edges { type source target } } }`,
        { from: hujenId, to: industry.id },
      );
      expect(body.errors).toBeUndefined();
      if (body.data!.shortestPath) {
        path = body.data!.shortestPath;
        target = industry.id;
        break;
      }
    }
    expect(path).not.toBeNull();
    expect(path!.nodes[0].id).toBe(hujenId);
    expect(path!.nodes.at(-1)!.id).toBe(target);
    expect(path!.edges).toHaveLength(path!.length);
    path!.edges.forEach((edge, i) => {
      const pair = [path!.nodes[i].id, path!.nodes[i + 1].id].sort();
      expect([edge.source, edge.target].sort()).toEqual(pair);
    });
  });

  it('answers null when no path is short enough, and a one-node path from a node to itself', async () => {
    const { body } = await server.graphql<{ none: unknown; self: { length: number; nodes: SubgraphNode[] } }>(
      `query($id: ID!, $other: ID!) {
      none: shortestPath(fromId: $id, toId: $other, maxLength: 1) { length }
      self: shortestPath(fromId: $id, toId: $id) { length nodes { id } }
    }`,
      { id: hujenId, other: 'metric:地区生产总值增长' },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.none).toBeNull();
    expect(body.data!.self).toEqual({ length: 0, nodes: [{ id: hujenId }] });
  });

  it('counts nodes per label and relationships per type', async () => {
    const { body } = await server.graphql<{
      graphStats: {
        nodeCount: number;
        relationshipCount: number;
        labels: { label: string; count: number }[];
        relationshipTypes: { label: string; count: number }[];
      };
    }>('{ graphStats { nodeCount relationshipCount labels { label count } relationshipTypes { label count } } }');
    const stats = body.data!.graphStats;
    const labels = Object.fromEntries(stats.labels.map((l) => [l.label, l.count]));
    expect(labels.Project).toBeGreaterThan(150);
    expect(labels.Indicator).toBeGreaterThan(200);
    expect(labels.Township).toBe(18);
    const types = stats.relationshipTypes.map((t) => t.label);
    expect(types).toEqual(
      expect.arrayContaining(['MENTIONED_IN', 'LOCATED_IN', 'IN_INDUSTRY', 'MEASURES', 'ABOUT', 'HAS_MILESTONE']),
    );
    expect(stats.relationshipCount).toBe(stats.relationshipTypes.reduce((sum, t) => sum + t.count, 0));
  });
});
