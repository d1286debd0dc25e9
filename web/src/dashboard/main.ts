import '../common.css';
import { byId, el, highlightedText } from '../dom';
import { KIND_STYLES } from '../kinds';
import { ASSESSMENTS, STAGES, assessmentInfo, formatValue, stageInfo } from '../labels';
import { fillReportPicker, loadReports, reportFromUrl, setReportInUrl, type ReportSummary } from '../reports';
import { createChart, labelWidth } from './charts';
import './dashboard.css';
import {
  INDICATORS,
  PROJECTS,
  SCORECARD,
  allPages,
  type Evidence,
  type IndicatorRow,
  type ProjectRow,
  type Scorecard,
  type ScorecardIndicator,
} from './queries';
import { gql } from '../api';

declare global {
  interface Window {
    /** For the end-to-end test: what the dashboard shows. */
    dashboard: {
      state: () => DashboardState;
      barCenter: (
        chart: keyof typeof charts,
        seriesIndex: number,
        dataIndex: number,
      ) => { x: number; y: number } | null;
    };
  }
}

interface DashboardState {
  report: string | null;
  loading: boolean;
  unit: string | null;
  metrics: number;
  scorecardYear: number | null;
  projects: number;
  townships: number;
}

const state: DashboardState = {
  report: null,
  loading: true,
  unit: null,
  metrics: 0,
  scorecardYear: null,
  projects: 0,
  townships: 0,
};

/** Height of a category with two bars side by side: room for both value labels. */
const ROW_HEIGHT = 46;
const TOP_TOWNSHIPS = 15;
const NO_UNIT = '无单位';

const charts = {
  metrics: createChart(byId('chart-metrics')),
  scorecard: createChart(byId('chart-scorecard')),
  projects: createChart(byId('chart-projects')),
  townships: createChart(byId('chart-townships')),
};

window.dashboard = {
  state: () => ({ ...state }),
  barCenter: (chart, seriesIndex, dataIndex) => charts[chart].barCenter(seriesIndex, dataIndex),
};

const explorerHref = (id: string, report?: string) =>
  `/explore?id=${encodeURIComponent(id)}${report ? `&report=${encodeURIComponent(report)}` : ''}`;

function anchor(href: string, text: string, className = ''): HTMLAnchorElement {
  const a = el('a', { text, className });
  a.href = href;
  return a;
}

function status(text: string, isError = false): void {
  const node = byId('dash-status');
  node.textContent = text;
  node.classList.toggle('error', isError);
  node.hidden = !text;
}

// ---- evidence ----------------------------------------------------------------

interface EvidenceItem {
  /** 2022 成果 · 缙云县2023年政府工作报告 */
  caption: string;
  statement: string;
  sentence: Evidence;
  /** Explorer link for the indicator or project. */
  nodeId: string;
}

/** A sentence with the statement marked where it occurs. */
function sentenceWithStatement(sentence: Evidence, statement: string): (Node | string)[] {
  const chars = Array.from(sentence.text);
  const at = sentence.text.indexOf(statement);
  if (at < 0 || !statement) return [sentence.text];
  const start = Array.from(sentence.text.slice(0, at)).length;
  return highlightedText(chars.join(''), [{ start, end: start + Array.from(statement).length }]);
}

function evidenceBlock(item: EvidenceItem, report: string | undefined): HTMLElement {
  return el(
    'figure',
    { className: 'evidence-item', dataset: { sentence: item.sentence.id } },
    el('figcaption', { text: item.caption }),
    el('blockquote', {}, ...sentenceWithStatement(item.sentence, item.statement)),
    anchor(explorerHref(item.nodeId, report), '在图谱中查看 Open in the explorer →', 'to-explorer'),
  );
}

let evidenceOpener: HTMLElement | null = null;

function showEvidence(title: string, items: EvidenceItem[]): void {
  evidenceOpener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  byId('evidence-title').textContent = title;
  byId('evidence-body').replaceChildren(
    ...(items.length
      ? items.map((item) => evidenceBlock(item, state.report ?? undefined))
      : [el('p', { className: 'muted', text: '没有原句。 No sentence.' })]),
  );
  const box = byId('evidence');
  box.hidden = false;
  byId('evidence-close').focus();
}

