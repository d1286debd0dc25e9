import { loadConfig } from '../../src/config';
import type { GraphReader } from '../../src/graph/reader';
import { createLogger } from '../../src/logger';
import { type RunningServer, startServer } from '../../src/server/start';

export interface GraphQLResponse<T> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export interface TestServer extends RunningServer {
  /** POSTs a GraphQL request and returns the HTTP status and parsed body. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{ status: number; body: GraphQLResponse<T> }>;
  /** Query counts of every request served so far, in order. */
  roundTrips: number[];
}

export interface TestServerOptions {
  /** Serve the web pages from here (default: none, the API only). */
  webDistDir?: string;
  /** Origins allowed to call the API from a browser (CORS_ORIGINS). */
  corsOrigins?: string[];
}

/** A real server on a free port against the test Neo4j (NEO4J_URI, set by globalSetup). */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const roundTrips: number[] = [];
  const config = {
    ...loadConfig(),
    port: 0,
    webDistDir: options.webDistDir ?? '/nonexistent',
    corsOrigins: options.corsOrigins ?? [],
  };
  const server = await startServer(config, createLogger('warn', 'test-server'), {
    onRequestEnd: (reader: GraphReader) => roundTrips.push(reader.roundTrips),
  });
  return {
    ...server,
    roundTrips,
    async graphql(query, variables, headers = {}) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, body: (await response.json()) as GraphQLResponse<never> };
    },
  };
}
