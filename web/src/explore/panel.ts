import { byId, el, highlightedText } from '../dom';
import { kindStyle } from '../kinds';
import type { Mention, NodeDetails, ReportRef } from './queries';

export interface PanelActions {
  expand(id: string): void;
  pathFrom(id: string): void;
  pathTo(id: string): void;
  open(id: string): void;
}

const COMPARATOR: Record<string, string> = {
  AT_LEAST: '≥ 以上',
  ABOUT: '≈ 左右',
  EXACTLY: '= 恰为',
  AT_MOST: '≤ 以内',
};

/**
 * The evidence, one group per report (labelled with the report) when a node is named by
 * several; within a report one item per sentence, every mention in it marked.
 */
function evidenceByReport(mentions: Mention[]): HTMLElement[] {
  const reports = new Map<string, { report: ReportRef; mentions: Mention[] }>();
  for (const m of mentions) {
    const entry = reports.get(m.report.id) ?? { report: m.report, mentions: [] };
    entry.mentions.push(m);
    reports.set(m.report.id, entry);
  }
  return [...reports.values()].map(({ report, mentions: own }) =>
    el(
      'section',
      { className: 'evidence-report', dataset: { report: report.id } },
      el('h4', { className: 'report-label', text: report.label }),
      evidenceList(own),
    ),
  );
}

/** One evidence sentence per sentence, every mention in it marked. */
function evidenceList(mentions: Mention[]): HTMLElement {
  const bySentence = new Map<string, { sentence: Mention['sentence']; spans: { start: number; end: number }[] }>();
  for (const m of mentions) {
    const entry = bySentence.get(m.sentence.id) ?? { sentence: m.sentence, spans: [] };
    entry.spans.push({ start: m.start - m.sentence.start, end: m.end - m.sentence.start });
    bySentence.set(m.sentence.id, entry);
  }
  const list = el('ol', { className: 'evidence' });
  for (const { sentence, spans } of bySentence.values()) {
    list.append(
      el(
        'li',
        { dataset: { sentence: sentence.id } },
        el('span', { className: 'year', text: String(sentence.year) }),
        ...highlightedText(sentence.text, spans),
      ),
    );
  }
  return list;
}

function link(target: { id: string; name: string }, actions: PanelActions): HTMLElement {
  const a = el('a', { text: target.name, className: 'node-link' });
  a.href = `?id=${encodeURIComponent(target.id)}`;
  a.addEventListener('click', (event) => {
    event.preventDefault();
    actions.open(target.id);
  });
  return a;
}

function links(targets: { id: string; name: string }[], actions: PanelActions): (Node | string)[] {
  return targets.flatMap((t, i) => (i ? ['、', link(t, actions)] : [link(t, actions)]));
}

type Row = [string, ...(Node | string)[]];

function reportRows(node: NodeDetails): Row[] {
  if ('reports' in node && node.reports?.length) return [['报告 Reports', node.reports.map((r) => r.label).join('、')]];
  if ('report' in node && node.report) return [['报告 Report', node.report.label]];
  return [];
}

function propertyRows(node: NodeDetails, actions: PanelActions): Row[] {
  return [...kindRows(node, actions), ...reportRows(node)];
}

function kindRows(node: NodeDetails, actions: PanelActions): Row[] {
  switch (node.__typename) {
    case 'Township':
      return [
        ['全称 Name', node.name],
        ['简称 Short name', node.shortName],
        ['类型 Kind', node.kindLabel],
        ['提及 Mentions', String(node.mentionCount)],
      ];
    case 'Village':
      return [
        ['名称 Name', node.name],
        ['所属 Township', ...(node.township ? [link(node.township, actions)] : ['—'])],
        ['提及 Mentions', String(node.mentionCount)],
      ];
    case 'Platform':
      return [
        ['名称 Name', node.name],
        ['类型 Kind', node.platformKind],
        ['所在 Townships', ...(node.townships.length ? links(node.townships, actions) : ['—'])],
        ['提及 Mentions', String(node.mentionCount)],
      ];
    case 'Industry':
      return [
        ['名称 Name', node.name],
        ['上级 Parent', ...(node.parent ? [link(node.parent, actions)] : ['—'])],
        ['细分 Subsectors', ...(node.subsectors.length ? links(node.subsectors, actions) : ['—'])],
        ['提及 Mentions', String(node.mentionCount)],
      ];
    case 'Enterprise':
      return [
        ['名称 Name', node.name],
        ['产业 Industries', ...(node.industries.length ? links(node.industries, actions) : ['—'])],
        ['所在 Townships', ...(node.townships.length ? links(node.townships, actions) : ['—'])],
        ['提及 Mentions', String(node.mentionCount)],
      ];
    case 'Project':
      return [
        ['名称 Name', node.name],
        ...(node.aliases.length ? [['别名 Aliases', node.aliases.join('、')] as Row] : []),
        ['类别 Category', node.category],
        ['状态 Status', node.status ? `${node.status}${node.latestYear ? `（${node.latestYear}）` : ''}` : '—'],
        ...node.milestones.map((m): Row => [
          `${m.year} 进展`,
          el(
            'span',
            { className: 'milestone' },
            `${m.status}：${m.statement}`,
            el('span', { className: 'report-chip', text: m.report.label }),
          ),
        ]),
        ['提及 Mentions', String(node.mentionCount)],
      ];
    case 'Indicator':
      return [
        ['表述 Statement', node.statement],
        ['类型 Kind', `${node.kind === 'TARGET' ? '目标 Target' : '成果 Result'} ${node.year}`],
        ['数值 Value', `${COMPARATOR[node.comparator] ?? node.comparator} ${node.value}${node.unit ?? ''}`],
        ...(node.stretch ? [['力争 Stretch', '是 yes'] as Row] : []),
        ['度量 Metric', link(node.metric, actions)],
      ];
    case 'Metric':
      return [
        ['名称 Name', node.name],
        ['单位 Unit', node.unit ?? '—'],
        ['指标 Indicators', String(node.indicators.length)],
      ];
    case 'Sentence':
      return [
        ['位置 Index', `第 ${node.index + 1} 句`],
        ['年份 Year', String(node.year)],
      ];
  }
}

