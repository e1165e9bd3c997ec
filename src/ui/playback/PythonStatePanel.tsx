import { useDeferredValue, useMemo } from 'react';
import { useOnScreen } from '../panel/useOnScreen';
import { useShallow } from 'zustand/react/shallow';
import { useLang, useT } from '../../i18n';
import { isolate, stripBidi } from '../../i18n/bidi';
import { BidiText } from '../../i18n/BidiText';
import { pythonStateMessages } from '../../i18n/messages/pythonState';
import { queueMessages } from '../../i18n/messages/queue';
import {
  selectCursor,
  selectPlaybackActions,
  selectSelectedTask,
  useAppStore,
  useShownTrace,
} from '../../state';
import { getStrategy } from '../../strategies';
import { pythonStateAt } from '../../trace/pythonState';
import { segmentAt } from '../../trace/stateAt';
import type { TaskState, Trace } from '../../trace/types';
import { formatMs } from '../gantt/format';
import { localLabel } from '../gantt/traceLabel';
import { Panel } from '../panel/Panel';
import { followedCallback, followedTask } from './followedTask';
import { ProcessView } from './ProcessView';
import { sourceLineOf, traceProgram } from './sourceLine';
import { SourceExcerpt } from './SourceExcerpt';
import './playback.css';

/** At most this many processes listed; the rest are counted. */
const PROCESSES_SHOWN = 6;

type LineState = 'running' | 'ready' | 'suspended' | 'blocked' | 'queued';
const isLineState = (s: TaskState): s is LineState => s !== 'done' && s !== 'failed';

/** "What Python is doing" at the playback cursor, for the trace on screen. */
export function PythonStatePanel() {
  const trace = useShownTrace();
  const t = useT(pythonStateMessages);
  return (
    <Panel title={t('panelTitle')} className="python-state-panel" resetKeys={[trace]}>
      {trace ? <PythonStateBody trace={trace} /> : null}
    </Panel>
  );
}

/** The panel's content for one trace; re-renders when the cursor or the selection moves. */
export function PythonStateBody({ trace }: { readonly trace: Trace }) {
  const t = useT(pythonStateMessages);
  const q = useT(queueMessages);
  const lang = useLang();
  // Off screen (the chart in view), the panel follows the cursor in a render of its own after the frame that
  // moves the cursor line: a scrub step then renders the cursor only (issue 16).
  const [host, onScreen] = useOnScreen<HTMLElement>();
  const now = useAppStore(selectCursor);
  const later = useDeferredValue(now);
  const cursor = onScreen ? now : later;
  const selected = useAppStore(selectSelectedTask);
  const { selectTask } = useAppStore(useShallow(selectPlaybackActions));
  const state = useMemo(() => (cursor === null ? null : pythonStateAt(trace, cursor)), [trace, cursor]);
  if (state === null || cursor === null)
    return (
      <p ref={host} className="py-hint">
        {t('panelHint')}
      </p>
    );
  const strategy = getStrategy(trace.scenario.strategy);
  const program = traceProgram(trace);
  const followed = followedTask(state, selected);
  const task =
    followed === null
      ? undefined
      : followed.at !== null
        ? trace.tasks[followed.at.index]
        : trace.tasks.find((x) => x.id === followed.id);
  // The task's label is trace text: in the reader's words, isolated in the sentences below (rendered with BidiText).
  const label = isolate(task ? localLabel(task.label, lang) : (followed?.id ?? ''));
  let line: number | null = null;
  let note = t('sourceNone');
  if (followed !== null && task !== undefined) {
    const seg = followed.at ?? segmentAt(task, cursor);
    const at = seg && { state: seg.state, since: 'since' in seg ? seg.since : seg.start };
    if (seg === null) note = t('sourceNotStarted', { task: label });
    else if (!isLineState(seg.state)) note = t('sourceDone', { task: label });
    else if (task.role === 'main' && seg.state === 'suspended') {
      line = at && sourceLineOf(trace, task, at);
      note = t('sourceMain', { task: label });
    } else {
      line = at && sourceLineOf(trace, task, at);
      note =
        seg.state === 'queued' && strategy.queue
          ? t('sourceQueued', { task: label, waiting: q(strategy.queue) })
          : t('sourceFor', { task: label, state: t(`state-${seg.state}`) });
    }
  }
  const callback = followedCallback(state, selected);
  if (callback !== null) {
    // The loop runs a done-callback: its body is the line of Python running now (the task itself is done).
    line = strategy.lines?.callback ?? null;
    note = callback.label === null ? t('sourceCallbackAnon') : t('sourceCallback', { task: callback.label });
  }
  const shown = state.processes.filter(
    (p) => p.runners.length > 0 || p.queued.length > 0 || p.inFlight.length > 0 || p.startingUp,
  );
  return (
    <div ref={host} className="py-state" data-time={cursor}>
      <div className="py-state__processes">
        <p className="py-state__at">{t('panelAt', { time: formatMs(cursor) })}</p>
        {shown.slice(0, PROCESSES_SHOWN).map((p) => (
          <ProcessView
            key={p.lane.id}
            process={p}
            queue={strategy.queue}
            selected={followed?.id ?? null}
            onSelect={selectTask}
          />
        ))}
        {shown.length > PROCESSES_SHOWN && (
          <p className="py-chips__more">{t('more', { count: shown.length - PROCESSES_SHOWN })}</p>
        )}
      </div>
      <div className="py-state__source">
        <p className="py-state__note">
          <BidiText text={note} />
        </p>
        <SourceExcerpt code={program} line={line} label={`${t('source')}: ${stripBidi(note)}`} />
      </div>
    </div>
  );
}
