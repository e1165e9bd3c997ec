import type { GanttView } from './layoutTypes';
import { Swatch } from './Swatch';
import './gantt.css';

type Entry = readonly [kind: Parameters<typeof Swatch>[0]['kind'], label: string, hint: string];

const STATES: readonly Entry[] = [
  ['running', 'running', 'holds its thread and a core'],
  ['blocked', 'blocked', 'waits for I/O while holding its thread'],
  ['suspended', 'suspended', 'awaits I/O; its thread is free'],
  ['ready', 'ready', 'could run; waits for the loop, the GIL or a core'],
  ['queued', 'queued', 'not started yet'],
  ['startup', 'start-up', 'a process starting before it can take work'],
];

const MARKS: readonly Entry[] = [
  ['done', 'done', 'the task finished'],
  ['failed', 'failed', 'the task raised an error'],
  ['suspend', 'suspend', 'the task hands control back (await)'],
  ['resume', 'resume', 'the task is woken up'],
  ['callback', 'callback', 'a done-callback ran'],
];

const LANE_ENTRIES: readonly Entry[] = [
  ['waiting', 'waiting tasks', 'the lower band counts tasks waiting on this lane: ready below, suspended above, queued dotted'],
  ['exit', 'process exit', 'the process ended'],
];

/**
 * The key to the Gantt: every state's bar shape and colour, the end markers and event glyphs, each with a
 * text label (hover for a one-line meaning; `detailed` shows it). Suspend / resume glyphs appear when zoomed in.
 */
export function GanttLegend({ view = 'tasks', detailed = false }: { view?: GanttView; detailed?: boolean }) {
  const groups: readonly (readonly [string, readonly Entry[]])[] = [
    ['States', STATES],
    ['Markers', view === 'lanes' ? [...MARKS.filter(([k]) => k !== 'done'), ...LANE_ENTRIES] : MARKS],
  ];
  return (
    <div className={`gantt-legend${detailed ? ' gantt-legend--detailed' : ''}`}>
      {groups.map(([title, entries]) => (
        <div key={title} className="gantt-legend__group" role="group" aria-label={title}>
          <ul className="gantt-legend__list">
            {entries.map(([kind, label, hint]) => (
              <li key={kind} className="gantt-legend__item" title={hint}>
                <Swatch kind={kind} />
                <span className="gantt-legend__label">{label}</span>
                {detailed && <span className="gantt-legend__hint">{hint}</span>}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
