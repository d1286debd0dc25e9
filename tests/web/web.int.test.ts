import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { ROOT_DIR } from '../../src/config';
import { createLogger } from '../../src/logger';
import { ensureWebBuilt, PROJECT_WEB_DIST_DIR } from '../../src/server/web';
import { startTestServer, type TestServer } from '../support/server';

/**
 * The landing page, the playground and the explorer in headless Chromium (Debian's
 * `chromium`, driven by playwright-core) against the real server and the shared test
 * Neo4j. Every request the browser makes is recorded: all must go to this machine.
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

/** What the tests read from the explorer page (window.explorer, see web/src/explore/main.ts). */
interface ExplorerHandle {
  graph: {
    cy: {
      nodes(): { map<T>(f: (n: { id(): string; data(key: string): string }) => T): T[] };
      getElementById(id: string): {
        renderedPosition(): { x: number; y: number };
        hasClass(name: string): boolean;
      };
      center(eles?: unknown): void;
    };
    labelBoxes(): { id: string; x1: number; y1: number; x2: number; y2: number }[];
  };
  state(): { mode: string; expanded: string[]; selected: string | null };
}
type WithExplorer = { explorer: ExplorerHandle };

const isLocal = (url: string) => {
  if (url.startsWith('data:') || url.startsWith('blob:') || url === 'about:blank') return true;
  const { protocol, hostname } = new URL(url);
  return (protocol === 'http:' || protocol === 'https:') && ['localhost', '127.0.0.1', '[::1]'].includes(hostname);
};

async function nodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => (globalThis as unknown as WithExplorer).explorer.graph.cy.nodes().map((n) => n.id()));
}

/** Clicks a node on the canvas with the mouse, as a person would (after centring it, clear of the legend). */
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
  await page.waitForSelector('#cy[data-state="idle"]', { timeout: 15_000 });
}

