import {
  type FieldNode,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  GraphQLIncludeDirective,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  GraphQLSkipDirective,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from 'graphql';
import {
  type Column,
  type EvidenceProjection,
  type LinkProjection,
  type NodeProjection,
  refKey,
} from '../graph/projection';
import type { ScorecardProjections } from '../graph/reader';
import { relatedOrderKeys } from '../graph/related';
import { EVIDENCE_FIELDS, FIELD_NEEDS, MAX_NESTED } from './fields';

/**
 * Plans what a root field's query fetches: from the request's selection on the nodes it returns,
 * to any depth, the properties, computed columns and linked nodes each level needs (fields.ts
 * says what each field needs). The graph layer turns the plan into one Cypher query
 * (src/graph/projection.ts); the field resolvers find the linked values under their response
 * keys (types.ts). A field the plan cannot serve exactly (an argument out of range, two selections
 * of one key with different arguments) is left out, and its resolver loads it as without a plan.
 */

/** The fields of `selectionSets` that apply to `type`, by response key (fragments expanded, @skip/@include honoured). */
function collectFields(
  type: GraphQLObjectType,
  selectionSets: readonly SelectionSetNode[],
  info: GraphQLResolveInfo,
  into = new Map<string, FieldNode[]>(),
): Map<string, FieldNode[]> {
  const applies = (typeName: string | undefined) =>
    !typeName || typeName === type.name || type.getInterfaces().some((i) => i.name === typeName);
  for (const set of selectionSets) {
    for (const selection of set.selections) {
      if (!included(selection, info)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        into.set(key, [...(into.get(key) ?? []), selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (applies(selection.typeCondition?.name.value)) collectFields(type, [selection.selectionSet], info, into);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment && applies(fragment.typeCondition.name.value))
          collectFields(type, [fragment.selectionSet], info, into);
      }
    }
  }
  return into;
}

function included(node: Parameters<typeof getDirectiveValues>[1], info: GraphQLResolveInfo): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, info.variableValues)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, info.variableValues)?.if !== false;
}

const subSelections = (nodes: readonly FieldNode[]) => nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));

/** The arguments of a field, the same for every selection of its key; undefined when they differ. */
function argumentsOf(
  type: GraphQLObjectType,
  nodes: readonly FieldNode[],
  info: GraphQLResolveInfo,
): Record<string, unknown> | undefined {
  const def = type.getFields()[nodes[0].name.value];
  const all = nodes.map((node) => getArgumentValues(def, node, info.variableValues));
  const first = JSON.stringify(all[0]);
  return all.every((args) => JSON.stringify(args) === first) ? all[0] : undefined;
}

function objectType(info: GraphQLResolveInfo, name: string): GraphQLObjectType {
  const type = info.schema.getType(name);
  if (!isObjectType(type)) throw new Error(`${name} is not an object type`);
  return type;
}

/** What a request selects on nodes of `typeName`, gathered from `selectionSets`, as a projection. */
export function planNode(
  typeName: string,
  selectionSets: readonly SelectionSetNode[],
  info: GraphQLResolveInfo,
): NodeProjection {
  const type = objectType(info, typeName);
  const needs = FIELD_NEEDS[typeName] ?? {};
  const props = new Set<string>(['id']);
  const columns = new Set<Column>();
  const links: LinkProjection[] = [];
  for (const [key, nodes] of collectFields(type, selectionSets, info)) {
    const name = nodes[0].name.value;
    const def = type.getFields()[name];
    if (!def || nodes.some((n) => n.name.value !== name)) continue;
    const need = needs[name] ?? { kind: 'props', props: [name] };
    const target = getNamedType(def.type).name;
    switch (need.kind) {
      case 'props':
      case 'opaque':
        for (const prop of need.props) props.add(prop);
        break;
      case 'column':
        columns.add(need.column);
        break;
      case 'related': {
        // The resolver applies `first` to what is fetched; an argument it would refuse is left to it.
        const args = argumentsOf(type, nodes, info);
        const first = need.limitArg ? args?.[need.limitArg] : undefined;
        if (
          !args ||
          (first != null && !(Number.isInteger(first) && (first as number) >= 0 && (first as number) <= MAX_NESTED))
        )
          break;
        const node = planNode(target, subSelections(nodes), info);
        // What the list is ordered by (in attach) and what the resolver reads of its nodes.
        const read = [...relatedOrderKeys(need.name), ...(need.reads ?? [])];
        links.push({
          key,
          link: { kind: 'related', name: need.name, node: { ...node, props: [...node.props, ...read] } },
        });
        break;
      }
      case 'ref':
        // Read by the resolver when the budget leaves the reference out (withinBudget).
        props.add(refKey(need.ref));
        links.push({ key, link: { kind: 'ref', ref: need.ref, node: planNode(target, subSelections(nodes), info) } });
        break;
      case 'evidence':
        links.push({ key, link: { kind: need.of, item: planEvidence(target, subSelections(nodes), info) } });
        break;
    }
  }
  return { props: [...props], columns: [...columns], links };
}

