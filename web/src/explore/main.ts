import { gql, GraphQLRequestError } from '../api';
import '../common.css';
import { byId, el, snippetNodes } from '../dom';
import { ENTITY_KINDS, KIND_STYLES, kindStyle, type EntityKind } from '../kinds';
import './explore.css';
import { GraphView, type NodeData } from './graph';
import { fillReportPicker, loadReports, setReportInUrl, type ReportSummary } from '../reports';
import { hidePanel, showDetails, showError, showLoading, type PanelActions } from './panel';
import {
  NEIGHBORHOOD,
  NODE_DETAILS,
  NODE_REPORTS,
  type NodeReportsData,
  SEARCH,
  SHORTEST_PATH,
  type NeighborhoodData,
  type NodeDetailsData,
  type SearchData,
  type SearchHit,
  type ShortestPathData,
} from './queries';

/** How many neighbours one expansion brings in at most. */
const NEIGHBOUR_LIMIT = 150;

interface NodeRef {
  id: string;
  kind: EntityKind;
  label: string;
}

declare global {
  interface Window {
    /** For the end-to-end test and for curious users in the console. */
    explorer: {
      graph: GraphView;
      state: () => { mode: Mode; expanded: string[]; selected: string | null; report: string | null };
    };
  }
}

type Mode = 'explore' | 'path';
let mode: Mode = 'explore';
let selected: string | null = null;
let pathFrom: NodeRef | null = null;
let pathTo: NodeRef | null = null;
let pending = 0;
let detailsToken = 0;
const expanded = new Set<string>();
/** The report search and neighbourhoods are scoped to; null: all loaded reports. */
let scope: string | null = null;
let reports: ReportSummary[] = [];
/** A phone-sized window: the panes stack, the legend starts closed, results fold away once a node opens. */
const narrow = window.matchMedia('(max-width: 760px)');

const cyContainer = byId('cy');
const graph = new GraphView(cyContainer, {
  onNodeTap: (node) => void nodeTapped(node),
  onBackgroundTap: () => {
    if (mode === 'explore') {
      graph.select(null);
      selected = null;
    }
  },
});

function refreshState(): void {
  cyContainer.dataset.state = pending > 0 ? 'loading' : graph.nodeCount ? 'idle' : 'empty';
  byId('empty-hint').hidden = graph.nodeCount > 0 || pending > 0;
}

async function busy<T>(work: () => Promise<T>): Promise<T> {
  pending++;
  refreshState();
  try {
    return await work();
  } finally {
    pending--;
    refreshState();
  }
}

function setStatus(text: string, isError = false): void {
  const status = byId('graph-status');
  status.textContent = text;
  status.classList.toggle('error', isError);
}

function summary(extra = ''): void {
  setStatus(`${graph.nodeCount} 个节点 nodes · ${graph.edgeCount} 条关系 edges${extra}`);
  renderLegend();
}

function renderLegend(): void {
  const counts = new Map<string, number>();
  for (const node of graph.cy.nodes()) counts.set(node.data('kind'), (counts.get(node.data('kind')) ?? 0) + 1);
  const kinds: EntityKind[] = [...ENTITY_KINDS, ...(counts.has('SENTENCE') ? (['SENTENCE'] as const) : [])];
  byId('legend').replaceChildren(
    ...kinds.map((kind) => {
      const style = KIND_STYLES[kind];
      const item = el(
        'div',
        { className: 'item', dataset: { kind, shape: style.shape } },
        el('span', { className: 'swatch' }),
        el('span', { text: `${style.zh} ${style.en}` }),
        el('span', { className: 'count', text: counts.get(kind) ? String(counts.get(kind)) : '' }),
      );
      item.style.setProperty('--kind-color', style.color);
      return item;
    }),
  );
}

// ---- search ----------------------------------------------------------------

const searchInput = byId<HTMLInputElement>('search-input');
let searchToken = 0;