function hideEvidence(): void {
  const box = byId('evidence');
  if (box.hidden) return;
  box.hidden = true;
  evidenceOpener?.focus();
}

byId('evidence-close').addEventListener('click', hideEvidence);
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') hideEvidence();
});

const indicatorEvidence = (row: IndicatorRow, caption: string): EvidenceItem => ({
  caption,
  statement: row.statement,
  sentence: row.sentence,
  nodeId: row.id,
});

// ---- targets and results -----------------------------------------------------

interface MetricRow {
  id: string;
  name: string;
  unit: string;
  result?: IndicatorRow;
  target?: IndicatorRow;
}

/** One result and one target per metric: the floor of a target, the first exact result. */
function metricRows(report: ReportSummary, indicators: IndicatorRow[]): MetricRow[] {
  const rows = new Map<string, MetricRow>();
  for (const row of indicators) {
    const entry = rows.get(row.metric.id) ?? {
      id: row.metric.id,
      name: row.metric.name,
      unit: row.unit ?? row.metric.unit ?? NO_UNIT,
    };
    if (row.kind === 'RESULT' && row.year === report.resultsYear) {
      if (!entry.result || (entry.result.comparator !== 'EXACTLY' && row.comparator === 'EXACTLY')) entry.result = row;
    } else if (row.kind === 'TARGET' && row.year === report.year) {
      if (!entry.target || (entry.target.stretch && !row.stretch)) entry.target = row;
    }
    rows.set(row.metric.id, entry);
  }
  const all = [...rows.values()].filter((r) => r.result || r.target);
  // Metrics with both sides first; otherwise in reading order.
  return [...all.filter((r) => r.result && r.target), ...all.filter((r) => !(r.result && r.target))];
}

function renderMetrics(report: ReportSummary, indicators: IndicatorRow[]): void {
  const rows = metricRows(report, indicators);
  const byUnit = new Map<string, MetricRow[]>();
  for (const row of rows) byUnit.set(row.unit, [...(byUnit.get(row.unit) ?? []), row]);
  const units = [...byUnit.keys()].sort((a, b) => byUnit.get(b)!.length - byUnit.get(a)!.length);
  const both = rows.filter((r) => r.result && r.target).length;
  byId('metrics-note').textContent =
    `${report.resultsYear} 年成果与 ${report.year} 年目标，按单位分组；点击条形查看原句。 ` +
    `${rows.length} metrics, ${both} with both a result and a target. Click a bar for its sentence.`;
  const tabs = byId('unit-tabs');
  const pick = (unit: string) => {
    state.unit = unit;
    for (const tab of tabs.querySelectorAll<HTMLButtonElement>('button'))
      tab.setAttribute('aria-selected', String(tab.dataset.unit === unit));
    drawMetrics(report, byUnit.get(unit) ?? []);
  };
  tabs.replaceChildren(
    ...units.map((unit) => {
      const tab = el('button', { text: `${unit} (${byUnit.get(unit)!.length})`, dataset: { unit } });
      tab.type = 'button';
      tab.setAttribute('role', 'tab');
      tab.addEventListener('click', () => pick(unit));
      return tab;
    }),
  );
  // Keep the unit picked for the previous report; else growth rates (%), the most comparable.
  const preferred = [state.unit, '%'].find((u): u is string => Boolean(u) && units.includes(u!));
  if (units.length) pick(preferred ?? units[0]);
  else {
    state.unit = null;
    charts.metrics.hide();
  }
}

