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
  if (gantt.getAttribute('data-mode') === 'rows') return [{ svg, label, labelAbove: true }];
  const scroller = gantt.querySelector('.gantt-scroller');
  const axis = gantt.querySelector<SVGSVGElement>('svg.gantt-axis-sticky');
  if (!scroller || !axis) return [{ svg, label, labelAbove: true }];
  const height = Math.min(scroller.clientHeight, Number(svg.getAttribute('height'))) - AXIS_HEIGHT;
  return [
    { svg: axis, label, labelAbove: true },
    { svg, crop: { y: scroller.scrollTop + AXIS_HEIGHT, height } },
  ];
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