function planEvidence(
  typeName: string,
  selectionSets: readonly SelectionSetNode[],
  info: GraphQLResolveInfo,
): EvidenceProjection {
  const type = objectType(info, typeName);
  const fields = EVIDENCE_FIELDS[typeName as keyof typeof EVIDENCE_FIELDS] ?? {};
  let statement = false;
  const links: EvidenceProjection['links'][number][] = [];
  for (const [key, nodes] of collectFields(type, selectionSets, info)) {
    const name = nodes[0].name.value;
    const def = type.getFields()[name];
    const need = fields[name];
    if (!def || !need || nodes.some((n) => n.name.value !== name)) continue;
    if (need === 'statement') statement = true;
    else
      links.push({
        key,
        link: { kind: 'ref', ref: need, node: planNode(getNamedType(def.type).name, subSelections(nodes), info) },
      });
  }
  return { statement, links };
}

/**
 * The most nested lists and values one query fetches. Neo4j plans each distinct query text once
 * (then caches the plan), and planning grows with every nested subquery (about 25 ms of CPU each
 * here): past this many, the nearest ones are kept (breadth first) and deeper fields are loaded
 * by the batched loaders, one query per field and level, as without a plan.
 */
export const MAX_PLANNED_LINKS = 16;

type AnyLink = LinkProjection | EvidenceProjection['links'][number];

/** The projection with at most `budget` links and columns, the shallowest first. */
export function withinBudget(root: NodeProjection, budget = MAX_PLANNED_LINKS): NodeProjection {
  const kept = new Set<AnyLink>();
  let used = 0;
  const columnsKept = new Map<NodeProjection, Column[]>();
  let level: NodeProjection[] = [root];
  while (level.length) {
    const next: NodeProjection[] = [];
    for (const p of level) {
      const columns = p.columns.slice(0, Math.max(budget - used, 0));
      used += columns.length;
      columnsKept.set(p, columns);
      for (const l of p.links) {
        if (used >= budget) break;
        used += 1;
        kept.add(l);
        if (l.link.kind === 'related' || l.link.kind === 'ref') next.push(l.link.node);
        else
          for (const e of l.link.item.links) {
            if (used >= budget) break;
            used += 1;
            kept.add(e);
            next.push(e.link.node);
          }
      }
    }
    level = next;
  }
  const rebuild = (p: NodeProjection): NodeProjection => ({
    props: p.props,
    columns: columnsKept.get(p) ?? [],
    links: p.links
      .filter((l) => kept.has(l))
      .map(({ key, link }): LinkProjection => {
        if (link.kind === 'related' || link.kind === 'ref') return { key, link: { ...link, node: rebuild(link.node) } };
        const links = link.item.links
          .filter((e) => kept.has(e))
          .map((e) => ({ key: e.key, link: { ...e.link, node: rebuild(e.link.node) } }));
        return { key, link: { kind: link.kind, item: { statement: link.item.statement, links } } };
      }),
  });
  return rebuild(root);
}

/**
 * Plans are kept per root field of a parsed document (Apollo keeps parsed documents, so a
 * repeated query gives the same field nodes) and per variable values: a repeated request is not
 * planned again.
 */
const plans = new WeakMap<FieldNode, Map<string, unknown>>();
const PLANS_PER_FIELD = 32;

function cachedPlan<T>(kind: string, info: GraphQLResolveInfo, plan: () => T): T {
  const field = info.fieldNodes[0];
  let byVariables = plans.get(field);
  if (!byVariables) plans.set(field, (byVariables = new Map()));
  const key = `${kind} ${info.fieldNodes.length} ${JSON.stringify(info.variableValues)}`;
  let found = byVariables.get(key) as T | undefined;
  if (!found) {
    found = plan();
    if (byVariables.size < PLANS_PER_FIELD) byVariables.set(key, found);
  }
  return found;
}

