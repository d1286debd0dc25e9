import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { loadConfig, ROOT_DIR } from '../../src/config';
import { createDriver } from '../../src/graph/driver';
import { createLogger } from '../../src/logger';
import { ensureWebBuilt, PROJECT_WEB_DIST_DIR } from '../../src/server/web';
import { devReportFile, loadExtraReports, removeExtraReports } from '../support/devReports';
import { startTestServer, type TestServer } from '../support/server';
import {
  type BrowserDocument,
  type BrowserElement,
  type BrowserWindow,
  chartTextOverlaps,
  intersect,
  layoutProblems,
  overlaps,
  type Box,
} from './geometry';

// The browser's globals, for the code page.evaluate runs in the page (see ./geometry).
declare const document: BrowserDocument;
declare const window: BrowserWindow;
declare function requestAnimationFrame(callback: () => void): number;

/**
 * The landing page, dashboard, playground and explorer in headless Chromium (Debian's
 * `chromium`, driven by playwright-core) against the real server and the shared test Neo4j,
 * at a desktop (1440×900) and a phone (390×844) size. Every request the browser makes is
 * recorded (all must go to this machine), every console error too (there must be none), and
 * the layout is checked geometrically: no two visible controls or panes overlap, nothing
 * sticks out of the window, no two graph labels or chart labels overlap.
 * Screenshots go to test-results/screenshots/.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = path.join(ROOT_DIR, 'test-results', 'screenshots');
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const VIEWPORTS = [
  { name: 'desktop', width: 1440, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;
type Viewport = (typeof VIEWPORTS)[number];

/** Two consecutive reports of one county, loaded for the scorecard and the evidence by report. */
const PAIR = ['xushui-2011', 'xushui-2012'];

/** The top bar every page has. */
const TOPBAR = ['.topbar .brand', '.topbar nav a'];

/** What the tests read from the explorer page (window.explorer, see web/src/explore/main.ts). */
interface ExplorerHandle {
  graph: {
    cy: {
      nodes(): { map<T>(f: (n: { id(): string; data(key: string): string }) => T): T[] };
      getElementById(id: string): {
        renderedPosition(): { x: number; y: number };
        renderedBoundingBox(options: object): { x1: number; y1: number; x2: number; y2: number };
        hasClass(name: string): boolean;
        data(key: string): string;
      };
      center(eles?: unknown): void;
    };
    labelBoxes(): { id: string; x1: number; y1: number; x2: number; y2: number }[];
  };
  state(): { mode: string; expanded: string[]; selected: string | null; report: string | null };
}
type WithExplorer = { explorer: ExplorerHandle };
type WithDashboard = {
  dashboard: {
    state(): {
      report: string | null;
      loading: boolean;
      unit: string | null;
      metrics: number;
      scorecardYear: number | null;
    };
    barCenter(chart: string, seriesIndex: number, dataIndex: number): { x: number; y: number } | null;
  };
};

const isLocal = (url: string) => {
  if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return true;
  const { protocol, hostname } = new URL(url);
  return (protocol === 'http:' || protocol === 'https:') && ['localhost', '127.0.0.1', '[::1]'].includes(hostname);
};

async function nodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => (globalThis as unknown as WithExplorer).explorer.graph.cy.nodes().map((n) => n.id()));
}

/** Clicks a node on the canvas with the mouse, as a person would (after centring it). */
async function clickNode(page: Page, id: string): Promise<void> {
  const position = await page.evaluate((nodeId) => {
    const { cy } = (globalThis as unknown as WithExplorer).explorer.graph;
    cy.center(cy.getElementById(nodeId));
    return cy.getElementById(nodeId).renderedPosition();
  }, id);
  const box = (await page.locator('#cy').boundingBox())!;
  await page.mouse.click(box.x + position.x, box.y + position.y);
}

async function waitForIdle(page: Page): Promise<void> {
  await page.waitForSelector('#cy[data-state="idle"]', { timeout: 20_000 });
}