function drawMetrics(report: ReportSummary, rows: MetricRow[]): void {
  state.metrics = rows.length;
  const container = byId('chart-metrics');
  const resultName = `${report.resultsYear} 成果 Result`;
  const targetName = `${report.year} 目标 Target`;
  const bar = (row: IndicatorRow | undefined) =>
    row ? { value: row.value, id: row.id, label: { formatter: formatValue(row.value, null, row.comparator) } } : null;
  charts.metrics.set(
    {
      legend: { top: 0, left: 0, data: [resultName, targetName] },
      grid: { top: 34, left: 8, right: 56, bottom: 8, containLabel: true },
      xAxis: { type: 'value', axisLabel: { hideOverlap: true }, splitNumber: 4 },
      yAxis: {
        type: 'category',
        inverse: true,
        data: rows.map((r) => r.name),
        axisLabel: { width: labelWidth(container), overflow: 'truncate', interval: 0 },
      },
      tooltip: {
        renderMode: 'richText',
        confine: true,
        trigger: 'item',
        formatter: (p: unknown) => {
          const { dataIndex, seriesName } = p as { dataIndex: number; seriesName: string };
          const row = rows[dataIndex];
          const side = seriesName === resultName ? row.result : row.target;
          return side ? `${row.name}\n${seriesName}: ${side.statement}` : row.name;
        },
      },
      series: [
        {
          name: resultName,
          type: 'bar',
          data: rows.map((r) => bar(r.result)),
          itemStyle: { color: '#2f6fb5' },
          label: { show: true, position: 'right', fontSize: 11 },
          barWidth: 12,
          barGap: '50%',
        },
        {
          name: targetName,
          type: 'bar',
          data: rows.map((r) => bar(r.target)),
          itemStyle: { color: '#e4572e' },
          label: { show: true, position: 'right', fontSize: 11 },
          barWidth: 12,
          barGap: '50%',
        },
      ],
    },
    Math.max(140, rows.length * ROW_HEIGHT + 60),
  );
  const open = (row: MetricRow) => {
    const items = [row.result, row.target]
      .filter((r): r is IndicatorRow => Boolean(r))
      .map((r) =>
        indicatorEvidence(
          r,
          `${r.year} ${r.kind === 'RESULT' ? '成果 Result' : '目标 Target'}：${formatValue(r.value, r.unit, r.comparator)}`,
        ),
      );
    showEvidence(row.name, items);
  };
  charts.metrics.onClick(({ dataIndex }) => open(rows[dataIndex]));
  // The same rows as a table: a keyboard path to every sentence.
  const table = byId<HTMLTableElement>('metrics-table');
  const head = table.createTHead();
  head.replaceChildren();
  const headRow = head.insertRow();
  for (const text of ['度量 Metric', resultName, targetName]) headRow.append(el('th', { text }));
  const body = el('tbody');
  for (const row of rows) {
    const tr = body.insertRow();
    const name = el('button', { className: 'link-button', text: row.name });
    name.type = 'button';
    name.addEventListener('click', () => open(row));
    tr.insertCell().append(name);
    tr.insertCell().textContent = row.result
      ? formatValue(row.result.value, row.result.unit, row.result.comparator)
      : '—';
    tr.insertCell().textContent = row.target
      ? formatValue(row.target.value, row.target.unit, row.target.comparator)
      : '—';
  }
  table.tBodies[0]?.remove();
  table.append(body);
}

// ---- scorecard ---------------------------------------------------------------

let scorecardToken = 0;

/** The years this report takes part in a comparison for: its results year first. */
function scorecardYears(report: ReportSummary): number[] {
  return [report.resultsYear, report.year].filter((y) => report.county.scorecardYears.includes(y));
}