/** For a field returning one `typeName` node (a lookup): what the request selects on it. */
export function lookupProjection(typeName: string, info: GraphQLResolveInfo): NodeProjection {
  return cachedPlan(typeName, info, () => withinBudget(planNode(typeName, subSelections(info.fieldNodes), info)));
}

/** For a connection of `typeName` nodes: what the request selects on `nodes` and on `edges { node }`. */
export function connectionProjection(typeName: string, info: GraphQLResolveInfo): NodeProjection {
  return cachedPlan(typeName, info, () => planConnection(typeName, info));
}

function planConnection(typeName: string, info: GraphQLResolveInfo): NodeProjection {
  const connection = objectType(info, getNamedType(info.returnType).name);
  const fields = collectFields(connection, subSelections(info.fieldNodes), info);
  const sets: SelectionSetNode[] = [];
  for (const nodes of fields.values()) {
    const name = nodes[0].name.value;
    if (name === 'nodes') sets.push(...subSelections(nodes));
    if (name === 'edges') {
      const edge = objectType(info, getNamedType(connection.getFields().edges.type).name);
      for (const edgeNodes of collectFields(edge, subSelections(nodes), info).values()) {
        if (edgeNodes[0].name.value === 'node') sets.push(...subSelections(edgeNodes));
      }
    }
  }
  return withinBudget(planNode(typeName, sets, info));
}

/** Fields of a search hit's node that its display projection (explore.ts) answers. */
const HIT_DISPLAY_FIELDS = new Set(['__typename', 'id', 'label', 'name', 'text', 'statement']);

/** Whether a search's hits must return their whole node: the request selects more of it than display fields. */
export function searchNeedsWholeNodes(info: GraphQLResolveInfo): boolean {
  const hit = objectType(info, getNamedType(info.returnType).name);
  const names = new Set<string>();
  const walk = (sets: readonly SelectionSetNode[]) => {
    for (const set of sets)
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) names.add(selection.name.value);
        else if (selection.kind === Kind.INLINE_FRAGMENT) walk([selection.selectionSet]);
        else if (info.fragments[selection.name.value]) walk([info.fragments[selection.name.value].selectionSet]);
      }
  };
  for (const fields of collectFields(hit, subSelections(info.fieldNodes), info).values()) {
    if (fields[0].name.value === 'node') walk(subSelections(fields));
  }
  return [...names].some((name) => !HIT_DISPLAY_FIELDS.has(name));
}

/** What an indicator's assessment reads of it (src/model/assessment.ts), and how the scorecard groups it. */
const ASSESSED = ['value', 'unit', 'comparator', 'stretch', 'metricId'];

/** What a scorecard request selects on the county, the reports, the metrics and the indicators it reads. */
export function scorecardProjections(info: GraphQLResolveInfo): ScorecardProjections {
  return cachedPlan('Scorecard', info, () => {
    const scorecard = objectType(info, getNamedType(info.returnType).name);
    const sets: Record<'county' | 'report' | 'metric' | 'indicator', SelectionSetNode[]> = {
      county: [],
      report: [],
      metric: [],
      indicator: [],
    };
    for (const nodes of collectFields(scorecard, subSelections(info.fieldNodes), info).values()) {
      const name = nodes[0].name.value;
      if (name === 'county') sets.county.push(...subSelections(nodes));
      if (name === 'targetReport' || name === 'resultReport') sets.report.push(...subSelections(nodes));
      if (name !== 'items') continue;
      const item = objectType(info, getNamedType(scorecard.getFields().items.type).name);
      for (const itemNodes of collectFields(item, subSelections(nodes), info).values()) {
        const field = itemNodes[0].name.value;
        if (field === 'metric') sets.metric.push(...subSelections(itemNodes));
        if (field === 'targets' || field === 'results') sets.indicator.push(...subSelections(itemNodes));
      }
    }
    const budget = Math.floor(MAX_PLANNED_LINKS / 4);
    const indicator = planNode('Indicator', sets.indicator, info);
    const metric = planNode('Metric', sets.metric, info);
    return {
      county: withinBudget(planNode('County', sets.county, info), budget),
      report: withinBudget(planNode('Report', sets.report, info), budget),
      // A target without results of its own is matched by its metric's name (delivery.ts).
      metric: withinBudget({ ...metric, props: [...metric.props, 'name'] }, budget),
      indicator: withinBudget({ ...indicator, props: [...indicator.props, ...ASSESSED] }, budget),
    };
  });
}
