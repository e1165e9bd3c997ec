/**
 * Finds the pieces of a figure in a rendered timeline: each Gantt (whole when all its rows are drawn, the
 * rows in view under its axis when it is virtualised), the companion step charts with their titles, and the
 * legend's swatches and labels. Compare and Scaling views can pass their own `svgs` to `exportFigure` instead.
 */
import { AXIS_HEIGHT } from '../gantt/geometry';
import type { FigurePart, LegendItem } from './types';

const text = (root: Element, selector: string) => root.querySelector(selector)?.textContent?.trim() ?? '';

function ganttParts(gantt: Element): FigurePart[] {
  const svg = gantt.querySelector<SVGSVGElement>('svg.gantt-svg');
  if (!svg) return [];
  const label = gantt.closest('[data-figure-label]')?.getAttribute('data-figure-label') ?? undefined;
  const rowHeight = rowHeightOf(gantt);
  const svgHeight = Number(svg.getAttribute('height'));
  const scroller = gantt.querySelector('.gantt-scroller');
  const axis = gantt.querySelector<SVGSVGElement>('svg.gantt-axis-sticky');
  const rowCount = Number(gantt.getAttribute('data-rows')) || 0;
  // The rows start under the axis and the callout band (the sticky header).
  const header = Number(gantt.getAttribute('data-rows-top')) || AXIS_HEIGHT;
  // Every row fits in the chart's box: the whole SVG, axis included.
  if (!scroller || !axis || scroller.clientHeight >= svgHeight) {
    const rows = rowHeight
      ? { first: 0, shown: rowCount, total: rowCount, rowHeight, offset: header }
      : undefined;
    return [{ svg, label, labelAbove: true, rows }];
  }
  // Rows scroll inside the chart: the rows in view, under the sticky axis (a PNG of what the reader sees).
  const top = scroller.scrollTop + header;
  const height = Math.min(scroller.clientHeight, svgHeight) - header;
  const first = rowHeight ? Math.floor(scroller.scrollTop / rowHeight) : 0;
  const shown = rowHeight ? Math.max(1, Math.floor(height / rowHeight)) : 0;
  return [
    { svg: axis, label, labelAbove: true },
    {
      svg,
      crop: { y: top, height },
      joined: true,
      rows: rowHeight ? { first, shown, total: rowCount, rowHeight, offset: top } : undefined,
    },
  ];
}

/** The chart's row height, as the chart states it (a stretched chart has taller rows). */
function rowHeightOf(gantt: Element): number | undefined {
  const h = Number(gantt.getAttribute('data-row-height'));
  return h > 0 ? h : undefined;
}

/** The charts of `root`, top to bottom; `charts: false` leaves out the step charts. */
export function timelineParts(root: Element, { charts = true } = {}): FigurePart[] {
  const parts: FigurePart[] = [];
  for (const node of root.querySelectorAll('figure.gantt, figure.step-chart')) {
    if (node.matches('figure.gantt')) parts.push(...ganttParts(node));
    else if (charts) {
      const svg = node.querySelector<SVGSVGElement>('svg.step-chart__svg');
      if (svg)
        parts.push({ svg, label: `${text(node, '.step-chart-title')}\n${text(node, '.step-chart-peak')}` });
    }
  }
  return parts;
}

/** The legend shown in `root`: each entry's swatch and text, once. */
export function timelineLegend(root: Element): LegendItem[] {
  const seen = new Set<string>();
  const items: LegendItem[] = [];
  for (const item of root.querySelectorAll('.gantt-legend__item')) {
    const label = text(item, '.gantt-legend__label');
    const swatch = item.querySelector<SVGSVGElement>('svg.gantt-swatch') ?? undefined;
    if (label === '' || seen.has(label)) continue;
    seen.add(label);
    items.push({ label, swatch });
  }
  return items;
}
