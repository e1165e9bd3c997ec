import { memo } from 'react';
import { useT, type MessageKey } from '../../i18n';
import { ganttMessages } from '../../i18n/messages/gantt';
import { queueMessages } from '../../i18n/messages/queue';
import type { QueueKind } from '../../strategies';
import type { GanttView } from './layoutTypes';
import { Swatch } from './Swatch';
import './gantt.css';

type Key = MessageKey<typeof ganttMessages>;
/** A swatch and the message keys of its label and its one-line meaning (`state.running`, `hint.running`). */
type Entry = readonly [kind: Parameters<typeof Swatch>[0]['kind'], label: Key, hint: Key];

const STATES: readonly Entry[] = (
  ['running', 'blocked', 'suspended', 'ready', 'queued', 'startup'] as const
).map((k) => [k, `state.${k}`, `hint.${k}`] as const);

const MARKS: readonly Entry[] = (['done', 'failed', 'suspend', 'resume', 'callback'] as const).map(
  (k) => [k, `mark.${k}`, `hint.${k}`] as const,
);

const LANE_ENTRIES: readonly Entry[] = (['waiting', 'exit'] as const).map(
  (k) => [k, `mark.${k}`, `hint.${k}`] as const,
);

/**
 * The key to the Gantt: every state's bar shape and colour, the end markers and event glyphs, each with a
 * text label (hover for a one-line meaning; `detailed` shows it). Suspend / resume glyphs appear when zoomed in.
 */
export const GanttLegend = memo(function GanttLegend({
  view = 'tasks',
  detailed = false,
  queue,
}: {
  view?: GanttView;
  detailed?: boolean;
  /** What queued tasks wait for in this run's strategy: the queued entry says it in those words. */
  queue?: QueueKind;
}) {
  const t = useT(ganttMessages);
  const q = useT(queueMessages);
  const labelOf = (kind: Entry[0], label: Key) => (kind === 'queued' && queue ? q(queue) : t(label));
  const groups: readonly (readonly [string, readonly Entry[]])[] = [
    [t('groupStates'), STATES],
    [t('groupMarkers'), view === 'lanes' ? [...MARKS.filter(([k]) => k !== 'done'), ...LANE_ENTRIES] : MARKS],
  ];
  return (
    <div className={`gantt-legend${detailed ? ' gantt-legend--detailed' : ''}`}>
      {groups.map(([title, entries]) => (
        <div key={title} className="gantt-legend__group" role="group" aria-label={title}>
          <ul className="gantt-legend__list">
            {entries.map(([kind, label, hint]) => (
              <li key={kind} className="gantt-legend__item" title={t(hint)}>
                <Swatch kind={kind} />
                <span className="gantt-legend__label">{labelOf(kind, label)}</span>
                {detailed && <span className="gantt-legend__hint">{t(hint)}</span>}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
});
