import { useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
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
  const imported = useAppStore(selectImported);
  const comparing = useAppStore(selectCompareWithSim) && imported !== null;
  const body = useRef<HTMLDivElement>(null);
  const tio = useT(traceIoMessages);
  const { setDomain } = useAppStore(useShallow(selectViewActions));
  const ganttHeight = useGanttHeight();
  const presenting = useAppStore(selectPresenting);
  const stale = useAppStore(selectWorkerBusy);
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
        <div ref={body} className="timeline-body" data-stale={stale ? 'true' : undefined}>
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
          <GanttLegend view={view} />
        </div>
      ) : (
        <p className="muted">{t('simulating')}</p>
      )}
    </Panel>
  );
}