async function renderScorecard(report: ReportSummary): Promise<void> {
  const years = scorecardYears(report);
  const card = byId('card-scorecard');
  const note = byId('scorecard-note');
  const list = byId('scorecard-items');
  card.dataset.state = years.length ? 'loading' : 'none';
  if (!years.length) {
    state.scorecardYear = null;
    note.textContent =
      `${report.county.name}没有载入 ${report.resultsYear} 年的目标（上一年的报告）或 ${report.year} 年的成果（下一年的报告），无法对照。 ` +
      `Load the county's report of ${report.resultsYear} or ${report.year + 1} to see whether targets were met.`;
    charts.scorecard.hide();
    byId('chart-scorecard').hidden = true;
    list.replaceChildren();
    return;
  }
  const year = years[0];
  state.scorecardYear = year;
  const token = ++scorecardToken;
  note.textContent = '正在读取… Loading…';
  let scorecard: Scorecard | null;
  try {
    ({ scorecard } = await gql<{ scorecard: Scorecard | null }>(SCORECARD, { county: report.county.code, year }));
  } catch (error) {
    note.textContent = `读取失败 Could not load the scorecard: ${(error as Error).message}`;
    note.classList.add('error');
    return;
  }
  if (token !== scorecardToken) return;
  if (!scorecard) {
    note.textContent = `没有 ${year} 年的对照。 No scorecard for ${year}.`;
    return;
  }
  const sc = scorecard;
  note.textContent =
    `${year} 年目标（${sc.targetReport.label}）对照 ${year} 年成果（${sc.resultReport?.label ?? '未载入 not loaded'}）。` +
    ` Targets for ${year} against the results reported for ${year}; open an item for both sentences.`;
  const counts = ASSESSMENTS.map((a) => ({
    ...a,
    count: sc.counts.find((c) => c.assessment === a.assessment)?.count ?? 0,
  }));
  const container = byId('chart-scorecard');
  charts.scorecard.set(
    {
      grid: { top: 8, left: 8, right: 40, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, splitNumber: 4 },
      yAxis: {
        type: 'category',
        inverse: true,
        data: counts.map((c) => `${c.zh} ${c.en}`),
        axisLabel: { width: labelWidth(container), overflow: 'truncate', interval: 0 },
      },
      series: [
        {
          type: 'bar',
          name: '完成情况 Assessment',
          data: counts.map((c) => ({ value: c.count, itemStyle: { color: c.color } })),
          label: { show: true, position: 'right' },
          barMaxWidth: 16,
        },
      ],
    },
    counts.length * 30 + 20,
  );
  let filter: string | null = null;
  const renderItems = () => {
    list.replaceChildren(
      ...sc.items.filter((item) => !filter || item.assessment === filter).map((item) => scorecardItem(item)),
    );
    list.dataset.filter = filter ?? '';
  };
  charts.scorecard.onClick(({ dataIndex }) => {
    const assessment = counts[dataIndex].assessment;
    filter = filter === assessment ? null : assessment;
    renderItems();
  });
  renderItems();
  card.dataset.state = 'ready';
}

function scorecardSide(indicators: ScorecardIndicator[], zh: string, en: string): HTMLElement[] {
  return indicators.map((i) =>
    evidenceBlock(
      {
        caption: `${zh} ${en}${i.stretch ? '（力争 stretch）' : ''}：${formatValue(i.value, i.unit, i.comparator)} · ${i.report.label}`,
        statement: i.statement,
        sentence: i.sentence,
        nodeId: i.id,
      },
      i.report.id,
    ),
  );
}

function scorecardItem(item: Scorecard['items'][number]): HTMLElement {
  const info = assessmentInfo(item.assessment);
  const badge = el('span', { className: 'badge', text: `${info.zh} ${info.en}` });
  badge.style.setProperty('--badge', info.color);
  const details = el(
    'details',
    { dataset: { assessment: item.assessment } },
    el(
      'summary',
      {},
      badge,
      el('span', { className: 'metric-name', text: item.metric.name }),
      el('span', { className: 'reason muted', text: item.reason }),
    ),
    el(
      'div',
      { className: 'sides' },
      ...scorecardSide(item.targets, '目标', 'Target'),
      ...(item.results.length
        ? scorecardSide(item.results, '成果', 'Result')
        : [el('p', { className: 'muted', text: '没有报告这一年的成果。 No result reported.' })]),
    ),
  );
  return el('li', {}, details);
}

// ---- projects ----------------------------------------------------------------

/** The stage this report gives the project: its latest milestone in this report. */
function stageInReport(project: ProjectRow, reportId: string): string {
  const own = project.timeline.filter((m) => m.report.id === reportId);
  return own.length ? own[own.length - 1].stage : (project.stage ?? 'OTHER');
}

