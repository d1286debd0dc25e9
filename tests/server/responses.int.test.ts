import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { startTestServer, type TestServer } from '../support/server';

/** Compression, caching of the pages' files, and conditional GET of GraphQL answers (src/server/compression.ts, etag.ts). */
describe('responses', () => {
  let server: TestServer;
  let web: string;
  const asset = 'assets/explore-AbCd12_4.js';
  beforeAll(async () => {
    web = mkdtempSync(path.join(tmpdir(), 'jinyun-web-'));
    mkdirSync(path.join(web, 'assets'));
    writeFileSync(path.join(web, 'index.html'), '<!doctype html><title>graph</title>');
    writeFileSync(path.join(web, asset), `console.log(${JSON.stringify('图谱'.repeat(5000))});`);
    server = await startTestServer({ webDistDir: web });
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(web, { recursive: true, force: true });
  });

  const LIST = '{ projects(first: 50) { nodes { id name category mentions { quote sentence { text } } } } }';
  const post = (query: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });
  const get = (query: string, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/graphql?query=${encodeURIComponent(query)}`, {
      headers: { 'apollo-require-preflight': 'true', ...headers },
    });

  it('compresses a large answer for a client that accepts it, and only then', async () => {
    const plain = await post(LIST, { 'accept-encoding': 'identity' });
    expect(plain.headers.get('content-encoding')).toBeNull();
    const text = await plain.text();
    expect(text.length).toBeGreaterThan(10_000);
    // fetch would decompress by itself (and always accepts gzip): read the raw bytes through node:http instead.
    const { request } = await import('node:http');
    const rawPost = (headers: Record<string, string>) =>
      new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
        const req = request(
          `${server.url}/graphql`,
          { method: 'POST', headers: { 'content-type': 'application/json', ...headers } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
          },
        );
        req.on('error', reject);
        req.end(JSON.stringify({ query: LIST }));
      });
    const none = await rawPost({});
    expect(none.encoding).toBeUndefined();
    expect(none.body.toString('utf8')).toBe(text);
    const raw = await rawPost({ 'accept-encoding': 'gzip' });
    expect(raw.encoding).toBe('gzip');
    expect(raw.body.length).toBeLessThan(Buffer.byteLength(text) / 3);
    expect(gunzipSync(raw.body).toString('utf8')).toBe(text);
  });

  it('lets a browser keep hashed assets for good and revalidate the pages', async () => {
    const script = await fetch(`${server.url}/${asset}`);
    expect(script.status).toBe(200);
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(script.headers.get('content-encoding')).toBe('gzip');
    const page = await fetch(`${server.url}/`);
    expect(page.headers.get('cache-control')).toBe('no-cache');
  });

  it('tags a GET answer with the epoch it was read at and answers 304, without a query, while the graph is unchanged', async () => {
    const query = '{ graphStats { nodeCount } }';
    const first = await get(query);
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag')!;
    const { epoch } = (await (await fetch(`${server.url}/health/ready`)).json()) as { epoch: number };
    expect(etag).toMatch(new RegExp(`^W/"${epoch}-`));
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const answered = server.roundTrips.length;
    const again = await get(query, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');
    expect(server.roundTrips.length).toBe(answered);
  });

  it('tags no POST, no answer with errors, and tells answers in another format apart', async () => {
    expect((await post('{ graphStats { nodeCount } }')).headers.get('etag')).toBeNull();
    const refused = await get('{ projects(first: 500) { totalCount } }');
    expect(((await refused.json()) as { errors?: unknown[] }).errors?.length).toBeGreaterThan(0);
    expect(refused.headers.get('etag')).toBeNull();
    const json = await get('{ graphStats { nodeCount } }', { accept: 'application/json' });
    const graphql = await get('{ graphStats { nodeCount } }', { accept: 'application/graphql-response+json' });
    expect(json.headers.get('etag')).not.toBe(graphql.headers.get('etag'));
    const stale = await get('{ graphStats { nodeCount } }', {
      accept: 'application/json',
      'if-none-match': 'W/"0-x-y"',
    });
    expect(stale.status).toBe(200);
  });
});
