import { gql } from '../api';
import { ENTITY_KINDS, KIND_STYLES } from '../kinds';
import '../common.css';
import './landing.css';

interface LabelCount {
  label: string;
  count: number;
}

interface LandingData {
  graphStats: { nodeCount: number; relationshipCount: number; labels: LabelCount[]; relationshipTypes: LabelCount[] };
  report: { title: string; label: string; year: number; issuedBy: string; publishedAt: string; source: string } | null;
}

const QUERY = /* GraphQL */ `
  query Landing {
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
    report {
      title
      label
      year
      issuedBy
      publishedAt
      source
    }
  }
`;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const byId = (id: string) => document.getElementById(id)!;
const fmt = (n: number) => n.toLocaleString('zh-CN');

async function main(): Promise<void> {
  const status = byId('stats-status');
  let data: LandingData;
  try {
    data = await gql<LandingData>(QUERY);
  } catch (error) {
    status.textContent = `统计读取失败 Could not load counts: ${(error as Error).message}`;
    status.classList.add('error');
    return;
  }
  const { graphStats, report } = data;
  if (report) {
    const title = report.label;
    byId('report-title').textContent = `${title} · 知识图谱`;
    byId('report-source').textContent = `${report.issuedBy}，${report.publishedAt}`;
  }

  const counts = new Map(graphStats.labels.map((l) => [l.label, l.count]));
  const grid = byId('kind-counts');
  for (const kind of ENTITY_KINDS) {
    const style = KIND_STYLES[kind];
    const card = el('div', 'kind-count');
    card.dataset.kind = kind;
    card.style.setProperty('--kind-color', style.color);
    card.append(el('div', 'n', fmt(counts.get(style.typename) ?? 0)), el('div', 'name', `${style.zh} ${style.en}`));
    grid.append(card);
  }

  const totals = byId('totals');
  const sentences = counts.get('Sentence');
  totals.append(
    '共 ',
    el('strong', undefined, fmt(graphStats.nodeCount)),
    ' 个节点、',
    el('strong', undefined, fmt(graphStats.relationshipCount)),
    ' 条关系',
    sentences ? `，其中报告句子 ${fmt(sentences)} 句` : '',
    '。 ',
    el('span', 'en', `${fmt(graphStats.nodeCount)} nodes, ${fmt(graphStats.relationshipCount)} relationships.`),
  );

  const table = byId('rel-table') as HTMLTableElement;
  for (const rel of [...graphStats.relationshipTypes].sort((a, b) => b.count - a.count)) {
    const row = table.insertRow();
    row.insertCell().append(el('code', undefined, rel.label));
    const cell = row.insertCell();
    cell.className = 'num';
    cell.textContent = fmt(rel.count);
  }
  byId('rel-details').hidden = graphStats.relationshipTypes.length === 0;
  status.remove();
}

void main();
