import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { Neo4jError, type Driver } from 'neo4j-driver';
import { ROOT_DIR } from '../config';
import { SnapshotCache } from '../graph/catalog';
import { GraphReader } from '../graph/reader';
import type { Logger } from '../logger';
import { resolvers } from '../resolvers';
import { compressResponses, staticPages } from './compression';
import type { GraphContext } from './context';
import { etagPlugin, notModified } from './etag';
import { DEFAULT_LIMITS, type QueryLimits, queryLimitsPlugin } from './limits';

export const SCHEMA_DIR = path.join(ROOT_DIR, 'schema');

export function loadTypeDefs(): string {
  return readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => readFileSync(path.join(SCHEMA_DIR, f), 'utf8'))
    .join('\n');
}

export interface AppOptions {
  driver: Driver;
  database?: string;
  logger: Logger;
  queryTimeoutMs: number;
  corsOrigins: string[];
  introspection: boolean;
  webDistDir: string;
  limits?: QueryLimits;
  /** Where the server listens; lets Apollo drain open requests on shutdown. */
  httpServer: Server;
  /** Called with each request's reader when it ends (the round-trip test counts with it). */
  onRequestEnd?: (reader: GraphReader) => void;
}

const NEO4J_UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired']);

/**
 * Database outages and timeouts become clear codes; other unexpected errors a
 * generic message. Neither carries a stack trace or Neo4j's own text to the client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof Neo4jError) {
    if (NEO4J_UNAVAILABLE.has(original.code)) {
      return {
        ...formatted,
        message: 'the graph database is unavailable; try again shortly',
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      };
    }
    if (original.code.includes('TransactionTimedOut') || original.code.includes('Terminated')) {
      return {
        ...formatted,
        message: 'the query took too long and was cancelled; ask for less',
        extensions: { code: 'QUERY_TIMEOUT' },
      };
    }
    return {
      ...formatted,
      message: 'the graph database failed to answer',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  }
  if (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR') {
    return { ...formatted, message: 'internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  }
  return formatted;
}

function loggingPlugin(logger: Logger, onRequestEnd?: (reader: GraphReader) => void): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart({ request }) {
      const started = performance.now();
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const code = error.extensions?.code;
            if (!code || code === 'INTERNAL_SERVER_ERROR')
              logger.error(`graphql error: ${error.originalError?.stack ?? error.message}`);
          }
        },
        async willSendResponse({ contextValue }) {
          const ms = (performance.now() - started).toFixed(1);
          logger.debug(
            `graphql ${request.operationName ?? 'anonymous'} ${ms} ms, ${contextValue.graph?.roundTrips ?? 0} queries`,
          );
          if (contextValue.graph) onRequestEnd?.(contextValue.graph);
        },
      };
    },
  };
}

export async function createApp(options: AppOptions): Promise<{ app: Express; apollo: ApolloServer<GraphContext> }> {
  const { driver, logger } = options;
  const snapshots = new SnapshotCache(driver, { database: options.database, timeoutMs: options.queryTimeoutMs });
  const apollo = new ApolloServer<GraphContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection: options.introspection,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown (Neo4j must stop after the server); Apollo's own handlers would race it.
    stopOnTerminationSignals: false,
    formatError,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // The schema sets no cache hints; Apollo's default cache-control plugin would wrap every resolver to look for them.
      ApolloServerPluginCacheControlDisabled(),
      queryLimitsPlugin(options.limits ?? DEFAULT_LIMITS),
      loggingPlugin(logger, options.onRequestEnd),
      etagPlugin(snapshots),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // Express would hash every body it sends for an ETag; GraphQL answers get theirs from etag.ts.
  app.set('etag', false);
  app.use(compressResponses());
  app.use((req, res, next) => {
    const origin = req.headers.origin;
    if (origin && options.corsOrigins.includes(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Vary', 'Origin');
      res.setHeader('Access-Control-Allow-Headers', 'content-type, apollo-require-preflight');
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      if (req.method === 'OPTIONS') {
        res.status(204).end();
        return;
      }
    }
    next();
  });

  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/health/ready', async (_req, res) => {
    try {
      const { epoch, reports } = await snapshots.get();
      if (!reports.length) {
        res.status(503).json({ status: 'unavailable', reason: 'no report graph is loaded' });
        return;
      }
      res.json({ status: 'ready', reports: reports.map((r) => r.id), epoch });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', reason: `Neo4j does not answer: ${(error as Error).message}` });
    }
  });

  // A browser opening /graphql gets the playground; GraphQL clients get GraphQL.
  const playground = path.join(options.webDistDir, 'playground.html');
  app.get('/graphql', (req, res, next) => {
    const wantsPage =
      req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
    if (wantsPage && !req.query.query && existsSync(playground)) res.sendFile(playground);
    else next();
  });

  app.get('/graphql', notModified(snapshots));
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async (): Promise<GraphContext> => ({
        graph: new GraphReader(driver, { database: options.database, timeoutMs: options.queryTimeoutMs }, snapshots),
      }),
    }),
  );

  if (existsSync(options.webDistDir)) {
    app.use(staticPages(options.webDistDir));
  }
  return { app, apollo };
}
