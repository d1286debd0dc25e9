import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import neo4j from 'neo4j-driver';
import { WORKLOADS } from '../lib/workloads';
import { activeBuildsCache } from './builds';
import { announceReady, captureCypher, stopOnSignals } from './child';

/**
 * Contestant "raw", the floor: node:http and neo4j-driver, nothing else.
 * `POST /W1` … `/W5` runs that workload's hand-written Cypher (bench/lib/workloads.ts)
 * in a read transaction per parameter set (W4: one per search term, concurrently)
 * and answers `{"data": [records as objects]}`. Like ours, it reads only what the active report
 * builds show: every query gets `$builds` and `$counties` from the catalog (./builds.ts).
 * Environment: NEO4J_URI, PORT (0: any free port), HOST.
 */

/** Whole numbers go as Cypher integers (LIMIT and list slices need them). */
function toParams(params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(params).map(([k, v]) => [k, typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v]),
  );
}

async function main(): Promise<void> {
  captureCypher();
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is required');
  const driver = neo4j.driver(uri, neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', ''), {
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
    maxConnectionPoolSize: 50,
    disableLosslessIntegers: true,
  });
  await driver.verifyConnectivity();
  const activeBuilds = activeBuildsCache(driver);
  const queries = new Map(
    Object.values(WORKLOADS).map((w) => [`/${w.name}`, { cypher: w.raw.cypher, params: w.raw.params.map(toParams) }]),
  );

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    for await (const _chunk of req); // drain the body: the workload fixes the parameters
    const query = req.method === 'POST' ? queries.get(req.url ?? '') : undefined;
    if (!query) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"POST /W1 … /W6"}');
      return;
    }
    const run = async (given: Record<string, unknown>, bound: { builds: string[]; counties: string[] }) => {
      const params = { ...given, builds: bound.builds, counties: bound.counties };
      const session = driver.session({ defaultAccessMode: neo4j.session.READ });
      try {
        const result = await session.executeRead((tx) => tx.run(query.cypher, params), { timeout: 10_000 });
        return result.records.map((r) => r.toObject());
      } finally {
        await session.close();
      }
    };
    try {
      const bound = await activeBuilds();
      const data = (await Promise.all(query.params.map((params) => run(params, bound)))).flat();
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
    } catch (error) {
      res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: String(error) }));
    }
  };
  const httpServer = createServer((req, res) => void handle(req, res));
  const host = process.env.HOST ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(Number(process.env.PORT ?? 0), host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  stopOnSignals(async () => {
    const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
    httpServer.closeAllConnections();
    await closed;
    await driver.close();
  });
  announceReady(`http://${host}:${port}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`raw: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