/** Graph labels that overlap each other, or that lie (even partly) outside the canvas. */
async function graphLabelProblems(page: Page): Promise<string[]> {
  const boxes = await page.evaluate(() => (globalThis as unknown as WithExplorer).explorer.graph.labelBoxes());
  const rendered = await page.evaluate(() => {
    const { cy } = (globalThis as unknown as WithExplorer).explorer.graph;
    return cy
      .nodes()
      .map((n) => ({ name: n.id(), ...cy.getElementById(n.id()).renderedBoundingBox({ includeLabels: true }) }));
  });
  const canvas = (await page.locator('#cy').boundingBox())!;
  const outside = rendered
    .filter((b) => b.x1 < -1 || b.y1 < -1 || b.x2 > canvas.width + 1 || b.y2 > canvas.height + 1)
    .map((b) => `${b.name} is off the canvas`);
  return [...overlaps(boxes.map((b) => ({ ...b, name: b.id }))), ...outside];
}

async function dashboardReady(page: Page): Promise<void> {
  await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });
}

/** Clicks the middle of a dashboard bar with the mouse. */
async function clickBar(page: Page, chart: string, seriesIndex: number, dataIndex: number): Promise<void> {
  const point = await page.evaluate(
    ([c, s, d]) => (globalThis as unknown as WithDashboard).dashboard.barCenter(c as string, s as number, d as number),
    [chart, seriesIndex, dataIndex] as const,
  );
  expect(point).not.toBeNull();
  // Scroll the bar (not only its chart, which may be taller than the window) to the middle of the window.
  await page.evaluate(
    ([selector, y]) => {
      const top = document.querySelector(selector as string)!.getBoundingClientRect().top + window.scrollY;
      window.scrollTo(0, top + (y as number) - window.innerHeight / 2);
    },
    [`#chart-${chart}`, point!.y] as const,
  );
  const box = (await page.locator(`#chart-${chart}`).boundingBox())!;
  await page.mouse.click(box.x + point!.x, box.y + point!.y);
}

