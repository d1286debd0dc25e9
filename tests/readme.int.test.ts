import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../src/config';
import { createDriver } from '../src/graph/driver';
import { README, readmeExamples } from '../scripts/readme-examples';
import { devReportFile, loadExtraReports, removeExtraReports } from './support/devReports';
import { startTestServer, type TestServer } from './support/server';

/** The README's examples show what the server answers: each is run and compared (regenerate: npm run readme:examples). */
const EXTRA_REPORTS = ['yixian-2018', 'yixian-2019'];

describe('the README examples', () => {
  let driver: Driver;
  let server: TestServer;
  beforeAll(async () => {
    driver = createDriver(loadConfig());
    await loadExtraReports(driver, EXTRA_REPORTS.map(devReportFile));
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.stop();
    await removeExtraReports(driver, EXTRA_REPORTS);
    await driver.close();
  });

  const examples = readmeExamples(readFileSync(README, 'utf8'));

  it('has examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
  });

  it.each(
    examples.map(
      (e, i) =>
        [
          i + 1,
          e.query
            .split('\n')
            .find((l) => /\w/.test(l))
            ?.trim() ?? '',
          e,
        ] as const,
    ),
  )('example %i (%s) answers what the README shows', async (_, __, example) => {
    const { body } = await server.graphql(example.query);
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual(example.expected);
  });
});
