import { memo, useRef, type ReactNode, type Ref } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Trace } from '../../trace/types';
import { useLang, useT } from '../../i18n';
import { timelineMessages } from '../../i18n/messages/timeline';
import { getStrategy } from '../../strategies';
import { strategyText } from '../../strategies/i18n';
import {
  selectCompareWithSim,
  selectDomain,
  selectGanttView,
  selectImported,
  selectPresenting,
  selectViewActions,
  selectWorkerBusy,
  useAppStore,
  useShownTrace,
  type GanttView,
  type TimeDomain,
} from '../../state';
import { traceIoMessages } from '../../i18n/messages/traceIo';
import { ExportButton } from '../export/ExportButton';
import { ImportBanner } from '../imports/ImportBanner';
import { ImportButton } from '../imports/ImportButton';
import { ImportCompare } from '../imports/ImportCompare';
import { useSharedDomain } from '../imports/sharedDomain';
import { CompanionCursor } from '../playback/CompanionCursor';
import { CursorGantt } from '../playback/CursorGantt';
import { PlaybackControls } from '../playback/PlaybackControls';
import { PredictGate } from '../playback/PredictGate';
import { GanttLegend } from '../gantt/GanttLegend';
import { Boundary } from '../panel/Boundary';
import { Panel } from '../panel/Panel';
import { CompanionCharts } from './CompanionCharts';
import { RunError, RunProgress } from './RunStatus';
import { synopsis } from './synopsis';
import { useGanttHeight } from './useGanttHeight';
import { ViewToggle } from './ViewToggle';
import './timeline.css';

/**
 * The drawing of the current run: the Gantt (by task or by lane, zoomable), the in-flight and busy-lane charts
 * on the same time axis (and zoom), then the legend under both. It shows the last completed trace, so an edit in progress or a failed
 * run never blanks it.
 */
export function TimelinePanel() {
  const trace = useShownTrace();
  const view = useAppStore(selectGanttView);
  const domain = useSharedDomain(useAppStore(selectDomain));
  const imported = useAppStore(selectImported) !== null;
  const comparing = useAppStore(selectCompareWithSim) && imported;
  const ganttHeight = useGanttHeight();
  const presenting = useAppStore(selectPresenting);
  return (
    <TimelineView
      trace={trace}
      view={view}
      domain={domain}
      imported={imported}
      comparing={comparing}
      ganttHeight={ganttHeight}
      presenting={presenting}
    />
  );
}

/**
 * The body of the panel, marked stale while a run in the worker is on its way. It reads that flag itself, so the
 * flag flipping at the start and end of a large run re-renders this element only, not the Gantt and charts
 * inside it (its children are the same elements until the trace changes).
 */
function TimelineBody({
  ref,
  children,
}: {
  readonly ref: Ref<HTMLDivElement>;
  readonly children: ReactNode;
}) {
  const stale = useAppStore(selectWorkerBusy);
  return (
    <div ref={ref} className="timeline-body" data-stale={stale ? 'true' : undefined}>
      {children}
    </div>
  );
}

interface TimelineViewProps {
  readonly trace: Trace | null;
  readonly view: GanttView;
  readonly domain: TimeDomain | null;
  readonly imported: boolean;
  readonly comparing: boolean;
  readonly ganttHeight: number;
  readonly presenting: boolean;
}

/**
 * The panel itself, memoised on what it draws: a new trace reaches it through a deferred render, and the urgent
 * render of each slider step (the same trace) then stops here instead of re-rendering the Gantt's controls,
 * the playback bar and the buttons.
 */
const TimelineView = memo(function TimelineView(props: TimelineViewProps) {
  const { trace, view, domain, imported, comparing, ganttHeight, presenting } = props;
  const body = useRef<HTMLDivElement>(null);
  const tio = useT(traceIoMessages);
  const { setDomain } = useAppStore(useShallow(selectViewActions));
  const lang = useLang();
  const t = useT(timelineMessages);
  const heading = trace ? (
    <>
      <span className="timeline-strategy">
        {strategyText(getStrategy(trace.scenario.strategy), lang).title}
      </span>
      <span className="timeline-synopsis">{synopsis(trace.scenario, lang)}</span>
    </>
  ) : (
    t('panelTitle')
  );
  return (
    <Panel
      title={t('panelTitle')}
      heading={heading}
      className="timeline-panel"
      resetKeys={[trace, view]}
      actions={
        <>
          <ViewToggle />
          <ImportButton />
          <ExportButton
            trace={trace}
            getRoot={() => body.current}
            fileSuffix={imported ? (comparing ? 'imported-vs-sim' : 'imported') : ''}
          />
        </>
      }
    >
      <ImportBanner />
      <RunError />
      {trace ? (
        <TimelineBody ref={body}>
          <RunProgress />
          <PlaybackControls trace={trace} />
          <PredictGate trace={trace}>
            <Boundary name={t('ganttChart')} resetKeys={[trace, view, domain]}>
              <div data-figure-label={comparing ? tio('importedLabel') : undefined}>
                <CursorGantt
                  trace={trace}
                  view={view}
                  domain={domain}
                  onDomainChange={setDomain}
                  height={ganttHeight}
                  fill={presenting}
                  legend={false}
                />
              </div>
              <ImportCompare view={view} domain={domain} onDomainChange={setDomain} height={ganttHeight} />
            </Boundary>
            <Boundary name={t('companionCharts')} resetKeys={[trace, domain]}>
              <div className="companion-stack">
                <CompanionCharts trace={trace} domain={domain} />
                <CompanionCursor trace={trace} />
              </div>
            </Boundary>
          </PredictGate>
          <GanttLegend view={view} queue={getStrategy(trace.scenario.strategy).queue} />
        </TimelineBody>
      ) : (
        <p className="muted">{t('simulating')}</p>
      )}
    </Panel>
  );
});
