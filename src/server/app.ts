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
import express, { type Express, type RequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import helmet from 'helmet';
import type { Driver } from 'neo4j-driver';
import { ROOT_DIR } from '../config';
import { SnapshotCache } from '../graph/catalog';
import { httpStatusPlugin } from './httpStatus';
import { GraphReader } from '../graph/reader';
import { CLIENT_GRACE_MS } from '../graph/session';
import type { Logger } from '../logger';
import { resolvers } from '../resolvers';
import { compressResponses, staticPages } from './compression';
import type { GraphContext } from './context';
import { ERROR_RULES, formatError, jsonErrorHandler, notFoundHandler, sendError } from './errors';
import { etagPlugin, notModified } from './etag';
import { Health } from './health';
import { DEFAULT_LIMITS, type QueryLimits, queryLimitsPlugin } from './limits';
import { useRequestLogging } from './requestLog';
import { responseSizePlugin } from './responseSize';

export { formatError } from './errors';

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
  /** What one GraphQL request may spend reading the graph; it answers within this plus GUARD_MARGIN_MS. */
  queryTimeoutMs: number;
  corsOrigins: string[];
  introspection: boolean;
  webDistDir: string;
  limits?: QueryLimits;
  /** The largest response body sent; a larger answer is RESPONSE_TOO_LARGE. */
  maxResponseBytes?: number;
  /** Health of the database (default: probes `driver`, nothing supervised). */
  health?: Health;
  /** Where the server listens; lets Apollo drain open requests on shutdown. */
  httpServer: Server;
  /** Called with each request's reader when it ends (the round-trip test counts with it). */
  onRequestEnd?: (reader: GraphReader) => void;
}

export const DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024;
/** A GraphQL request not answered this long after its reads' budget ran out is answered QUERY_TIMEOUT. */
export const GUARD_MARGIN_MS = CLIENT_GRACE_MS + 1_000;

/** Pages: scripts, workers and data from this origin only; never framed. */
const CONTENT_SECURITY_POLICY = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    scriptSrcAttr: ["'none'"],
    // GraphiQL's editor (Monaco) and the graph drawing set inline styles.
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:', 'blob:'],
    fontSrc: ["'self'", 'data:'],
    workerSrc: ["'self'"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
};

function loggingPlugin(onRequestEnd?: (reader: GraphReader) => void): ApolloServerPlugin<GraphContext> {
  return {
    async requestDidStart({ request }) {
      const started = performance.now();
      return {
        async didEncounterErrors({ errors, contextValue }) {
          const logger = contextValue.logger;
          for (const error of errors) {
            const original = unwrapResolverError(error);
            const rule = ERROR_RULES.find((r) => r.matches(original));
            const code = error.extensions?.code;
            if (rule) logger?.warn({ err: original }, `graphql: ${rule.name}`);
            else if (!code || code === 'INTERNAL_SERVER_ERROR') logger?.error({ err: original }, 'graphql error');
          }
        },
        async willSendResponse({ contextValue }) {
          const ms = (performance.now() - started).toFixed(1);
          contextValue.logger?.debug(
            `graphql ${request.operationName ?? 'anonymous'} ${ms} ms, ${contextValue.graph?.roundTrips ?? 0} queries`,
          );
          if (contextValue.graph) onRequestEnd?.(contextValue.graph);
        },
      };
    },
  };
}

/**
 * Answers QUERY_TIMEOUT when a GraphQL request is still running GUARD_MARGIN_MS after its
 * budget: reads are bounded one by one (graph/session.ts), this bounds the request as a whole.
 */
function deadlineGuard(queryTimeoutMs: number): RequestHandler {
  return (_req, res, next) => {
    res.locals.arrivedAt = Date.now();
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      sendError(
        res,
        504,
        'QUERY_TIMEOUT',
        'the query took too long and was cancelled; ask for less, or try again shortly',
      );
    }, queryTimeoutMs + GUARD_MARGIN_MS);
    res.once('close', () => clearTimeout(timer));
    res.once('finish', () => clearTimeout(timer));
    next();
  };
}

