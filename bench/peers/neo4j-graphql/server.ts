import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import neo4j from 'neo4j-driver';
import { activeBuildsCache } from '../../servers/builds';
import { announceReady, captureCypher, stopOnSignals } from '../../servers/child';
import { typeDefs } from './typeDefs';

/**
 * Contestant "peer": @neo4j/graphql 7 over the same Neo4j, served like ours
 * (Apollo Server 5, Express 5 integration, JSON body limit 100 kB, no landing
 * page, no cache-control plugin, no ETag hashed from bodies, driver pool of 50). Environment: NEO4J_URI, PORT (0: any free port),
 * HOST. DEBUG=@neo4j/graphql:* logs the Cypher it generates.
 *
 * Like ours, it reads only what the active report builds show: a plugin binds the variables
 * `$builds` and `$counties` of every request from the catalog (bench/servers/builds.ts, cached
 * as ours caches it), and the workloads' documents filter with them (typeDefs.ts).
 */
function buildsPlugin(builds: ReturnType<typeof activeBuildsCache>): ApolloServerPlugin {
  return {
    async requestDidStart({ request }) {
      const active = await builds();
      request.variables = { ...request.variables, builds: active.builds, counties: active.counties };
    },
  };
}

async function main(): Promise<void> {
  captureCypher();
  const uri = process.env.NEO4J_URI;
  if (!uri) throw new Error('NEO4J_URI is required');
  const driver = neo4j.driver(uri, neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', ''), {
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
    maxConnectionPoolSize: 50,
  });
  await driver.verifyConnectivity();
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();

  const httpServer = createServer();
  const apollo = new ApolloServer({
    schema,
    introspection: false,
    includeStacktraceInErrorResponses: false,
    // The bench stops this process (stopOnSignals); Apollo's own handlers would race it.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // As ours: neither schema sets cache hints, and the default plugin wraps every resolver to look for them.
      ApolloServerPluginCacheControlDisabled(),
      buildsPlugin(activeBuildsCache(driver)),
    ],
  });
  await apollo.start();
  const app = express();
  app.disable('x-powered-by');
  // As ours: no ETag hashed from every POST body.
  app.set('etag', false);
  app.use('/graphql', express.json({ limit: '100kb' }), expressMiddleware(apollo, { context: async () => ({}) }));
  httpServer.on('request', app);
  const host = process.env.HOST ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(Number(process.env.PORT ?? 0), host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  stopOnSignals(async () => {
    await apollo.stop();
    await driver.close();
  });
  announceReady(`http://${host}:${port}/graphql`);
}

main().catch((error: unknown) => {
  process.stderr.write(`peer: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
