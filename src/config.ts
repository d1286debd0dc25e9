import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { cleanEnv, makeValidator, str } from 'envalid';

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
  /** The time a GraphQL request may spend reading the graph; the request answers within it plus a margin. */
  queryTimeoutMs: number;
  /**
   * Report files or folders of reports loaded at startup (REPORTS; REPORT_FILE is its deprecated
   * alias). Each report's metadata is the .json beside it (or inferred from the text), and names
   * its lexicon.
   */
  reports: string[];
  /** Comma-separated allowed origins for CORS; empty: same-origin only. */
  corsOrigins: string[];
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  /** `json`: one JSON object per line (for log collectors); `text`: one readable line (default on a terminal). */
  logFormat: 'json' | 'text';
  /** Whether to expose introspection (the playground needs it). */
  introspection: boolean;
  /** The largest GraphQL response body the server sends; a larger answer is refused. */
  maxResponseBytes: number;
  webDistDir: string;
  /** Settings that work but should change (deprecated names), for the caller to log. */
  warnings: string[];
}

export const ROOT_DIR = path.resolve(__dirname, '..');
const DEFAULT_REPORT = path.join(ROOT_DIR, 'data/reports/jinyun-2023.txt');

/** A configuration that cannot work; the message lists every bad setting and what it accepts. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

function integer(what: string, min: number, max: number) {
  return makeValidator<number>((raw) => {
    const value = Number(raw.trim());
    if (!/^\d+$/.test(raw.trim()) || !Number.isSafeInteger(value) || value < min || value > max) {
      throw new Error(`must be ${what} from ${min} to ${max}, got "${raw}"`);
    }
    return value;
  });
}

const port = integer('a port number (0 picks a free one)', 0, 65_535);
const milliseconds = (min: number, max: number) => integer('a number of milliseconds', min, max);
const bytes = integer('a number of bytes', 10_000, 1_000_000_000);

function oneOf<T extends string>(choices: readonly T[]) {
  return makeValidator<T>((raw) => {
    if (!choices.includes(raw as T)) throw new Error(`must be one of ${choices.join(', ')}; got "${raw}"`);
    return raw as T;
  });
}

const boolean = makeValidator<boolean>((raw) => {
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  throw new Error(`must be true or false, got "${raw}"`);
});

const NEO4J_SCHEMES = ['bolt:', 'bolt+s:', 'bolt+ssc:', 'neo4j:', 'neo4j+s:', 'neo4j+ssc:'];
const neo4jUri = makeValidator<string>((raw) => {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`must be a Bolt URI such as bolt://localhost:7687, got "${raw}"`);
  }
  if (!NEO4J_SCHEMES.includes(url.protocol) || !url.hostname) {
    throw new Error(`must be a Bolt URI (${NEO4J_SCHEMES.join(' ')}//host:port), got "${raw}"`);
  }
  return raw;
});

const origins = makeValidator<string[]>((raw) =>
  raw
    .split(',')
    .map((o) => o.trim())
    .filter(Boolean)
    .map((origin) => {
      let url: URL | null = null;
      try {
        url = new URL(origin);
      } catch {
        // reported below
      }
      if (!url || url.origin !== origin)
        throw new Error(`must list origins such as https://example.org (scheme, host, port; no path), got "${origin}"`);
      return origin;
    }),
);

/** Comma-separated paths that must exist, resolved against the working directory. */
const existingPaths = makeValidator<string[]>((raw) => {
  const paths = raw
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => path.resolve(p));
  if (!paths.length) throw new Error('must name at least one report file or folder');
  for (const p of paths) if (!existsSync(p)) throw new Error(`names ${p}, which does not exist`);
  return paths;
});

const existingFile = makeValidator<string>((raw) => {
  const resolved = path.resolve(raw);
  if (!existsSync(resolved) || !statSync(resolved).isFile())
    throw new Error(`must be a file that exists, got ${resolved}`);
  return resolved;
});