async function runSearch(text: string): Promise<void> {
  const query = text.trim();
  const status = byId('search-status');
  const results = byId('search-results');
  if (!query) return;
  const token = ++searchToken;
  status.textContent = '搜索中… Searching…';
  status.classList.remove('error');
  try {
    const { search } = await gql<SearchData>(SEARCH, { text: query, first: 30, report: scope });
    if (token !== searchToken) return;
    const entities = search.filter((h) => h.kind !== 'SENTENCE');
    const sentences = search.filter((h) => h.kind === 'SENTENCE');
    const where = scope ? `（${reports.find((r) => r.id === scope)?.label ?? scope}）` : '';
    status.textContent = search.length
      ? `${entities.length} 个实体，${sentences.length} 句原文${where} · ${entities.length} entities, ${sentences.length} sentences`
      : `没有找到“${query}”${where} · Nothing found`;
    showResults(true);
    const items: HTMLElement[] = [];
    if (entities.length) items.push(el('li', { className: 'group', text: '实体 Entities' }), ...entities.map(hitItem));
    if (sentences.length)
      items.push(el('li', { className: 'group', text: '报告原句 Sentences' }), ...sentences.map(hitItem));
    results.replaceChildren(...items);
    const url = new URL(location.href);
    url.searchParams.set('q', query);
    history.replaceState(null, '', url);
  } catch (error) {
    if (token !== searchToken) return;
    status.textContent = `搜索失败 Search failed: ${(error as Error).message}`;
    status.classList.add('error');
  }
}

function plain(snippet: string): string {
  return snippet.replace(/[【】]/g, '');
}

function hitItem(hit: SearchHit): HTMLElement {
  const style = kindStyle(hit.kind);
  const button = el(
    'button',
    { className: `hit${hit.kind === 'SENTENCE' ? ' sentence' : ''}`, dataset: { id: hit.node.id, kind: hit.kind } },
    el('span', { className: 'kind', text: `${style.zh} ${style.en}` }),
    el('span', { className: 'text' }, ...snippetNodes(hit.snippet)),
  );
  button.setAttribute('aria-label', `${style.zh} ${style.en}：${hit.label}`);
  button.type = 'button';
  button.style.setProperty('--kind-color', style.color);
  button.addEventListener('click', () => {
    document.querySelectorAll('.results .hit.active').forEach((b) => b.classList.remove('active'));
    button.classList.add('active');
    const ref = { id: hit.node.id, kind: hit.kind, label: hit.label || plain(hit.snippet) };
    if (mode === 'path') setPathEnd(ref);
    else void openNode(ref.id, ref);
  });
  return el('li', {}, button);
}

byId('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  void runSearch(searchInput.value);
});

// ---- graph -----------------------------------------------------------------

/** Starts a fresh view: the node and its neighbourhood. */
async function openNode(id: string, hint?: { label: string; kind: EntityKind }): Promise<void> {
  graph.clear();
  expanded.clear();
  clearPath();
  if (narrow.matches) showResults(false);
  // Open the panel first, so the graph is fitted to the room that is left.
  showLoading(hint?.label ?? '', hint?.kind ?? '');
  const outcome = await expand(id, hint?.kind);
  if (outcome === 'unknown') {
    showError(
      `没有 id 为 “${id}” 的节点：请搜索它的名称。 Unknown id “${id}”: no node has it; search for its name instead.`,
    );
    byId('panel').dataset.id = '';
    setStatus(`未知的 id · Unknown id: ${id}`, true);
    return;
  }
  void select(id);
  const url = new URL(location.href);
  url.searchParams.set('id', id);
  history.replaceState(null, '', url);
}

/** Keeps only the nodes the scoped report names (the anchor always stays), and the edges between them. */
async function scoped(
  anchor: string,
  nodes: NeighborhoodData['neighborhood']['nodes'],
  edges: NeighborhoodData['neighborhood']['edges'],
): Promise<{ nodes: typeof nodes; edges: typeof edges; hidden: number }> {
  if (!scope || !nodes.length) return { nodes, edges, hidden: 0 };
  const { nodes: found } = await gql<NodeReportsData>(NODE_REPORTS, { ids: nodes.map((n) => n.id) });
  const keep = new Set([anchor]);
  for (const node of found) {
    if (!node) continue;
    const ids = node.reports?.map((r) => r.id) ?? (node.report ? [node.report.id] : []);
    if (ids.includes(scope)) keep.add(node.id);
  }
  return {
    nodes: nodes.filter((n) => keep.has(n.id)),
    edges: edges.filter((e) => keep.has(e.source) && keep.has(e.target)),
    hidden: nodes.filter((n) => !keep.has(n.id)).length,
  };
}

/**
 * Merges a node's neighbourhood into the view. Report sentences stay out of it, except
 * around a sentence itself: there the entities it names are the neighbourhood.
 */