describe('the web pages in a browser', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const requests: string[] = [];
  /** What the browser refused under the server's Content-Security-Policy (pages, workers). */
  const violations: string[] = [];

  beforeAll(async () => {
    await ensureWebBuilt(PROJECT_WEB_DIST_DIR, createLogger('warn', 'web-test'));
    expect(existsSync(path.join(PROJECT_WEB_DIST_DIR, 'index.html'))).toBe(true);
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await startTestServer({ webDistDir: PROJECT_WEB_DIST_DIR });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
    context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    page = await context.newPage();
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    page.on('pageerror', (error) => {
      if (/Content Security Policy|Refused to/i.test(error.message)) violations.push(error.message);
    });
    // Requests from the playground's Monaco workers are the context's, not the page's.
    context.on('request', (request) => {
      if (!requests.includes(request.url())) requests.push(request.url());
    });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('serves a landing page with what the graph holds', async () => {
    const { body } = await server.graphql<{ graphStats: { labels: { label: string; count: number }[] } }>(
      '{ graphStats { labels { label count } } }',
    );
    const townships = body.data!.graphStats.labels.find((l) => l.label === 'Township')!.count;

    await page.goto(`${server.url}/`);
    await page.locator('.kind-count').first().waitFor();
    expect(await page.locator('.kind-count').count()).toBe(8);
    expect(await page.locator('.kind-count[data-kind="TOWNSHIP"] .n').innerText()).toBe(String(townships));
    expect(await page.locator('#link-explore').getAttribute('href')).toBe('/explore');
    expect(await page.locator('#link-playground').getAttribute('href')).toBe('/playground');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'landing.png') });
  }, 30_000);

  it('runs a query in the playground, with schema docs and completion from introspection', async () => {
    const { body } = await server.graphql<{ projects: { totalCount: number; nodes: { name: string }[] } }>(
      '{ projects(filter: { township: "壶镇" }, orderBy: { field: POSITION }, first: 20) { totalCount nodes { name } } }',
    );
    const expected = body.data!.projects;

    await page.goto(`${server.url}/playground`);
    await page.locator('.graphiql-container').waitFor();
    const tabs = await page.locator('.graphiql-tab').allInnerTexts();
    expect(tabs).toEqual(expect.arrayContaining(['ProjectsInHuzhen', 'SearchReservoir', 'HuzhenNeighborhood']));

    // Schema docs: only there once introspection succeeded.
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().waitFor();
    await page.locator('.graphiql-doc-explorer').getByText('Township', { exact: true }).first().waitFor();

    await page.locator('.graphiql-execute-button').click();
    const response = page.locator('.graphiql-response .view-lines');
    await response.filter({ hasText: 'totalCount' }).waitFor({ timeout: 15_000 });
    const text = (await response.innerText()).replace(/\u00a0/g, ' ');
    expect(text).toContain(`"totalCount": ${expected.totalCount}`);
    expect(text).toContain(expected.nodes[0].name);
    expect(text).not.toContain('"errors"');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'playground.png') });

    // Autocompletion from the schema.
    await page.locator('.graphiql-query-editor .view-lines').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('query Q { graphS', { delay: 20 });
    await page.keyboard.press('Control+Space');
    await page.locator('.suggest-widget .monaco-list-row', { hasText: 'graphStats' }).first().waitFor();

    // A browser opening /graphql itself gets the playground too.
    await page.goto(`${server.url}/graphql`);
    await page.locator('.graphiql-container').waitFor();
  }, 60_000);

  it('explores 壶镇镇: search, neighbourhood, expand a project, read its evidence, find a path', async () => {
    const { body } = await server.graphql<{ township: { id: string; projects: { id: string; name: string }[] } }>(
      '{ township(name: "壶镇") { id projects { id name } } }',
    );
    const township = body.data!.township;
    expect(township.projects.length).toBeGreaterThan(0);

    await page.goto(`${server.url}/explore`);
    await page.locator('#search-input').fill('壶镇');
    await page.locator('#search-input').press('Enter');
    const hit = page.locator(`.results .hit[data-id="${township.id}"]`);
    await hit.waitFor();
    await hit.click();
    await waitForIdle(page);
    await page.locator('#panel-title', { hasText: '壶镇镇' }).waitFor();
    await page.locator('#panel .evidence li mark').first().waitFor();

    // Its projects are nodes of the graph.
    const shown = await nodeIds(page);
    for (const project of township.projects) expect(shown).toContain(project.id);

    // No two labels overlap at the default zoom.
    const boxes = await page.evaluate(() => (globalThis as unknown as WithExplorer).explorer.graph.labelBoxes());
    const overlapping: string[] = [];
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => {
        if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlapping.push(`${a.id} × ${b.id}`);
      }),
    );
    expect(overlapping).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'explorer.png') });

    // Expanding the township again brings nothing new; clicking a project expands it and shows its evidence.
    await clickNode(page, township.id);
    await waitForIdle(page);
    const project = township.projects[0];
    await clickNode(page, project.id);
    await page.locator('#panel-title', { hasText: project.name }).waitFor();
    await waitForIdle(page);
    const state = await page.evaluate(() => (globalThis as unknown as WithExplorer).explorer.state());
    expect(state.selected).toBe(project.id);
    expect(state.expanded).toEqual(expect.arrayContaining([township.id, project.id]));
    const evidence = page.locator('#panel .evidence li');
    await evidence.first().waitFor();
    expect(await evidence.first().locator('mark').count()).toBeGreaterThan(0);
    expect((await nodeIds(page)).length).toBeGreaterThanOrEqual(shown.length);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'explorer-project.png') });

    // Path mode: pick two nodes, see the shortest path the API finds.
    const target = township.projects[township.projects.length - 1];
    const { body: pathBody } = await server.graphql<{
      shortestPath: { length: number; nodes: { id: string }[] } | null;
    }>(
      'query ($from: ID!, $to: ID!) { shortestPath(fromId: $from, toId: $to, maxLength: 8) { length nodes { id } } }',
      { from: project.id, to: target.id },
    );
    await page.locator('#mode-path').click();
    await clickNode(page, project.id);
    await clickNode(page, target.id);
    await waitForIdle(page);
    const result = page.locator('#path-result');
    if (pathBody.data!.shortestPath) {
      await result.filter({ hasText: `${pathBody.data!.shortestPath.length} 步` }).waitFor();
      const onPath = await page.evaluate(
        (ids) =>
          ids.filter((id) => {
            const { cy } = (globalThis as unknown as WithExplorer).explorer.graph;
            return !cy.getElementById(id).hasClass('faded');
          }),
        pathBody.data!.shortestPath.nodes.map((n) => n.id),
      );
      expect(onPath).toHaveLength(pathBody.data!.shortestPath.nodes.length);
    } else {
      await result.filter({ hasText: '没有路径' }).waitFor();
    }
    await page.screenshot({ path: path.join(SCREENSHOTS, 'explorer-path.png') });
  }, 60_000);

  it('made every request to this machine: no CDN, no web fonts', () => {
    expect(requests.length).toBeGreaterThan(10);
    expect(requests.filter((url) => !isLocal(url))).toEqual([]);
  });

  it('works under the security headers: a CSP the pages and workers keep to, no framing, nosniff', async () => {
    expect(violations).toEqual([]);
    for (const page of ['/', '/playground', '/explore']) {
      const response = await fetch(`${server.url}${page}`);
      expect(response.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
      expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
    }
  });
});
