// @vitest-environment jsdom
/**
 * Issue 12 item 1: callouts sit in a band of their own and never cover a bar. For every strategy's default run,
 * in both views and both languages, at the fallback width and at a 768 px window's chart width, each callout's
 * (and the guess's) pill is compared with every bar, marker and waiting band drawn in the rows, in SVG
 * coordinates taken from the rendered attributes (jsdom has no layout; the geometry is the layout's).
 */
import { cleanup, render } from '@testing-library/react';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StoreLang, useAppStore } from '../../state';
import { STRATEGIES, defaultScenario, simulateScenario } from '../../strategies';
import { makespan } from '../../trace/makespan';
import type { StrategyId } from '../../trace/scenario';
import type { Trace } from '../../trace/types';
import { CursorGantt } from './CursorGantt';
import { scenarioKey } from './predict';
import { svgBoxes, intersects, type Box } from '../gantt/testing/svgBoxes';

const WIDTHS = [760, 560];
const traces = new Map<StrategyId, Trace>();
const traceOf = (id: StrategyId) => {
  const trace = traces.get(id) ?? simulateScenario(defaultScenario(id));
  traces.set(id, trace);
  return trace;
};
let width = 760;
const clientWidth = vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(() => width);
afterAll(() => clientWidth.mockRestore());

beforeEach(() => useAppStore.setState(useAppStore.getInitialState(), true));
afterEach(cleanup);

const cases = STRATEGIES.flatMap((s) =>
  (['tasks', 'lanes'] as const).flatMap((view) =>
    // Chinese pills are wider: the narrow chart in Chinese is the tight case.
    [['en', WIDTHS[0]] as const, ['zh-CN', WIDTHS[1]] as const].map(
      ([lang, w]) => [s.id, view, lang, w] as const,
    ),
  ),
);

describe('callouts never cover bars', () => {
  let drawn = 0;
  afterAll(() => {
    // Not vacuous: most strategies have something to point at.
    expect(drawn).toBeGreaterThan(STRATEGIES.length);
  });

  it.each(cases)('%s, %s view, %s, %i px', (id, view, lang, w) => {
    width = w;
    const trace = traceOf(id);
    // A guess near task 5's end, where the old pill sat on its bar.
    useAppStore.setState({
      lang,
      prediction: { key: scenarioKey(trace.scenario), guessMs: makespan(trace) * 0.98 },
    });
    const { container } = render(
      <StoreLang>
        <CursorGantt trace={trace} view={view} domain={null} onDomainChange={() => {}} />
      </StoreLang>,
    );
    const svg = container.querySelector('svg.gantt-svg') as SVGSVGElement;
    const boxes = svgBoxes(svg);
    const labels = boxes.filter((b) => b.el.matches('.gantt-callout__pill, .gantt-guess__pill'));
    const bars = boxes.filter((b) => b.el.closest('.gantt-bars') !== null && !b.el.matches('text'));
    expect(bars.length).toBeGreaterThan(0);
    expect(labels.length).toBeGreaterThan(0);
    drawn += labels.length - 1;
    for (const label of labels)
      for (const bar of bars)
        expect(intersects(label, bar), `${where(label)} covers ${where(bar)}`).toBe(false);
    // Pills never overlap each other either.
    for (let i = 0; i < labels.length; i++)
      for (let j = i + 1; j < labels.length; j++) expect(intersects(labels[i], labels[j])).toBe(false);
  });
});

const where = (b: Box) =>
  `${b.el.getAttribute('class')} [${b.x.toFixed(1)}, ${b.y.toFixed(1)}, ${b.w.toFixed(1)}×${b.h.toFixed(1)}]`;