/** The settings, their defaults and what they accept, in README order. */
const SPECS = {
  PORT: port({ default: 4000 }),
  HOST: str({ default: '127.0.0.1' }),
  NEO4J_URI: neo4jUri({ default: undefined }),
  NEO4J_USER: str({ default: 'neo4j' }),
  NEO4J_PASSWORD: str({ default: '' }),
  NEO4J_DATABASE: str({ default: undefined }),
  NEO4J_DATA_DIR: str({ default: path.join(ROOT_DIR, '.data/neo4j') }),
  NEO4J_CONNECT_TIMEOUT_MS: milliseconds(1_000, 600_000)({ default: 45_000 }),
  QUERY_TIMEOUT_MS: milliseconds(100, 300_000)({ default: 10_000 }),
  REPORTS: existingPaths({ default: undefined }),
  REPORT_FILE: existingFile({ default: undefined }),
  CORS_ORIGINS: origins({ default: [] }),
  GRAPHQL_INTROSPECTION: boolean({ default: true }),
  MAX_RESPONSE_BYTES: bytes({ default: 8 * 1024 * 1024 }),
  LOG_LEVEL: oneOf(['debug', 'info', 'warn', 'error'] as const)({ default: 'info' }),
  // JSON for collectors; one readable line per event when a person watches a terminal.
  LOG_FORMAT: oneOf(['json', 'text'] as const)({ default: process.stderr.isTTY ? 'text' : 'json' }),
  WEB_DIST_DIR: str({ default: path.join(ROOT_DIR, 'web/dist') }),
};

/** Reads and checks every setting; a bad one is a ConfigError naming all of them, never a silent fallback. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable means "unset" (docker compose passes `X: ${X}` through as empty).
  const given = Object.fromEntries(
    Object.keys(SPECS)
      .filter((name) => env[name] !== undefined && env[name] !== '')
      .map((name) => [name, env[name]]),
  );
  const settings = cleanEnv(given, SPECS, {
    reporter: ({ errors }) => {
      const problems = Object.entries(errors).map(([name, error]) => `  ${name} ${(error as Error).message}`);
      if (problems.length) {
        throw new ConfigError(
          `invalid configuration (README, "Configuration", lists every setting):\n${problems.join('\n')}`,
        );
      }
    },
  });

  const warnings: string[] = [];
  if (settings.REPORTS && settings.REPORT_FILE) {
    throw new ConfigError(
      'invalid configuration: REPORTS and REPORT_FILE are both set; REPORT_FILE is a deprecated alias of REPORTS, unset it',
    );
  }
  if (settings.REPORT_FILE)
    warnings.push('REPORT_FILE is deprecated: set REPORTS instead (files or folders, comma-separated)');
  const reports = settings.REPORTS ?? [settings.REPORT_FILE ?? DEFAULT_REPORT];

  return {
    port: settings.PORT,
    host: settings.HOST,
    neo4jUri: settings.NEO4J_URI ?? null,
    neo4jUser: settings.NEO4J_USER,
    neo4jPassword: settings.NEO4J_PASSWORD,
    neo4jDatabase: settings.NEO4J_DATABASE,
    neo4jDataDir: path.resolve(settings.NEO4J_DATA_DIR),
    neo4jConnectTimeoutMs: settings.NEO4J_CONNECT_TIMEOUT_MS,
    queryTimeoutMs: settings.QUERY_TIMEOUT_MS,
    reports,
    corsOrigins: settings.CORS_ORIGINS,
    logLevel: settings.LOG_LEVEL,
    logFormat: settings.LOG_FORMAT,
    introspection: settings.GRAPHQL_INTROSPECTION,
    maxResponseBytes: settings.MAX_RESPONSE_BYTES,
    webDistDir: path.resolve(settings.WEB_DIST_DIR),
    warnings,
  };
}
