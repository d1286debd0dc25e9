import type { Driver } from 'neo4j-driver';
import { createReportClient } from '../examples/dashboard-client/src/client';
import { loadDashboard } from '../examples/dashboard-client/src/dashboard';
import { loadConfig } from '../src/config';
import { createDriver } from '../src/graph/driver';
import { devReportFile, loadExtraReports, removeExtraReports } from './support/devReports';
import { startTestServer, type TestServer } from './support/server';

/** The typed example client (examples/dashboard-client) against a real server, as a front-end team would run it. */
const EXTRA_REPORTS = ['yixian-2018', 'yixian-2019'];

describe('the example dashboard client', () => {
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

  it("shows Jinyun's projects by category and stage; no scorecard without the next year's report", async () => {
    const dashboard = await loadDashboard(createReportClient(`${server.url}/graphql`), '缙云县');
    expect(dashboard.report).toMatchObject({ id: 'jinyun-2023', year: 2023, county: '缙云县' });
    expect(Object.values(dashboard.projectsByCategory).reduce((a, b) => a + b, 0)).toBe(161);
    expect(Object.values(dashboard.projectsByStage).reduce((a, b) => a + b, 0)).toBe(161);
    expect(dashboard.scorecard).toBeNull();
  });

  it('shows the scorecard of 易县 2018 from the 2019 report, over GET requests that CSRF prevention accepts', async () => {
    const dashboard = await loadDashboard(createReportClient(`${server.url}/graphql`), '易县');
    expect(dashboard.report).toMatchObject({ id: 'yixian-2018', year: 2018 });
    expect(dashboard.scorecard).not.toBeNull();
    const counts = dashboard.scorecard!.counts;
    expect(counts.MET + counts.MISSED).toBeGreaterThan(0);
    expect(dashboard.scorecard!.missed).toHaveLength(counts.MISSED);
    const get = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ reports { totalCount } }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(200);
  });
});
