import path from 'node:path';
import { ConfigError, loadConfig, ROOT_DIR } from '../src/config';

const JINYUN = path.join(ROOT_DIR, 'data/reports/jinyun-2023.txt');

describe('configuration', () => {
  it('has working defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 4000,
      host: '127.0.0.1',
      neo4jUri: null,
      queryTimeoutMs: 10_000,
      reports: [JINYUN],
      introspection: true,
      logFormat: process.stderr.isTTY ? 'text' : 'json',
      warnings: [],
    });
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', NEO4J_URI: '' })).toMatchObject({ port: 4000, neo4jUri: null });
  });

  it.each([
    ['PORT', '99999', /PORT must be a port number \(0 picks a free one\) from 0 to 65535, got "99999"/],
    ['PORT', '-1', /PORT must be a port number/],
    ['PORT', '80.5', /PORT must be a port number/],
    ['QUERY_TIMEOUT_MS', '10s', /QUERY_TIMEOUT_MS must be a number of milliseconds from 100 to 300000, got "10s"/],
    ['NEO4J_URI', 'localhost:7687', /NEO4J_URI must be a Bolt URI/],
    ['NEO4J_URI', 'http://localhost:7474', /NEO4J_URI must be a Bolt URI/],
    ['LOG_LEVEL', 'verbose', /LOG_LEVEL must be one of debug, info, warn, error; got "verbose"/],
    ['GRAPHQL_INTROSPECTION', 'maybe', /GRAPHQL_INTROSPECTION must be true or false, got "maybe"/],
    ['CORS_ORIGINS', 'https://a.example/path', /CORS_ORIGINS must list origins/],
    ['REPORTS', 'data/reports/nope.txt', /REPORTS names .*nope\.txt, which does not exist/],
    ['MAX_RESPONSE_BYTES', '5', /MAX_RESPONSE_BYTES must be a number of bytes/],
  ])('refuses %s=%s with a message saying what it accepts', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });

  it('names every bad setting at once', () => {
    expect(() => loadConfig({ PORT: 'x', QUERY_TIMEOUT_MS: 'y' })).toThrow(/PORT[^]*QUERY_TIMEOUT_MS/);
  });

  it('reads REPORTS as comma-separated files and folders', () => {
    const config = loadConfig({ REPORTS: `${JINYUN}, data/reports/dev` });
    expect(config.reports).toEqual([JINYUN, path.resolve('data/reports/dev')]);
  });

  it('keeps REPORT_FILE as a deprecated alias of REPORTS', () => {
    const config = loadConfig({ REPORT_FILE: JINYUN });
    expect(config.reports).toEqual([JINYUN]);
    expect(config.warnings).toEqual([expect.stringMatching(/REPORT_FILE is deprecated: set REPORTS/)]);
    expect(() => loadConfig({ REPORT_FILE: JINYUN, REPORTS: JINYUN })).toThrow(/both set/);
  });
});
