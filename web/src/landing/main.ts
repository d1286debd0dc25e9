import { gql } from '../api';
import '../common.css';
import { byId, el } from '../dom';
import { ENTITY_KINDS, KIND_STYLES } from '../kinds';
import { loadReports, type ReportSummary } from '../reports';
import './landing.css';

interface LabelCount {
  label: string;
  count: number;
}

interface StatsData {
  graphStats: { nodeCount: number; relationshipCount: number; labels: LabelCount[]; relationshipTypes: LabelCount[] };
}

const STATS = /* GraphQL */ `
  query LandingStats {
    graphStats {
      nodeCount
      relationshipCount
      labels {
        label
        count
      }
      relationshipTypes {
        label
        count
      }
    }
  }
`;

const fmt = (n: number) => n.toLocaleString('zh-CN');

/** The counts a report card shows, in this order. */
const REPORT_COUNTS: { key: keyof ReportSummary['stats']; zh: string; en: string }[] = [
  { key: 'projects', zh: '项目', en: 'projects' },
  { key: 'targets', zh: '目标', en: 'targets' },
  { key: 'results', zh: '成果', en: 'results' },
  { key: 'townships', zh: '乡镇', en: 'townships' },
  { key: 'enterprises', zh: '企业', en: 'enterprises' },
  { key: 'sentences', zh: '句子', en: 'sentences' },
];

function reportCard(report: ReportSummary): HTMLElement {
  const link = (href: string, text: string, className: string) => {
    const a = el('a', { text, className });
    a.href = href;
    return a;
  };
  const id = encodeURIComponent(report.id);
  const scorecard = report.county.scorecardYears.filter((y) => y === report.resultsYear || y === report.year);
  return el(
    'article',
    { className: 'report-card', dataset: { report: report.id } },
    el(
      'header',
      {},
      el('span', { className: 'county', text: report.county.name }),
      el('span', { className: 'year', text: String(report.year) }),
    ),
    el('h3', { text: report.label }),
    el(
      'p',
      { className: 'muted meta' },
      `${report.issuedBy}${report.publishedAt ? ` · ${report.publishedAt}` : ''} · `,
      el('code', { text: report.id }),
    ),
    el(
      'dl',
      { className: 'report-counts' },
      ...REPORT_COUNTS.map((c) =>
        el('div', {}, el('dt', { text: `${c.zh} ${c.en}` }), el('dd', { text: fmt(report.stats[c.key]) })),
      ),
    ),
    scorecard.length
      ? el('p', { className: 'scorecard-note', text: `可对照 Scorecard: ${scorecard.join('、')}` })
      : null,
    el(
      'p',
      { className: 'report-links' },
      link(`/dashboard?report=${id}`, '看板 Dashboard', 'report-dashboard'),
      link(`/explore?report=${id}`, '浏览 Explore', 'report-explore'),
    ),
  );
}

async function showReports(): Promise<void> {
  const status = byId('reports-status');
  try {
    const reports = await loadReports();
    const counties = new Set(reports.map((r) => r.county.code)).size;
    status.textContent = reports.length
      ? `${reports.length} 份报告，${counties} 个县区 · ${reports.length} ${reports.length === 1 ? 'report' : 'reports'} of ${counties} ${counties === 1 ? 'county' : 'counties'}, newest first`
      : '还没有载入报告。 No report is loaded yet.';
    byId('report-list').replaceChildren(...reports.map(reportCard));
    if (reports.length === 1) {
      byId('page-title').textContent = `${reports[0].label} · 知识图谱`;
      document.title = `${reports[0].label} · 知识图谱`;
    }
  } catch (error) {
    status.textContent = `报告读取失败 Could not load the reports: ${(error as Error).message}`;
    status.classList.add('error');
  }
}

async function showStats(): Promise<void> {
  const status = byId('stats-status');
  let data: StatsData;
  try {
    data = await gql<StatsData>(STATS);
  } catch (error) {
    status.textContent = `统计读取失败 Could not load counts: ${(error as Error).message}`;
    status.classList.add('error');
    return;
  }
  const { graphStats } = data;
  const counts = new Map(graphStats.labels.map((l) => [l.label, l.count]));
  byId('kind-counts').replaceChildren(
    ...ENTITY_KINDS.map((kind) => {
      const style = KIND_STYLES[kind];
      const card = el(
        'div',
        { className: 'kind-count', dataset: { kind } },
        el('div', { className: 'n', text: fmt(counts.get(style.typename) ?? 0) }),
        el('div', { className: 'name', text: `${style.zh} ${style.en}` }),
      );
      card.style.setProperty('--kind-color', style.color);
      return card;
    }),
  );

  const sentences = counts.get('Sentence');
  byId('totals').append(
    '共 ',
    el('strong', { text: fmt(graphStats.nodeCount) }),
    ' 个节点、',
    el('strong', { text: fmt(graphStats.relationshipCount) }),
    ' 条关系',
    sentences ? `，其中报告句子 ${fmt(sentences)} 句` : '',
    '。 ',
    el('span', {
      className: 'en',
      text: `${fmt(graphStats.nodeCount)} nodes, ${fmt(graphStats.relationshipCount)} relationships.`,
    }),
  );

  const table = byId<HTMLTableElement>('rel-table');
  for (const rel of [...graphStats.relationshipTypes].sort((a, b) => b.count - a.count)) {
    const row = table.insertRow();
    row.insertCell().append(el('code', { text: rel.label }));
    const cell = row.insertCell();
    cell.className = 'num';
    cell.textContent = fmt(rel.count);
  }
  byId('rel-details').hidden = graphStats.relationshipTypes.length === 0;
  status.remove();
}

void showReports();
void showStats();