describe('the web pages in a browser', () => {
  let server: TestServer;
  let browser: Browser;
  const requests: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    await ensureWebBuilt(PROJECT_WEB_DIST_DIR, createLogger('warn', 'web-test'));
    expect(existsSync(path.join(PROJECT_WEB_DIST_DIR, 'dashboard.html'))).toBe(true);
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startTestServer({ webDistDir: PROJECT_WEB_DIST_DIR });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** A fresh browser context of the viewport's size, its requests and console errors recorded. */
  async function open(viewport: Viewport): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({
      viewport: { width: viewport.width, height: viewport.height },
      locale: 'zh-CN',
      isMobile: viewport.name === 'phone',
      hasTouch: viewport.name === 'phone',
    });
    // Requests from the playground's Monaco workers are the context's, not the page's.
    context.on('request', (request) => requests.push(request.url()));
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${viewport.name} ${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => consoleErrors.push(`${viewport.name} ${page.url()}: ${error.message}`));
    return { context, page };
  }

  const shot = (page: Page, name: string, fullPage = false) =>
    page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage });

  describe.each(VIEWPORTS)('at $width×$height ($name)', (viewport) => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      ({ context, page } = await open(viewport));
    });
    afterAll(async () => {
      await context?.close();
    });

    it('lists the loaded reports on the landing page, with what the graph holds', async () => {
      const { body } = await server.graphql<{
        graphStats: { labels: { label: string; count: number }[] };
        reports: { nodes: { id: string; stats: { projects: number } }[] };
      }>('{ graphStats { labels { label count } } reports { nodes { id stats { projects } } } }');
      const townships = body.data!.graphStats.labels.find((l) => l.label === 'Township')!.count;
      const reports = body.data!.reports.nodes;

      await page.goto(`${server.url}/`);
      await page.locator('.kind-count').first().waitFor();
      await page.locator('.report-card').first().waitFor();
      expect(await page.locator('.kind-count').count()).toBe(8);
      expect(await page.locator('.kind-count[data-kind="TOWNSHIP"] .n').innerText()).toBe(String(townships));
      expect(
        await page
          .locator('.report-card')
          .evaluateAll((cards) => cards.map((c) => (c as unknown as BrowserElement).dataset.report)),
      ).toEqual(reports.map((r) => r.id));
      expect(
        await page.locator(`.report-card[data-report="${reports[0].id}"] .report-dashboard`).getAttribute('href'),
      ).toBe(`/dashboard?report=${reports[0].id}`);
      for (const href of ['/dashboard', '/explore', '/playground'])
        expect(await page.locator(`.topbar nav a[href="${href}"]`).count()).toBe(1);
      expect(
        await layoutProblems(page, [...TOPBAR, '.entry-card', '.report-card', '.kind-count', '.hero h1', '.hero p']),
      ).toEqual([]);
      await shot(page, `landing-${viewport.name}`, true);
    }, 60_000);

    it('shows the newest report on the dashboard: targets beside results, projects, townships, each clickable', async () => {
      const { body } = await server.graphql<{ report: { id: string; label: string } }>('{ report { id label } }');
      const newest = body.data!.report;

      await page.goto(`${server.url}/dashboard`);
      await dashboardReady(page);
      expect(await page.locator('#report-picker').inputValue()).toBe(newest.id);
      expect(await page.locator('#report-title').innerText()).toBe(newest.label);
      const state = await page.evaluate(() => (globalThis as unknown as WithDashboard).dashboard.state());
      expect(state.metrics).toBeGreaterThan(0);
      // Jinyun alone: no previous report, so no scorecard, and the card says why.
      expect(await page.locator('#card-scorecard').getAttribute('data-state')).toBe('none');
      expect(await page.locator('#scorecard-note').innerText()).toContain('Load the county');

      const layout = [...TOPBAR, '.picker', '#report-title', '.stat', '.card', '.chips button'];
      expect(await layoutProblems(page, layout)).toEqual([]);
      for (const chart of ['#chart-metrics', '#chart-projects', '#chart-townships'])
        expect([chart, await chartTextOverlaps(page, chart)]).toEqual([chart, []]);
      await shot(page, `dashboard-${viewport.name}`, true);

      // A metric's bar opens its evidence sentence, with the statement marked and a link to the explorer.
      await clickBar(page, 'metrics', 1, 0);
      await page.locator('#evidence:not([hidden]) .evidence-item blockquote').first().waitFor();
      expect(await page.locator('#evidence .evidence-item blockquote mark').count()).toBeGreaterThan(0);
      const link = await page.locator('#evidence .to-explorer').first().getAttribute('href');
      expect(link).toMatch(/^\/explore\?id=indicator%3A/);
      await shot(page, `dashboard-evidence-${viewport.name}`);
      expect(await layoutProblems(page, ['#evidence', '#evidence .evidence-item', '#evidence .close'])).toEqual([]);
      await page.keyboard.press('Escape');
      await page.locator('#evidence').waitFor({ state: 'hidden' });

      // A project bar lists its projects, each linked to the explorer.
      await clickBar(page, 'projects', 0, 0);
      await page.locator('#project-list li a').first().waitFor();
      expect(await page.locator('#project-list li a').first().getAttribute('href')).toMatch(
        /^\/explore\?id=project%3A/,
      );

      // A township's bar opens it in the explorer.
      const township = await page.evaluate(() => {
        const names = Array.from(document.querySelectorAll('#township-links a')).map(
          (a) => (a as unknown as BrowserElement).href,
        );
        return names[0];
      });
      await clickBar(page, 'townships', 0, 0);
      await page.waitForURL((url) => url.pathname === '/explore');
      expect(page.url()).toBe(township);
      await page.locator('#panel-title').filter({ hasText: /\S/ }).waitFor();
      await waitForIdle(page);
    }, 90_000);

    it('explores 壶镇镇: search, neighbourhood, kinds told apart, evidence by report, Escape, unknown id', async () => {
      const { body } = await server.graphql<{
        township: { id: string; projects: { id: string; name: string }[] };
        search: { kind: string; label: string; node: { id: string } }[];
      }>(
        '{ township(name: "壶镇") { id projects { id name } } search(text: "壶镇特色智造小微园", first: 5) { kind label node { id } } }',
      );
      const township = body.data!.township;
      const namesakes = body.data!.search.filter((h) => h.label === '壶镇特色智造小微园').map((h) => h.node.id);
      expect(namesakes).toHaveLength(2);

      await page.goto(`${server.url}/explore`);
      await page.locator('#report-picker option').nth(1).waitFor({ state: 'attached' });
      await page.locator('#search-input').fill('壶镇');
      await page.locator('#search-input').press('Enter');
      const hit = page.locator(`.results .hit[data-id="${township.id}"]`);
      await hit.waitFor();
      await hit.click();
      await waitForIdle(page);
      await page.locator('#panel-title', { hasText: '壶镇镇' }).waitFor();
      await page.locator('#panel .evidence-report h4').first().waitFor();
      expect(await page.locator('#panel .evidence li mark').count()).toBeGreaterThan(0);

      const shown = await nodeIds(page);
      for (const project of township.projects) expect(shown).toContain(project.id);
      // The platform and the project of one name both shown, with different labels and shapes.
      for (const id of namesakes) expect(shown).toContain(id);
      const looks = await page.evaluate(
        (ids) =>
          ids.map((id) => {
            const node = (globalThis as unknown as WithExplorer).explorer.graph.cy.getElementById(id);
            return `${node.data('short')} ${node.data('shape')}`;
          }),
        namesakes,
      );
      expect(new Set(looks).size).toBe(2);
      expect(looks.join(' ')).toMatch(/平台.*项目|项目.*平台/);

      expect(await graphLabelProblems(page)).toEqual([]);
      const panes = [
        ...TOPBAR,
        '.search-pane',
        '.canvas-pane',
        '#panel',
        '.toolbar button',
        '.legend-box',
        '#graph-status',
        '#search-form',
      ];
      expect(await layoutProblems(page, panes)).toEqual([]);
      const canvas = (await page.locator('#cy').boundingBox())!;
      expect(canvas.width).toBeGreaterThan(viewport.width / 2);
      expect(canvas.height).toBeGreaterThan(150);
      await shot(page, `explorer-${viewport.name}`);

      // Expanding a project: everything shown stays on the canvas.
      const project = township.projects[0];
      await clickNode(page, project.id);
      await page.locator('#panel-title', { hasText: project.name }).waitFor();
      await waitForIdle(page);
      const state = await page.evaluate(() => (globalThis as unknown as WithExplorer).explorer.state());
      expect(state.selected).toBe(project.id);
      expect(state.expanded).toEqual(expect.arrayContaining([township.id, project.id]));
      expect((await nodeIds(page)).length).toBeGreaterThanOrEqual(shown.length);
      expect(await graphLabelProblems(page)).toEqual([]);
      await shot(page, `explorer-project-${viewport.name}`);

      // Escape closes the panel, and the canvas takes the room back.
      await page.keyboard.press('Escape');
      await page.locator('#panel').waitFor({ state: 'hidden' });
      expect((await page.evaluate(() => (globalThis as unknown as WithExplorer).explorer.state())).selected).toBeNull();

      // An id nobody has is said to be unknown.
      await page.goto(`${server.url}/explore?id=${encodeURIComponent('project:000000:nothing')}`);
      await page.locator('#panel .error').waitFor();
      expect(await page.locator('#panel .error').innerText()).toContain('Unknown id');
      expect(await page.locator('#panel .error').innerText()).not.toContain('no longer');
    }, 90_000);

    it('runs examples in the playground: every tab reachable, no duplicate tabs, the run button clear of the query', async () => {
      const { body } = await server.graphql<{ projects: { totalCount: number; nodes: { name: string }[] } }>(
        '{ projects(filter: { report: "jinyun-2023", township: "壶镇" }, orderBy: { field: POSITION }, first: 20) { totalCount nodes { name } } }',
      );
      const expected = body.data!.projects;

      await page.goto(`${server.url}/playground`);
      await page.locator('.graphiql-container').waitFor();
      await page.locator('.graphiql-query-editor .view-lines .view-line').first().waitFor();
      const tabs = page.locator('.graphiql-tab');
      const titles = await tabs.allInnerTexts();
      expect(titles).toEqual(
        expect.arrayContaining(['ProjectsInHuzhen', 'Scorecard', 'ProjectTimeline', 'ReportResults', 'Stats']),
      );

      // The query's lines, as far as the editor shows them, are not under the run button or the other tools.
      const textBoxes: Box[] = await page.locator('.graphiql-query-editor').evaluate((node) => {
        const editor = node as unknown as BrowserDocument;
        const view = editor.querySelector('.monaco-editor .overflow-guard')!.getBoundingClientRect();
        return Array.from(editor.querySelectorAll('.view-lines .view-line > span')).map((s, i) => {
          const r = s.getBoundingClientRect();
          return {
            name: `text ${i} "${(s.textContent ?? '').slice(0, 12)}"`,
            x1: Math.max(r.left, view.left),
            y1: Math.max(r.top, view.top),
            x2: Math.min(r.right, view.right),
            y2: Math.min(r.bottom, view.bottom),
          };
        });
      });
      const toolBoxes: Box[] = await page
        .locator('.graphiql-toolbar button, .graphiql-execute-button')
        .evaluateAll((buttons) =>
          buttons.map((b, i) => {
            const r = b.getBoundingClientRect();
            return { name: `tool ${i}`, x1: r.left, y1: r.top, x2: r.right, y2: r.bottom };
          }),
        );
      expect(
        textBoxes.flatMap((t) => toolBoxes.filter((b) => intersect(t, b)).map((b) => `${t.name} × ${b.name}`)),
      ).toEqual([]);
      expect(
        await layoutProblems(page, [
          ...TOPBAR,
          '.graphiql-sidebar',
          '.graphiql-editors',
          '.graphiql-response',
          '.graphiql-tabs',
        ]),
      ).toEqual([]);
      await shot(page, `playground-${viewport.name}`);

      // Run the first example.
      await page.locator('.graphiql-execute-button').click();
      const response = page.locator('.graphiql-response .view-lines');
      await response.filter({ hasText: 'totalCount' }).waitFor({ timeout: 20_000 });
      // Long lines wrap in a narrow editor: compare without white space.
      const text = (await response.innerText()).replace(/\s+/g, '');
      expect(text).toContain(`"totalCount":${expected.totalCount}`);
      expect(text).toContain(expected.nodes[0].name);
      expect(text).not.toContain('"errors"');
      await shot(page, `playground-run-${viewport.name}`);

      // The last tab (Stats) can be reached and opened.
      const stats = tabs.filter({ hasText: 'Stats' });
      await stats.scrollIntoViewIfNeeded();
      await stats.click();
      await page.locator('.graphiql-tab-active', { hasText: 'Stats' }).waitFor();
      const statsBox = (await stats.boundingBox())!;
      expect(statsBox.x).toBeGreaterThanOrEqual(0);
      expect(statsBox.x + statsBox.width).toBeLessThanOrEqual(viewport.width);

      // The Examples pane switches to an example's open tab instead of opening a duplicate.
      const count = await tabs.count();
      const pane = page.locator('.examples-pane');
      if (!(await pane.isVisible()))
        await page
          .getByRole('button', { name: /Examples/ })
          .first()
          .click();
      await pane.locator('[data-example="目标完成情况"]').click();
      await page.locator('.graphiql-tab-active', { hasText: 'Scorecard' }).waitFor();
      expect(await tabs.count()).toBe(count);
      // The editors and the response keep most of the window (on a phone the pane closed again).
      await page.waitForFunction(
        () => document.querySelector('.graphiql-sessions')!.getBoundingClientRect().width > window.innerWidth / 2,
        undefined,
        { timeout: 5_000 },
      );
      await shot(page, `playground-examples-${viewport.name}`);
    }, 90_000);
  });

  describe('at 1440×900, in depth', () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      ({ context, page } = await open(VIEWPORTS[0]));
    });
    afterAll(async () => {
      await context?.close();
    });

    it('has schema docs and completion from introspection in the playground, also at /graphql', async () => {
      await page.goto(`${server.url}/playground`);
      await page.locator('.graphiql-container').waitFor();
      await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
      await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().waitFor();
      await page.locator('.graphiql-doc-explorer').getByText('Township', { exact: true }).first().waitFor();

      await page.locator('.graphiql-query-editor .view-lines').click();
      await page.keyboard.press('Control+End');
      await page.keyboard.press('Enter');
      await page.keyboard.type('query Q { graphS', { delay: 20 });
      await page.keyboard.press('Control+Space');
      await page.locator('.suggest-widget .monaco-list-row', { hasText: 'graphStats' }).first().waitFor();

      await page.goto(`${server.url}/graphql`);
      await page.locator('.graphiql-container').waitFor();
    }, 60_000);

    it('finds a shortest path in the explorer', async () => {
      const { body } = await server.graphql<{ township: { id: string; projects: { id: string }[] } }>(
        '{ township(name: "壶镇") { id projects { id } } }',
      );
      const { id, projects } = body.data!.township;
      const [from, to] = [projects[0].id, projects[projects.length - 1].id];
      const { body: pathBody } = await server.graphql<{
        shortestPath: { length: number; nodes: { id: string }[] } | null;
      }>(
        'query ($from: ID!, $to: ID!) { shortestPath(fromId: $from, toId: $to, maxLength: 8) { length nodes { id } } }',
        { from, to },
      );
      await page.goto(`${server.url}/explore?id=${encodeURIComponent(id)}`);
      await waitForIdle(page);
      await page.locator('#mode-path').click();
      await page.locator('#path-bar').waitFor();
      // Let the canvas take its new size (the path bar moved it) before tapping, as a person would.
      await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      await clickNode(page, from);
      await clickNode(page, to);
      await waitForIdle(page);
      const result = page.locator('#path-result');
      const found = pathBody.data!.shortestPath;
      if (found) {
        await result.filter({ hasText: `${found.length} 步` }).waitFor();
        const onPath = await page.evaluate(
          (ids) =>
            ids.filter(
              (nodeId) =>
                !(globalThis as unknown as WithExplorer).explorer.graph.cy.getElementById(nodeId).hasClass('faded'),
            ),
          found.nodes.map((n) => n.id),
        );
        expect(onPath).toHaveLength(found.nodes.length);
      } else {
        await result.filter({ hasText: '没有路径' }).waitFor();
      }
      await shot(page, 'explorer-path-desktop');
    }, 60_000);
  });

  describe('with two consecutive reports of one county loaded', () => {
    let driver: Driver;

    beforeAll(async () => {
      driver = createDriver(loadConfig());
      await loadExtraReports(driver, PAIR.map(devReportFile));
    }, 240_000);

    afterAll(async () => {
      await removeExtraReports(driver, PAIR);
      await driver.close();
    }, 120_000);

    it.each(VIEWPORTS)(
      'shows the scorecard, each item opening its two sentences, at $width×$height',
      async (viewport) => {
        const { body } = await server.graphql<{
          report: { resultsYear: number; county: { code: string } };
        }>(`{ report(id: "${PAIR[1]}") { resultsYear county { code } } }`);
        const { resultsYear, county } = body.data!.report;
        const { body: scBody } = await server.graphql<{
          scorecard: {
            counts: { assessment: string; count: number }[];
            items: { assessment: string; results: unknown[] }[];
          };
        }>(
          'query ($c: String!, $y: Int!) { scorecard(county: $c, year: $y) { counts { assessment count } items { assessment results { id } } } }',
          {
            c: county.code,
            y: resultsYear,
          },
        );
        const scorecard = scBody.data!.scorecard;
        expect(scorecard).not.toBeNull();

        const { context, page } = await open(viewport);
        try {
          await page.goto(`${server.url}/dashboard?report=${PAIR[1]}`);
          await dashboardReady(page);
          expect(await page.locator('#card-scorecard').getAttribute('data-state')).toBe('ready');
          expect(
            (await page.evaluate(() => (globalThis as unknown as WithDashboard).dashboard.state())).scorecardYear,
          ).toBe(resultsYear);
          expect(await page.locator('#scorecard-items > li').count()).toBe(scorecard.items.length);
          expect(await chartTextOverlaps(page, '#chart-scorecard')).toEqual([]);
          expect(
            await layoutProblems(page, [...TOPBAR, '.picker', '.stat', '.card', '#scorecard-items summary']),
          ).toEqual([]);

          // An assessed item opens the target's sentence (earlier report) and the result's (later report).
          const assessed = scorecard.items.findIndex((i) => i.results.length > 0);
          expect(assessed).toBeGreaterThanOrEqual(0);
          const item = page.locator('#scorecard-items > li').nth(assessed);
          await item.locator('summary').scrollIntoViewIfNeeded();
          await item.locator('summary').click();
          const sides = item.locator('.evidence-item');
          await sides.first().waitFor();
          expect(await sides.count()).toBeGreaterThanOrEqual(2);
          const captions = (await sides.locator('figcaption').allInnerTexts()).join('\n');
          expect(captions).toContain('目标 Target');
          expect(captions).toContain('成果 Result');
          await shot(page, `dashboard-scorecard-${viewport.name}`);

          // Clicking a count in the chart keeps only the items of that assessment.
          const missed = ['MET', 'MET_FLOOR_ONLY', 'MISSED', 'NO_RESULT_REPORTED', 'NO_TARGET_SET'].indexOf('MISSED');
          const missedCount = scorecard.counts.find((c) => c.assessment === 'MISSED')!.count;
          if (missedCount > 0) {
            await clickBar(page, 'scorecard', 0, missed);
            await page.locator('#scorecard-items[data-filter="MISSED"]').waitFor();
            expect(await page.locator('#scorecard-items > li').count()).toBe(missedCount);
          }
        } finally {
          await context.close();
        }
      },
      120_000,
    );

    it('shows evidence from each report, labelled by report, for a node both name; scopes search to a report', async () => {
      const { body } = await server.graphql<{
        projects: { nodes: { id: string; name: string; reports: { id: string; label: string }[] }[] };
      }>(
        `{ projects(filter: { county: "${PAIR[0]}" }, first: 100) { nodes { id name reports { id label } } } }`.replace(
          `"${PAIR[0]}"`,
          '"130609"',
        ),
      );
      const shared = body.data!.projects.nodes.find((p) => PAIR.every((id) => p.reports.some((r) => r.id === id)));
      expect(shared).toBeDefined();

      const { context, page } = await open(VIEWPORTS[0]);
      try {
        await page.goto(`${server.url}/explore?id=${encodeURIComponent(shared!.id)}`);
        await waitForIdle(page);
        await page.locator('#panel .evidence-report').first().waitFor();
        const labels = await page.locator('#panel .evidence-report h4').allInnerTexts();
        expect(labels).toEqual(
          expect.arrayContaining(shared!.reports.filter((r) => PAIR.includes(r.id)).map((r) => r.label)),
        );
        await shot(page, 'explorer-shared-desktop');

        // Scoped to one report, search finds only what that report states.
        const { body: searchBody } = await server.graphql<{ search: { node: { id: string } }[] }>(
          'query ($t: String!, $r: ID) { search(text: $t, first: 30, report: $r) { node { id } } }',
          { t: shared!.name, r: PAIR[0] },
        );
        await page.goto(`${server.url}/explore?report=${PAIR[0]}&q=${encodeURIComponent(shared!.name)}`);
        await page.locator('.results .hit').first().waitFor();
        expect((await page.evaluate(() => (globalThis as unknown as WithExplorer).explorer.state())).report).toBe(
          PAIR[0],
        );
        const ids = await page
          .locator('.results .hit')
          .evaluateAll((hits) => hits.map((h) => (h as unknown as BrowserElement).dataset.id));
        // The page groups entities before sentences; the hits are the API's.
        expect([...ids].sort()).toEqual(searchBody.data!.search.map((h) => h.node.id).sort());
      } finally {
        await context.close();
      }
    }, 90_000);
  });

  // Last (jest runs a block's own tests before its nested blocks'): after every page was visited.
  describe('after all pages', () => {
    it('made every request to this machine (no CDN, no web fonts) and logged no console error', () => {
      expect(requests.length).toBeGreaterThan(10);
      expect(requests.filter((url) => !isLocal(url))).toEqual([]);
      expect(consoleErrors).toEqual([]);
    });

    // A refusal under the Content-Security-Policy is a console error: the test above finds none.
    it('serves every page with the security headers: a CSP, no framing, nosniff', async () => {
      for (const page of ['/', '/dashboard', '/playground', '/explore']) {
        const response = await fetch(`${server.url}${page}`);
        expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
        expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        expect(response.headers.get('x-frame-options')).toBe('DENY');
      }
    });
  });
});