export async function createApp(options: AppOptions): Promise<{ app: Express; apollo: ApolloServer<GraphContext> }> {
  const { driver, logger } = options;
  const health = options.health ?? new Health(driver, options.database, logger);
  const limits = options.limits ?? DEFAULT_LIMITS;
  const snapshots = new SnapshotCache(driver, { database: options.database, timeoutMs: options.queryTimeoutMs });
  const apollo = new ApolloServer<GraphContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection: options.introspection,
    // With introspection off, "Did you mean …" hints would name the schema's fields.
    hideSchemaDetailsFromClientErrors: !options.introspection,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown (Neo4j must stop after the server); Apollo's own handlers would race it.
    stopOnTerminationSignals: false,
    formatError,
    parseOptions: { maxTokens: limits.maxTokens },
    logger,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // The schema sets no cache hints; Apollo's default cache-control plugin would wrap every resolver to look for them.
      ApolloServerPluginCacheControlDisabled(),
      queryLimitsPlugin(limits),
      responseSizePlugin(options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES),
      loggingPlugin(options.onRequestEnd),
      httpStatusPlugin(),
      etagPlugin(snapshots),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // Express would hash every body it sends for an ETag; GraphQL answers get theirs from etag.ts.
  app.set('etag', false);
  app.use(compressResponses());
  useRequestLogging(app, logger);
  app.use(
    helmet({
      contentSecurityPolicy: CONTENT_SECURITY_POLICY,
      // Served over plain HTTP on a loopback address unless a proxy terminates TLS: HSTS is the proxy's call.
      strictTransportSecurity: false,
      xFrameOptions: { action: 'deny' },
      referrerPolicy: { policy: 'no-referrer' },
    }),
  );
  // CORS: origins listed in CORS_ORIGINS may call the API from a browser. A preflight (OPTIONS) is
  // always answered as one, 204: with the allowing headers for a listed origin, without them for
  // another (the browser then refuses), never with a GraphQL error.
  app.use((req, res, next) => {
    const origin = req.headers.origin;
    res.setHeader('Vary', 'Origin');
    if (origin && options.corsOrigins.includes(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Headers', 'content-type, apollo-require-preflight, x-request-id');
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
      res.setHeader('Access-Control-Expose-Headers', 'x-request-id, etag');
      res.setHeader('Access-Control-Max-Age', '600');
    }
    if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
      res.status(204).end();
      return;
    }
    next();
  });

  app.get('/health/live', (_req, res) => {
    const fatal = health.fatal();
    if (fatal) res.status(503).json({ status: 'failed', reason: fatal });
    else res.json({ status: 'ok' });
  });
  app.get('/health/ready', async (_req, res) => {
    const readiness = await health.readiness();
    if (readiness.ready) res.json({ status: 'ready', reports: readiness.reports, epoch: readiness.epoch });
    else res.status(503).json({ status: 'unavailable', reason: readiness.reason });
  });

  // A browser opening /graphql gets the playground; GraphQL clients get GraphQL.
  const playground = path.join(options.webDistDir, 'playground.html');
  app.get('/graphql', (req, res, next) => {
    const wantsPage =
      req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
    if (wantsPage && !req.query.query && existsSync(playground)) res.sendFile(playground);
    else next();
  });

  const graphql = expressMiddleware(apollo, {
    context: async ({ req, res }): Promise<GraphContext> => {
      if (health.restarting()) {
        throw new GraphQLError('the graph database is unavailable; try again shortly', {
          extensions: { code: 'SERVICE_UNAVAILABLE', http: { status: 503, headers: new Map([['retry-after', '5']]) } },
        });
      }
      const arrivedAt = (res.locals.arrivedAt as number | undefined) ?? Date.now();
      return {
        graph: new GraphReader(
          driver,
          {
            database: options.database,
            timeoutMs: options.queryTimeoutMs,
            deadline: arrivedAt + options.queryTimeoutMs,
          },
          snapshots,
        ),
        logger: req.log,
      };
    },
  });
  app.get('/graphql', notModified(snapshots));
  app.all(
    '/graphql',
    deadlineGuard(options.queryTimeoutMs),
    express.json({ limit: '100kb' }),
    async (req, res, next) => {
      try {
        await graphql(req, res, next);
      } catch (error) {
        // The guard answered first: what the execution writes late is dropped.
        if (!res.headersSent) next(error);
      }
    },
  );

  if (existsSync(options.webDistDir)) {
    app.use(staticPages(options.webDistDir));
  }
  app.use(notFoundHandler);
  app.use(jsonErrorHandler);
  return { app, apollo };
}
