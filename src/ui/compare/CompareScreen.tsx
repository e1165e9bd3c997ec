import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useLang, useT } from '../../i18n';
import { runProblemText } from '../timeline/runProblemText';
import { compareMessages } from '../../i18n/messages/compare';
import {
  selectCompareEntries,
  selectCompareRun,
  selectCompareTraces,
  selectCompareWork,
  useAppStore,
} from '../../state';
import { timelineLegend, timelineParts } from '../export/timelineFigure';
import type { FigureSize } from '../export/types';
import { Panel } from '../panel/Panel';
import { formatDuration } from '../summary/format';
import type { GanttView } from '../gantt/layoutTypes';
import { FigureButtons } from './FigureButtons';
import type { AxisMode } from './MultiplesOptions';
import { useStrategyTitle } from './useStrategyTitle';
import { CompareSetup } from './CompareSetup';
import { CompareTable } from './CompareTable';
import { compareRows } from './figures';
import { MakespanBars } from './MakespanBars';
import { SmallMultiples } from './SmallMultiples';
import './compare.css';

/** The Compare screen: what is compared on the left, the figures and the timelines on the right. */
export function CompareScreen() {
  const t = useT(compareMessages);
  const entries = useAppStore(selectCompareEntries);
  const traces = useAppStore(selectCompareTraces);
  const work = useAppStore(selectCompareWork);
  const run = useAppStore(useShallow(selectCompareRun));
  const rows = compareRows(entries, traces, run.baselineMs);
  const done = rows.filter((r) => r.trace !== null).length;
  const lang = useLang();
  const title = useStrategyTitle();
  const [root, setRoot] = useState<HTMLElement | null>(null);
  const [view, setView] = useState<GanttView>('tasks');
  const [axis, setAxis] = useState<AxisMode>('shared');
  // The figure: the makespan bars, then every timeline, with the legend of task states. A slide leaves the bars
  // out (each timeline's heading states its makespan) so the timelines keep readable rows.
  const collect = (size: FigureSize) => {
    if (!root) return null;
    const bars = root.querySelector<SVGSVGElement>('.cmp-bars svg.recharts-surface');
    const multiples = root.querySelector('.cmp-multiples');
    const timelines = multiples ? timelineParts(multiples) : [];
    return {
      svgs: [
        ...(bars && size === 'screen' ? [{ svg: bars, label: t('barsTitle'), labelAbove: true }] : []),
        ...timelines,
      ],
      legend: multiples ? timelineLegend(multiples) : [],
      root: multiples instanceof HTMLElement ? multiples : undefined,
      // On a wide slide whole timelines sit two by two: stacked, three would leave no room for type at 22 px. A
      // scrolled one (its rows under a sticky axis, two parts) stays stacked.
      columns: size === 'slide-16-9' && timelines.every((p) => !p.joined) ? 2 : 1,
    };
  };
  const figure = (
    <FigureButtons
      title={t('figureTitle', { list: rows.map((r) => title(r.strategy)).join(' · ') })}
      caption={t('figureCaption', {
        tasks: work.tasks,
        latency: formatDuration(work.latencyMs, lang),
        cpu: formatDuration(work.cpuMs, lang),
        seed: 1,
      })}
      fileName={`awaitline-compare-${work.tasks}x${Math.round(work.latencyMs)}ms`}
      collect={collect}
      disabled={run.status === 'running' || done < rows.length}
    />
  );
  return (
    <div className="cmp-screen" data-compare-status={run.status}>
      <aside className="cmp-side">
        <CompareSetup />
      </aside>
      <main className="cmp-main" ref={setRoot}>
        <Panel
          title={t('resultsTitle')}
          className="cmp-results"
          actions={
            run.status === 'running' ? (
              <span className="cmp-status" role="status">
                {t('simulating', { done, total: rows.length })}
              </span>
            ) : (
              figure
            )
          }
        >
          {run.status === 'error' && run.error && (
            <p className="cmp-error" role="alert">
              {t('failed', { message: runProblemText(run.error, lang) })}
            </p>
          )}
          <div className="cmp-results-grid" data-stale={run.status === 'running' ? 'true' : undefined}>
            <CompareTable rows={rows} tasks={work.tasks} />
            <MakespanBars rows={rows} />
          </div>
        </Panel>
        <Panel
          title={t(axis === 'shared' ? 'timelinesTitle' : 'timelinesTitleOwn')}
          className="cmp-timelines"
        >
          <SmallMultiples rows={rows} view={view} onView={setView} axis={axis} onAxis={setAxis} />
        </Panel>
      </main>
    </div>
  );
}