function titleOf(node: NodeDetails): string {
  if (node.__typename === 'Indicator') return node.statement;
  if (node.__typename === 'Sentence') return node.text;
  return node.name;
}

export function showLoading(name: string, kind: string): void {
  const panel = byId('panel');
  panel.hidden = false;
  byId('panel-kind').textContent = `${kindStyle(kind).zh} ${kindStyle(kind).en}`;
  byId('panel-kind').style.setProperty('--kind-color', kindStyle(kind).color);
  byId('panel-kind').hidden = !kind;
  byId('panel-title').textContent = name || '…';
  byId('panel-body').replaceChildren(el('p', { className: 'muted', text: '正在读取… Loading…' }));
}

export function showError(message: string): void {
  byId('panel-body').replaceChildren(el('p', { className: 'error', text: message }));
}

export function hidePanel(): void {
  byId('panel').hidden = true;
}

export function showDetails(node: NodeDetails, actions: PanelActions): void {
  const panel = byId('panel');
  panel.hidden = false;
  panel.dataset.id = node.id;
  const kind = kindStyle(node.__typename.toUpperCase());
  byId('panel-kind').hidden = false;
  byId('panel-kind').textContent = `${kind.zh} ${kind.en}`;
  byId('panel-kind').style.setProperty('--kind-color', kind.color);
  byId('panel-title').textContent = titleOf(node);

  const body: Node[] = [];
  const buttons = el(
    'div',
    { className: 'panel-actions' },
    el('button', { text: '展开邻居 Expand', dataset: { action: 'expand' } }),
    el('button', { text: '设为起点 Path from', dataset: { action: 'from' } }),
    el('button', { text: '设为终点 Path to', dataset: { action: 'to' } }),
  );
  buttons.addEventListener('click', (event) => {
    const action = (event.target as HTMLElement).dataset.action;
    if (action === 'expand') actions.expand(node.id);
    else if (action === 'from') actions.pathFrom(node.id);
    else if (action === 'to') actions.pathTo(node.id);
  });
  body.push(buttons);

  const props = el('dl', { className: 'props' });
  for (const [term, ...value] of propertyRows(node, actions))
    props.append(el('dt', { text: term }), el('dd', {}, ...value));
  body.push(props);

  if (node.__typename === 'Sentence') {
    // The entities the sentence names, marked.
    const spans = node.entities.map((e) => ({ start: e.start - node.start, end: e.end - node.start }));
    body.push(
      el('h3', { text: '原文 Text' }),
      el('p', { className: 'sentence-text' }, ...highlightedText(node.text, spans)),
    );
  } else if (node.__typename === 'Metric') {
    const list = el('ol', { className: 'evidence' });
    for (const indicator of node.indicators) {
      const item = el(
        'li',
        { dataset: { report: indicator.report.id } },
        el('span', { className: 'year', text: `${indicator.year} ${indicator.kind === 'TARGET' ? '目标' : '成果'}` }),
      );
      item.append(link({ id: indicator.id, name: indicator.statement }, actions));
      list.append(item);
    }
    body.push(el('h3', { text: '指标 Indicators' }), list);
  } else {
    const mentions = node.mentions;
    const sentences = new Set(mentions.map((m) => m.sentence.id)).size;
    body.push(el('h3', { text: `报告原句 Evidence（${sentences}）` }));
    if (mentions.length) body.push(...evidenceByReport(mentions));
    else body.push(el('p', { className: 'muted', text: '报告中没有直接提及。 No sentence names it.' }));
  }
  byId('panel-body').replaceChildren(...body);
}
