/**
 * Apache ECharts, tree-shaken: only the bar chart, the grid, tooltip, legend and aria
 * components and the SVG renderer are bundled. SVG keeps every label a DOM <text> (the
 * browser test checks them for overlaps) and draws Chinese with the page's local fonts.
 * Tooltips are drawn inside the chart (renderMode richText), not as HTML with inline styles.
 */
import { BarChart, type BarSeriesOption } from 'echarts/charts';
import {
  AriaComponent,
  type AriaComponentOption,
  GridComponent,
  type GridComponentOption,
  LegendComponent,
  type LegendComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { FONT_STACK } from '../kinds';

echarts.use([BarChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer]);

export type ChartOption = echarts.ComposeOption<
  BarSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption | AriaComponentOption
>;

export interface ChartClick {
  seriesName?: string;
  seriesIndex?: number;
  dataIndex: number;
  name: string;
  data: unknown;
}

export interface Chart {
  set(option: ChartOption, height: number): void;
  onClick(handler: (event: ChartClick) => void): void;
  /** Nothing to draw: the chart is hidden (its card's note says why). */
  hide(): void;
  /**
   * Where the middle of a bar is drawn, in pixels from the chart's top left: what a person
   * would click (for the browser test). Null when the bar has no value.
   */
  barCenter(seriesIndex: number, dataIndex: number): { x: number; y: number } | null;
  dispose(): void;
}

/** Options every chart shares: local fonts, an in-chart tooltip, aria descriptions. */
const BASE: ChartOption = {
  textStyle: { fontFamily: FONT_STACK, fontSize: 12 },
  aria: { enabled: true },
  animation: false,
  tooltip: { renderMode: 'richText', confine: true, trigger: 'item' },
};

/** What barCenter reads of ECharts' model: each bar's rectangle as laid out. */
interface BarLayoutModel {
  getSeriesByIndex(
    index: number,
  ):
    | { getData(): { getItemLayout(index: number): { x: number; y: number; width: number; height: number } | null } }
    | undefined;
}

/** A chart in `container`, resized with it. */
export function createChart(container: HTMLElement): Chart {
  const chart = echarts.init(container, null, { renderer: 'svg' });
  const observer = new ResizeObserver(() => chart.resize());
  observer.observe(container);
  let current: ChartOption = {};
  const valueAt = (seriesIndex: number, dataIndex: number): number => {
    const series = (Array.isArray(current.series) ? current.series : [])[seriesIndex] as BarSeriesOption | undefined;
    const datum = series?.data?.[dataIndex] as number | { value?: number } | null | undefined;
    return (typeof datum === 'number' ? datum : datum?.value) ?? 0;
  };
  return {
    set(option, height) {
      current = option;
      container.hidden = false;
      container.style.height = `${height}px`;
      chart.resize();
      chart.setOption({ ...BASE, ...option }, { notMerge: true });
    },
    onClick(handler) {
      chart.off('click');
      chart.on('click', (params) => handler(params as unknown as ChartClick));
    },
    barCenter(seriesIndex, dataIndex) {
      if (!valueAt(seriesIndex, dataIndex)) return null;
      // The bar as laid out (grouped bars sit beside the category's centre, stacked ones after each other).
      const model = (chart as unknown as { getModel(): BarLayoutModel }).getModel();
      const layout = model.getSeriesByIndex(seriesIndex)?.getData().getItemLayout(dataIndex);
      if (!layout) return null;
      return { x: layout.x + layout.width / 2, y: layout.y + layout.height / 2 };
    },
    hide() {
      chart.clear();
      chart.off('click');
      container.hidden = true;
    },
    dispose() {
      observer.disconnect();
      chart.dispose();
    },
  };
}

/** Category-axis label width for the container: narrower on a phone. */
export function labelWidth(container: HTMLElement): number {
  return container.clientWidth < 480 ? 92 : 160;
}