async function expand(id: string, kind = graph.node(id)?.kind): Promise<'ok' | 'unknown' | 'error'> {
  const kinds = kind === 'SENTENCE' ? [...ENTITY_KINDS, 'SENTENCE'] : undefined;
  return busy(async () => {
    try {
      const { neighborhood } = await gql<NeighborhoodData>(NEIGHBORHOOD, { id, limit: NEIGHBOUR_LIMIT, kinds });
      const { nodes, edges, hidden } = await scoped(id, neighborhood.nodes, neighborhood.edges);
      const added = graph.merge(id, nodes, edges);
      graph.markExpanded(id);
      expanded.add(id);
      // Fit everything shown, not only what was added: nothing already on screen is pushed off it
      // (also when nothing was added: the view may have been panned to the node).
      graph.fit();
      summary(
        (neighborhood.truncated
          ? ` · 邻居过多，只显示前 ${NEIGHBOUR_LIMIT} 个 (truncated)`
          : added.length
            ? ''
            : ' · 没有新邻居') + (hidden ? ` · 隐藏其他报告的 ${hidden} 个 (${hidden} of other reports hidden)` : ''),
      );
      return 'ok';
    } catch (error) {
      if (error instanceof GraphQLRequestError && error.errors.some((e) => e.extensions?.code === 'NOT_FOUND'))
        return 'unknown';
      setStatus(`读取失败 Could not load the neighbourhood: ${(error as Error).message}`, true);
      return 'error';
    }
  });
}

const panelActions: PanelActions = {
  expand: (id) => void expand(id),
  pathFrom: (id) => {
    const node = graph.node(id);
    setMode('path');
    pathFrom = node ? { id, kind: node.kind, label: node.label } : { id, kind: 'PROJECT', label: id };
    pathTo = null;
    renderPathBar();
  },
  pathTo: (id) => {
    const node = graph.node(id);
    setMode('path');
    pathTo = node ? { id, kind: node.kind, label: node.label } : { id, kind: 'PROJECT', label: id };
    renderPathBar();
    if (pathFrom && pathTo) void findPath();
  },
  open: (id) => void openOrFocus(id),
};

/** From the panel's links: focus the node when it is shown, else open it. */
async function openOrFocus(id: string): Promise<void> {
  if (graph.has(id)) {
    void select(id);
    if (!expanded.has(id)) await expand(id);
  } else {
    await openNode(id);
  }
}

async function select(id: string): Promise<void> {
  selected = id;
  graph.select(id);
  const node = graph.node(id);
  showLoading(node?.label ?? id, node?.kind ?? 'PROJECT');
  const token = ++detailsToken;
  try {
    const { node: details } = await gql<NodeDetailsData>(NODE_DETAILS, { id });
    if (token !== detailsToken) return;
    if (!details) showError(`没有 id 为 “${id}” 的节点。 Unknown id “${id}”: no node has it.`);
    else showDetails(details, panelActions);
  } catch (error) {
    if (token === detailsToken) showError(`读取失败 Could not load details: ${(error as Error).message}`);
  }
}

async function nodeTapped(node: NodeData): Promise<void> {
  if (mode === 'path') {
    setPathEnd({ id: node.id, kind: node.kind, label: node.label });
    return;
  }
  void select(node.id);
  if (!expanded.has(node.id)) await expand(node.id);
}

// ---- path mode -------------------------------------------------------------

function setMode(next: Mode): void {
  mode = next;
  byId('mode-explore').setAttribute('aria-checked', String(next === 'explore'));
  byId('mode-path').setAttribute('aria-checked', String(next === 'path'));
  byId('path-bar').hidden = next !== 'path';
  if (next === 'explore') clearPath();
  else renderPathBar();
  // The path bar moved the canvas: measure it now, so a tap right after lands where it is drawn.
  graph.cy.resize();
}

function clearPath(): void {
  pathFrom = null;
  pathTo = null;
  graph.showPath(null);
  byId('path-result').hidden = true;
  renderPathBar();
}

function renderPathBar(): void {
  byId('path-from').textContent = pathFrom?.label ?? '—';
  byId('path-to').textContent = pathTo?.label ?? '—';
}

function setPathEnd(ref: NodeRef): void {
  if (!pathFrom || (pathFrom && pathTo)) {
    pathFrom = ref;
    pathTo = null;
    graph.showPath(null);
    byId('path-result').hidden = true;
  } else if (ref.id !== pathFrom.id) {
    pathTo = ref;
  }
  renderPathBar();
  if (pathFrom && pathTo) void findPath();
}

