import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../i18n';
import { calloutMessages } from '../../i18n/messages/callouts';
import { predictMessages } from '../../i18n/messages/predict';
import {
  selectCursor,
  selectHiddenCallouts,
  selectPlaybackActions,
  selectPrediction,
  useAppStore,
} from '../../state';
import { getStrategy } from '../../strategies';
import { findCallouts } from '../../trace/callouts';
import { formatMs } from '../gantt/format';
import { GanttChart, type GanttChartProps } from '../gantt/GanttChart';
import type { GanttCallout, GanttGuess } from '../gantt/marks';
import { calloutLabel } from './captions';
import { scenarioKey } from './predict';

type Props = Omit<GanttChartProps, 'cursor' | 'callouts' | 'guess' | 'onSelectTask'> & {
  /** false draws no callouts at all (an embed made with `callouts=0`); default true. */
  readonly showCallouts?: boolean;
};

/**
 * The Gantt chart with playback: the cursor, the callouts the user left on, the learner's guess once revealed,
 * and task selection for the "What Python is doing" panel. Only the cursor changes per frame; the chart's
 * layout is memoised on the trace and view.
 */
export function CursorGantt({ showCallouts = true, ...props }: Props) {
  const t = useT(calloutMessages);
  const tp = useT(predictMessages);
  const cursor = useAppStore(selectCursor);
  const hidden = useAppStore(selectHiddenCallouts);
  const prediction = useAppStore(selectPrediction);
  const { selectTask } = useAppStore(useShallow(selectPlaybackActions));
  const found = useMemo(() => findCallouts(props.trace), [props.trace]);
  const queue = getStrategy(props.trace.scenario.strategy).queue;
  const callouts = useMemo<GanttCallout[]>(
    () =>
      found
        .filter((c) => showCallouts && !hidden.includes(c.kind))
        .map((c) => ({ kind: c.kind, time: c.time, end: c.end, label: calloutLabel(t, c, queue) })),
    [found, hidden, t, queue, showCallouts],
  );
  const key = scenarioKey(props.trace.scenario);
  const guess = useMemo<GanttGuess | null>(
    () =>
      prediction?.key === key && prediction.guessMs !== null
        ? { time: prediction.guessMs, label: tp('guessLabel', { time: formatMs(prediction.guessMs) }) }
        : null,
    [prediction, key, tp],
  );
  return (
    <GanttChart {...props} cursor={cursor} callouts={callouts} guess={guess} onSelectTask={selectTask} />
  );
}
