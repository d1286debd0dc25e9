import path from 'node:path';

/** Every setting comes from the environment; README's "Configuration" lists them with these defaults. */
export interface Config {
  port: number;
  host: string;
  /** Unset: start the embedded Neo4j under `neo4jDataDir`. */
  neo4jUri: string | null;
  neo4jUser: string;
  neo4jPassword: string;
  neo4jDatabase: string | undefined;
  neo4jDataDir: string;
  /** How long to wait for Neo4j to answer at startup before giving up. */
  neo4jConnectTimeoutMs: number;
  /** Timeout of each read transaction. */
  queryTimeoutMs: number;
  /** Report files and folders of reports loaded at startup (each .txt with its .json metadata beside it). */
  reports: string[];
  /** Comma-separated allowed origins for CORS; empty: same-origin only. */
  corsOrigins: string[];
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** Whether to expose introspection (the playground needs it). */
  introspection: boolean;
  webDistDir: string;
}

export const ROOT_DIR = path.resolve(__dirname, '..');

function intFrom(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const logLevel = env.LOG_LEVEL ?? 'info';
  if (!['debug', 'info', 'warn', 'error'].includes(logLevel)) {
    throw new Error(`LOG_LEVEL must be one of debug, info, warn, error; got "${logLevel}"`);
  }
  // REPORT_FILE is the name of one report file from before many reports could be loaded.
  const reports = (env.REPORTS || env.REPORT_FILE || path.join(ROOT_DIR, 'data/reports/jinyun-2023.txt'))
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => path.resolve(p));
  return {
    port: intFrom(env, 'PORT', 4000),
    host: env.HOST ?? '127.0.0.1',
    neo4jUri: env.NEO4J_URI || null,
    neo4jUser: env.NEO4J_USER ?? 'neo4j',
    neo4jPassword: env.NEO4J_PASSWORD ?? '',
    neo4jDatabase: env.NEO4J_DATABASE || undefined,
    neo4jDataDir: path.resolve(env.NEO4J_DATA_DIR ?? path.join(ROOT_DIR, '.data/neo4j')),
    neo4jConnectTimeoutMs: intFrom(env, 'NEO4J_CONNECT_TIMEOUT_MS', 45_000),
    queryTimeoutMs: intFrom(env, 'QUERY_TIMEOUT_MS', 10_000),
    reports,
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    logLevel: logLevel as Config['logLevel'],
    introspection: env.GRAPHQL_INTROSPECTION !== 'false',
    webDistDir: path.resolve(env.WEB_DIST_DIR ?? path.join(ROOT_DIR, 'web/dist')),
  };
}
