import cytoscape, { type Core, type EdgeSingular, type ElementDefinition, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { FONT_STACK, kindStyle, type EntityKind } from '../kinds';
import { placeAround, placeInRow, type Footprint, type Placed, type Point } from './layout';
import type { SubgraphEdge, SubgraphNode } from './queries';

cytoscape.use(fcose);

export const LABEL_FONT_SIZE = 12;
const LABEL_MARGIN = 3;
const LABEL_PADDING = 2;
/** Longer labels end in an ellipsis on the canvas; the side panel shows the full name. */
const LABEL_MAX_CHARS = 8;
/** Fitting a handful of nodes should not blow them up. */
const MAX_FIT_ZOOM = 1.4;

const NODE_SIZE: Record<EntityKind, number> = {
  TOWNSHIP: 28,
  PLATFORM: 24,
  INDUSTRY: 24,
  PROJECT: 20,
  ENTERPRISE: 20,
  METRIC: 18,
  VILLAGE: 16,
  INDICATOR: 14,
  SENTENCE: 12,
};

/** The kinds in the order new neighbours are laid out (so each kind sits together). */
const KIND_ORDER: EntityKind[] = [
  'TOWNSHIP',
  'PLATFORM',
  'INDUSTRY',
  'ENTERPRISE',
  'PROJECT',
  'VILLAGE',
  'INDICATOR',
  'METRIC',
  'SENTENCE',
];

/**
 * The canvas label of each node: the short form of its name, or, when another node shown has
 * the same short form (壶镇特色智造小微园, a platform and a project), a shorter form and its kind
 * (壶镇特色…·平台 and 壶镇特色…·项目), no wider than the plain short form.
 */
export function canvasLabels(nodes: { id: string; label: string; kind: EntityKind }[]): Map<string, string> {
  const byShort = new Map<string, { id: string; label: string; kind: EntityKind }[]>();
  for (const node of nodes) {
    const short = shortLabel(node.label);
    byShort.set(short, [...(byShort.get(short) ?? []), node]);
  }
  const result = new Map<string, string>();
  for (const [short, group] of byShort) {
    const kinds = new Set(group.map((n) => n.kind));
    for (const node of group) {
      result.set(
        node.id,
        group.length > 1 && kinds.size > 1
          ? `${shortLabel(node.label, LABEL_MAX_CHARS - 3)}·${kindStyle(node.kind).zh.slice(0, 2)}`
          : short,
      );
    }
  }
  return result;
}

export function shortLabel(label: string, max = LABEL_MAX_CHARS): string {
  const chars = Array.from(label.replace(/\s+/g, ' ').trim());
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
}

let measureContext: CanvasRenderingContext2D | null = null;
function labelWidth(text: string): number {
  measureContext ??= document.createElement('canvas').getContext('2d');
  if (!measureContext) return Array.from(text).length * LABEL_FONT_SIZE;
  measureContext.font = `${LABEL_FONT_SIZE}px ${FONT_STACK}`;
  return measureContext.measureText(text).width;
}

function footprint(size: number, short: string): Footprint {
  const labelHeight = LABEL_FONT_SIZE * 1.3 + 2 * LABEL_PADDING;
  const w = Math.max(size, labelWidth(short) + 2 * LABEL_PADDING) + 4;
  const h = size + LABEL_MARGIN + labelHeight;
  // The footprint runs from the top of the shape to the bottom of the label.
  return { w, h, dy: h / 2 - size / 2 };
}

export interface NodeData {
  id: string;
  kind: EntityKind;
  label: string;
  short: string;
  color: string;
  shape: string;
  size: number;
}

export interface GraphEvents {
  onNodeTap(node: NodeData): void;
  onBackgroundTap(): void;
}

/** The cytoscape canvas: adds subgraphs without ever moving what the user has seen. */
export class GraphView {
  readonly cy: Core;
  /** True from a fit until the user moves the view. */
  private autoFit = false;

  constructor(container: HTMLElement, events: GraphEvents) {
    this.cy = cytoscape({
      container,
      minZoom: 0.15,
      maxZoom: 4,
      boxSelectionEnabled: false,
      style: [
        {
          selector: 'node',
          style: {
            'background-color': 'data(color)',
            shape: 'data(shape)' as never,
            width: 'data(size)',
            height: 'data(size)',
            label: 'data(short)',
            'font-family': FONT_STACK,
            'font-size': LABEL_FONT_SIZE,
            color: '#1d2430',
            'text-valign': 'bottom',
            'text-halign': 'center',
            'text-margin-y': LABEL_MARGIN,
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.88,
            'text-background-shape': 'roundrectangle',
            'text-background-padding': `${LABEL_PADDING}px`,
            'border-width': 2,
            'border-color': '#ffffff',
            'min-zoomed-font-size': 0,
          },
        },
        { selector: 'node.expanded', style: { 'border-color': '#1f2a37', 'border-width': 2.5 } },
        {
          selector: 'node:selected',
          style: {
            'underlay-color': '#ffb000',
            'underlay-opacity': 0.55,
            'underlay-padding': 6,
            'underlay-shape': 'ellipse',
          },
        },
        { selector: 'node.path-end', style: { 'border-color': '#b23a2a', 'border-width': 4 } },
        {
          selector: 'edge',
          style: {
            width: 1.2,
            'line-color': '#b9c1cb',
            'curve-style': 'straight',
            'target-arrow-shape': 'triangle',
            'target-arrow-color': '#b9c1cb',
            'arrow-scale': 0.6,
            'font-family': FONT_STACK,
            'font-size': 9,
            color: '#5f6b7a',
            'text-rotation': 'autorotate',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.9,
            'text-background-padding': '1px',
          },
        },
        { selector: 'edge.hover, edge.path', style: { label: 'data(type)' } },
        { selector: 'edge.hover', style: { 'line-color': '#5f6b7a', 'target-arrow-color': '#5f6b7a', width: 2 } },
        { selector: 'edge.path', style: { 'line-color': '#b23a2a', 'target-arrow-color': '#b23a2a', width: 3.5 } },
        { selector: '.faded', style: { opacity: 0.15 } },
      ],
    });

    this.cy.on('tap', 'node', (event) => events.onNodeTap((event.target as NodeSingular).data() as NodeData));
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) events.onBackgroundTap();
    });
    this.cy.on('mouseover', 'edge', (event) => (event.target as EdgeSingular).addClass('hover'));
    this.cy.on('mouseout', 'edge', (event) => (event.target as EdgeSingular).removeClass('hover'));
    // When the canvas changes size (a panel opens, the window turns), a graph the view was fitted
    // to is fitted again, so nothing ends up off-screen; once the user pans or zooms, it is left alone.
    new ResizeObserver(() => {
      this.cy.resize();
      if (this.autoFit) this.fit();
    }).observe(container);
    for (const event of ['wheel', 'pointerdown'] as const)
      container.addEventListener(event, () => (this.autoFit = false), { passive: true });
    this.cy.on('mouseover', 'node', () => (container.style.cursor = 'pointer'));
    this.cy.on('mouseout', 'node', () => (container.style.cursor = ''));
  }

  has(id: string): boolean {
    return this.cy.getElementById(id).nonempty();
  }

  node(id: string): NodeData | null {
    const node = this.cy.getElementById(id);
    return node.nonempty() ? (node.data() as NodeData) : null;
  }

  get nodeCount(): number {
    return this.cy.nodes().length;
  }

  get edgeCount(): number {
    return this.cy.edges().length;
  }

  clear(): void {
    this.cy.elements().remove();
  }

  /** Canvas labels for these nodes beside those shown (see canvasLabels); relabels shown nodes that now clash. */
  private labelsWith(nodes: SubgraphNode[]): Map<string, string> {
    const shown = this.cy.nodes().map((n) => n.data() as NodeData);
    const labels = canvasLabels([...shown, ...nodes.filter((n) => !this.has(n.id))]);
    for (const data of shown) {
      const short = labels.get(data.id);
      if (short && short !== data.short) this.cy.getElementById(data.id).data('short', short);
    }
    return labels;
  }

  private dataOf(node: SubgraphNode, emphasis = false, labels?: Map<string, string>): NodeData {
    const short = labels?.get(node.id) ?? shortLabel(node.label);
    return {
      id: node.id,
      kind: node.kind,
      label: node.label,
      short,
      color: kindStyle(node.kind).color,
      shape: kindStyle(node.kind).shape,
      size: (NODE_SIZE[node.kind] ?? 18) + (emphasis ? 8 : 0),
    };
  }

  private placedNodes(): Placed[] {
    return this.cy.nodes().map((n) => {
      const data = n.data() as NodeData;
      return { ...footprint(data.size, data.short), ...n.position() };
    });
  }

  /**
   * Adds the nodes and edges not yet shown. New nodes are placed around `anchorId`
   * (or, in an empty view, the anchor goes in the middle and the rest around it).
   */
  merge(anchorId: string, nodes: SubgraphNode[], edges: SubgraphEdge[]): string[] {
    const additions: ElementDefinition[] = [];
    const fresh = nodes.filter((n) => !this.has(n.id));
    const labels = this.labelsWith(fresh);
    const anchorFresh = fresh.find((n) => n.id === anchorId);
    if (anchorFresh) {
      const data = this.dataOf(anchorFresh, this.nodeCount === 0, labels);
      const position = this.nodeCount === 0 ? { x: 0, y: 0 } : this.freeSpotNearCentre(data);
      this.cy.add({ group: 'nodes', data, position });
    }
    const anchor = this.cy.getElementById(anchorId);
    const around = anchor.nonempty() ? anchor.position() : { x: 0, y: 0 };
    const others = fresh
      .filter((n) => n.id !== anchorId)
      .map((n) => this.dataOf(n, false, labels))
      .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.label.localeCompare(b.label, 'zh'));
    const spots = placeAround(
      around,
      others.map((d) => ({ id: d.id, ...footprint(d.size, d.short) })),
      this.placedNodes(),
    );
    for (const data of others) additions.push({ group: 'nodes', data, position: spots.get(data.id)! });
    for (const edge of edges) {
      if (this.has(edge.id)) continue;
      additions.push({
        group: 'edges',
        data: { id: edge.id, source: edge.source, target: edge.target, type: edge.type },
      });
    }
    this.cy.add(additions.filter((a) => a.group === 'nodes'));
    this.cy.add(
      additions.filter(
        (a) => a.group === 'edges' && this.has(a.data.source as string) && this.has(a.data.target as string),
      ),
    );
    return fresh.map((n) => n.id);
  }

  /** Adds a path's nodes and edges: in a row when the view is empty, else each next to its predecessor. */
  mergePath(nodes: SubgraphNode[], edges: SubgraphEdge[]): void {
    const labels = this.labelsWith(nodes);
    if (this.nodeCount === 0) {
      const data = nodes.map((n, i) => this.dataOf(n, i === 0 || i === nodes.length - 1, labels));
      const spots = placeInRow(data.map((d) => ({ id: d.id, ...footprint(d.size, d.short) })));
      this.cy.add(data.map((d) => ({ group: 'nodes' as const, data: d, position: spots.get(d.id)! })));
    } else {
      nodes.forEach((node, i) => {
        if (this.has(node.id)) return;
        const data = this.dataOf(node, false, labels);
        const previous = i > 0 ? this.cy.getElementById(nodes[i - 1].id) : null;
        const near = previous?.nonempty() ? previous.position() : this.centre();
        const spot = placeAround(near, [{ id: node.id, ...footprint(data.size, data.short) }], this.placedNodes());
        this.cy.add({ group: 'nodes', data, position: spot.get(node.id)! });
      });
    }
    for (const edge of edges) {
      if (!this.has(edge.id)) {
        this.cy.add({
          group: 'edges',
          data: { id: edge.id, source: edge.source, target: edge.target, type: edge.type },
        });
      }
    }
  }

  private centre(): Point {
    const box = this.cy.nodes().boundingBox({});
    return { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 };
  }

  private freeSpotNearCentre(data: NodeData): Point {
    const spot = placeAround(this.centre(), [{ id: data.id, ...footprint(data.size, data.short) }], this.placedNodes());
    return spot.get(data.id)!;
  }

  markExpanded(id: string): void {
    this.cy.getElementById(id).addClass('expanded');
  }

  select(id: string | null): void {
    this.cy.nodes(':selected').unselect();
    if (id) this.cy.getElementById(id).select();
  }

  /** Highlights a path (fading everything else); `null` clears it. */
  showPath(nodeIds: string[] | null, edgeIds: string[] = []): void {
    this.cy.elements().removeClass('faded path path-end');
    if (!nodeIds) return;
    const onPath = this.cy.collection();
    for (const id of [...nodeIds, ...edgeIds]) onPath.merge(this.cy.getElementById(id));
    this.cy.elements().difference(onPath).addClass('faded');
    onPath.edges().addClass('path');
    if (nodeIds.length) {
      this.cy.getElementById(nodeIds[0]).addClass('path-end');
      this.cy.getElementById(nodeIds[nodeIds.length - 1]).addClass('path-end');
    }
  }

  /** Fits the given nodes (default: all) without zooming in past a comfortable reading size. */
  fit(ids?: string[]): void {
    let eles = this.cy.elements();
    if (ids?.length) {
      eles = this.cy.collection();
      for (const id of ids) eles.merge(this.cy.getElementById(id));
    }
    if (eles.empty()) return;
    this.autoFit = !ids?.length;
    // The side panel may just have opened: measure the canvas again before fitting.
    this.cy.resize();
    this.cy.fit(eles, 36);
    if (this.cy.zoom() > MAX_FIT_ZOOM) {
      this.cy.zoom(MAX_FIT_ZOOM);
      this.cy.center(eles);
    }
  }

  /** A force-directed re-layout of everything (labels included in node sizes). */
  relayout(): Promise<void> {
    const layout = this.cy.layout({
      name: 'fcose',
      animate: false,
      randomize: false,
      nodeDimensionsIncludeLabels: true,
      nodeSeparation: 60,
      idealEdgeLength: 110,
      nodeRepulsion: 9000,
      packComponents: true,
    } as cytoscape.LayoutOptions);
    const done = layout.promiseOn('layoutstop');
    layout.run();
    return done.then(() => this.fit());
  }

  /** Label rectangles as drawn, for the overlap check the end-to-end test makes. */
  labelBoxes(): { id: string; x1: number; y1: number; x2: number; y2: number }[] {
    return this.cy
      .nodes()
      .map((n) => ({ id: n.id(), ...n.boundingBox({ includeLabels: true, includeOverlays: false }) }));
  }
}