function renderProjects(report: ReportSummary, projects: ProjectRow[]): void {
  state.projects = projects.length;
  const byCategory = new Map<string, ProjectRow[]>();
  for (const p of projects) byCategory.set(p.category, [...(byCategory.get(p.category) ?? []), p]);
  const categories = [...byCategory.keys()].sort((a, b) => byCategory.get(b)!.length - byCategory.get(a)!.length);
  const stages = STAGES.filter((s) => projects.some((p) => stageInReport(p, report.id) === s.stage));
  byId('projects-note').textContent =
    `${projects.length} 个项目，按类别与本报告所述进度；点击条形列出项目。 ` +
    `${projects.length} projects by category, stacked by the stage this report gives; click a bar to list them.`;
  const container = byId('chart-projects');
  const list = byId('project-list');
  list.replaceChildren();
  if (!projects.length) {
    charts.projects.hide();
    return;
  }
  charts.projects.set(
    {
      legend: { top: 0, left: 0, data: stages.map((s) => `${s.zh} ${s.en}`) },
      grid: { top: 58, left: 8, right: 24, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, splitNumber: 4 },
      yAxis: {
        type: 'category',
        inverse: true,
        data: categories,
        axisLabel: { width: labelWidth(container), overflow: 'truncate', interval: 0 },
      },
      series: stages.map((s) => ({
        type: 'bar' as const,
        name: `${s.zh} ${s.en}`,
        stack: 'stage',
        itemStyle: { color: s.color },
        barMaxWidth: 18,
        data: categories.map(
          (c) => byCategory.get(c)!.filter((p) => stageInReport(p, report.id) === s.stage).length || null,
        ),
      })),
    },
    Math.max(160, categories.length * 30 + 80),
  );
  const showList = (category: string, stage: string | null) => {
    const rows = byCategory.get(category)!.filter((p) => !stage || stageInReport(p, report.id) === stage);
    const info = stage ? stageInfo(stage) : null;
    list.replaceChildren(
      el('h3', {
        text: `${category}${info ? ` · ${info.zh} ${info.en}` : ''}（${rows.length}）`,
      }),
      el(
        'ul',
        {},
        ...rows.map((p) => {
          const own = p.timeline.filter((m) => m.report.id === report.id);
          const latest = own[own.length - 1];
          const item = el('li', { dataset: { id: p.id } }, anchor(explorerHref(p.id, report.id), p.name));
          if (latest) {
            const button = el('button', { className: 'link-button', text: `${latest.year} ${latest.status}` });
            button.type = 'button';
            button.addEventListener('click', () =>
              showEvidence(p.name, [
                {
                  caption: `${latest.year} ${latest.status} · ${stageInfo(latest.stage).zh} ${stageInfo(latest.stage).en}`,
                  statement: latest.status,
                  sentence: latest.sentence,
                  nodeId: p.id,
                },
              ]),
            );
            item.append(' ', button);
          }
          return item;
        }),
      ),
    );
  };
  charts.projects.onClick(({ dataIndex, seriesIndex }) =>
    showList(categories[dataIndex], seriesIndex === undefined ? null : stages[seriesIndex].stage),
  );
  // A keyboard path to the same lists: one button per category.
  const buttons = el(
    'div',
    { className: 'chips' },
    ...categories.map((c) => {
      const b = el('button', { text: `${c} ${byCategory.get(c)!.length}`, dataset: { category: c } });
      b.type = 'button';
      b.addEventListener('click', () => showList(c, null));
      return b;
    }),
  );
  list.replaceChildren(buttons);
}

// ---- townships ---------------------------------------------------------------

function renderTownships(report: ReportSummary, projects: ProjectRow[], indicators: IndicatorRow[]): void {
  const counts = new Map<string, { id: string; name: string; projects: number; indicators: number }>();
  const bump = (t: { id: string; name: string }, key: 'projects' | 'indicators') => {
    const entry = counts.get(t.id) ?? { id: t.id, name: t.name, projects: 0, indicators: 0 };
    entry[key] += 1;
    counts.set(t.id, entry);
  };
  for (const p of projects) for (const t of p.townships) bump(t, 'projects');
  for (const i of indicators) for (const t of i.townships) bump(t, 'indicators');
  const rows = [...counts.values()]
    .sort((a, b) => b.projects + b.indicators - (a.projects + a.indicators) || a.name.localeCompare(b.name, 'zh'))
    .slice(0, TOP_TOWNSHIPS);
  state.townships = rows.length;
  byId('townships-note').textContent =
    `${counts.size} 个乡镇街道有项目或指标${counts.size > TOP_TOWNSHIPS ? `，显示前 ${TOP_TOWNSHIPS} 个` : ''}；点击打开图谱。 ` +
    `${counts.size} townships with projects or indicators; click one to open it in the explorer.`;
  const container = byId('chart-townships');
  const links = byId('township-links');
  if (!rows.length) {
    charts.townships.hide();
    links.replaceChildren();
    return;
  }
  const projectName = `项目 ${KIND_STYLES.PROJECT.en}s`;
  const indicatorName = `指标 ${KIND_STYLES.INDICATOR.en}s`;
  charts.townships.set(
    {
      legend: { top: 0, left: 0, data: [projectName, indicatorName] },
      grid: { top: 34, left: 8, right: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1, splitNumber: 4 },
      yAxis: {
        type: 'category',
        inverse: true,
        data: rows.map((r) => r.name),
        axisLabel: { width: labelWidth(container), overflow: 'truncate', interval: 0 },
      },
      series: [
        {
          type: 'bar',
          name: projectName,
          data: rows.map((r) => r.projects || null),
          itemStyle: { color: KIND_STYLES.PROJECT.color },
          label: { show: true, position: 'right', fontSize: 11 },
          barWidth: 12,
          barGap: '50%',
        },
        {
          type: 'bar',
          name: indicatorName,
          data: rows.map((r) => r.indicators || null),
          itemStyle: { color: KIND_STYLES.INDICATOR.color },
          label: { show: true, position: 'right', fontSize: 11 },
          barWidth: 12,
          barGap: '50%',
        },
      ],
    },
    Math.max(160, rows.length * ROW_HEIGHT + 60),
  );
  charts.townships.onClick(({ dataIndex }) => location.assign(explorerHref(rows[dataIndex].id, report.id)));
  links.replaceChildren(
    ...rows.map((r) => el('li', {}, anchor(explorerHref(r.id, report.id), `${r.name} ${r.projects}/${r.indicators}`))),
  );
}