async function findPath(): Promise<void> {
  if (!pathFrom || !pathTo) return;
  const from = pathFrom;
  const to = pathTo;
  const result = byId('path-result');
  result.hidden = false;
  result.textContent = '正在查找最短路径… Finding the shortest path…';
  await busy(async () => {
    try {
      const { shortestPath } = await gql<ShortestPathData>(SHORTEST_PATH, { fromId: from.id, toId: to.id });
      if (!shortestPath) {
        result.textContent = `“${from.label}”与“${to.label}”之间在 8 步内没有路径。 No path within 8 steps.`;
        graph.showPath(null);
        return;
      }
      graph.mergePath(shortestPath.nodes, shortestPath.edges);
      const nodeIds = shortestPath.nodes.map((n) => n.id);
      graph.showPath(
        nodeIds,
        shortestPath.edges.map((e) => e.id),
      );
      graph.fit(nodeIds);
      const parts: (Node | string)[] = [`最短路径 Shortest path（${shortestPath.length} 步 steps）：`];
      shortestPath.nodes.forEach((node, i) => {
        if (i > 0) parts.push(el('span', { className: 'rel', text: `—${shortestPath.edges[i - 1]?.type ?? ''}—` }));
        const step = el('span', { className: 'step', text: node.label });
        step.style.color = kindStyle(node.kind).color;
        parts.push(step);
      });
      result.replaceChildren(...parts);
      summary();
    } catch (error) {
      result.textContent = `查找失败 Could not find a path: ${(error as Error).message}`;
    }
  });
}

byId('mode-explore').addEventListener('click', () => setMode('explore'));
byId('mode-path').addEventListener('click', () => setMode('path'));
byId('path-clear').addEventListener('click', () => clearPath());

// ---- toolbar and panel -----------------------------------------------------

byId('btn-fit').addEventListener('click', () => graph.fit());
byId('btn-relayout').addEventListener('click', () => void busy(() => graph.relayout()));
byId('btn-clear').addEventListener('click', () => {
  graph.clear();
  expanded.clear();
  clearPath();
  hidePanel();
  selected = null;
  summary();
  refreshState();
});
function closePanel(): void {
  if (byId('panel').hidden) return;
  // Details still on their way must not open the panel again.
  detailsToken += 1;
  hidePanel();
  graph.select(null);
  selected = null;
  // The canvas gets the room back.
  requestAnimationFrame(() => graph.cy.resize());
}
byId('panel-close').addEventListener('click', closePanel);
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !event.defaultPrevented) closePanel();
});

// ---- phone layout: results fold away, legend starts closed -------------------

function showResults(open: boolean): void {
  const pane = byId('search-pane');
  pane.dataset.open = String(open);
  const toggle = byId<HTMLButtonElement>('results-toggle');
  toggle.hidden = open || !byId('search-results').childElementCount;
  toggle.setAttribute('aria-expanded', String(open));
}
byId('results-toggle').addEventListener('click', () => {
  showResults(true);
  byId('search-results').querySelector<HTMLElement>('button.hit')?.focus();
});
const legendBox = byId<HTMLDetailsElement>('legend-box');
const fitLegend = () => (legendBox.open = !narrow.matches);
fitLegend();
narrow.addEventListener('change', () => {
  fitLegend();
  if (!narrow.matches) showResults(true);
});

// ---- report scope ------------------------------------------------------------

const picker = byId<HTMLSelectElement>('report-picker');
picker.addEventListener('change', () => {
  scope = picker.value || null;
  setReportInUrl(scope);
  if (searchInput.value.trim()) void runSearch(searchInput.value);
});

async function loadScope(requested: string | null): Promise<void> {
  try {
    reports = await loadReports();
  } catch {
    return; // The explorer works without a picker; search reports its own errors.
  }
  fillReportPicker(picker, reports, '全部报告 All reports');
  if (requested && reports.some((r) => r.id === requested)) {
    scope = requested;
    picker.value = requested;
  } else if (requested) {
    setStatus(`没有载入报告 “${requested}”：显示全部报告。 Unknown report “${requested}”: showing all.`, true);
    setReportInUrl(null);
  }
}

window.explorer = { graph, state: () => ({ mode, expanded: [...expanded], selected, report: scope }) };

// ---- start -----------------------------------------------------------------

renderLegend();
refreshState();
const params = new URLSearchParams(location.search);
const initialQuery = params.get('q');
const initialId = params.get('id');
void loadScope(params.get('report')).then(async () => {
  if (initialQuery) {
    searchInput.value = initialQuery;
    await runSearch(initialQuery);
  }
  if (initialId) await openNode(initialId);
});