// ---- the report ----------------------------------------------------------------

function renderHead(report: ReportSummary): void {
  byId('report-title').textContent = report.label;
  document.title = `看板 · ${report.label}`;
  const s = report.stats;
  const cards: [string, number][] = [
    ['项目 Projects', s.projects],
    [`${report.year} 目标 Targets`, s.targets],
    [`${report.resultsYear} 成果 Results`, s.results],
    ['度量 Metrics', s.metrics],
    ['乡镇 Townships', s.townships],
    ['企业 Enterprises', s.enterprises],
  ];
  byId('report-stats').replaceChildren(
    ...cards.map(([name, n]) =>
      el(
        'div',
        { className: 'stat' },
        el('span', { className: 'n', text: n.toLocaleString('zh-CN') }),
        el('span', { className: 'name', text: name }),
      ),
    ),
  );
}

let loadToken: AbortController | null = null;

async function showReport(report: ReportSummary): Promise<void> {
  loadToken?.abort();
  const controller = new AbortController();
  loadToken = controller;
  state.report = report.id;
  state.loading = true;
  document.body.dataset.state = 'loading';
  hideEvidence();
  renderHead(report);
  status('正在读取指标与项目… Loading indicators and projects…');
  const scorecard = renderScorecard(report);
  try {
    const [indicators, projects] = await Promise.all([
      allPages<IndicatorRow>(INDICATORS, 'indicators', { report: report.id }, controller.signal),
      allPages<ProjectRow>(PROJECTS, 'projects', { report: report.id }, controller.signal),
    ]);
    if (controller.signal.aborted) return;
    renderMetrics(report, indicators);
    renderProjects(report, projects);
    renderTownships(report, projects, indicators);
    status('');
  } catch (error) {
    if ((error as Error).name === 'AbortError') return;
    status(`读取失败 Could not load the report: ${(error as Error).message}`, true);
  }
  await scorecard;
  if (controller.signal.aborted) return;
  state.loading = false;
  document.body.dataset.state = 'ready';
}

async function main(): Promise<void> {
  let reports: ReportSummary[];
  try {
    reports = await loadReports();
  } catch (error) {
    status(`报告读取失败 Could not load the reports: ${(error as Error).message}`, true);
    return;
  }
  if (!reports.length) {
    status('还没有载入报告。 No report is loaded yet.', true);
    return;
  }
  const picker = byId<HTMLSelectElement>('report-picker');
  fillReportPicker(picker, reports);
  const requested = new URLSearchParams(location.search).get('report');
  const initial = reportFromUrl(reports) ?? reports[0];
  if (requested && requested !== initial.id)
    status(`没有载入报告 “${requested}”，显示最新的报告。 Unknown report “${requested}”: showing the newest.`, true);
  picker.value = initial.id;
  picker.addEventListener('change', () => {
    const report = reports.find((r) => r.id === picker.value);
    if (!report) return;
    setReportInUrl(report.id);
    void showReport(report);
  });
  await showReport(initial);
}

void main();
