import { useDocumentLang, useT } from '../i18n';
import { headerMessages } from '../i18n/messages/header';
import { pickerMessages } from '../i18n/messages/picker';
import { ParamControls } from '../ui/controls/ParamControls';
import { ExplanationPanel } from '../ui/explain/ExplanationPanel';
import { Header } from '../ui/header/Header';
import { Panel } from '../ui/panel/Panel';
import { StrategyPicker } from '../ui/picker/StrategyPicker';
import { SummaryPanel } from '../ui/summary/SummaryPanel';
import { TimelinePanel } from '../ui/timeline/TimelinePanel';
import { PythonStatePanel } from '../ui/playback/PythonStatePanel';
import { ChapterBar } from '../ui/path/ChapterBar';
import { StartPath } from '../ui/path/StartPath';
import { IdleRoot } from './IdleRoot';
import { TraceDropZone } from '../ui/imports/TraceDropZone';
import { TraceFileReaderContext } from '../ui/imports/traceFileReading';
import { useImportReader } from './imports/useImportReader';
import { ScreenHost } from './ScreenHost';
import { selectTab, useAppStore } from '../state';
import { TAB_PANEL_ID, TabBar, tabId } from '../ui/header/TabBar';
import { LinkNotices } from '../ui/share/LinkNotices';
import { PresentBar } from '../ui/present/PresentBar';
import { usePresentation } from '../ui/present/usePresentation';
import { useDocumentTheme } from './theme';
import { useAutoRun } from './useAutoRun';
import { LazyProgramHost } from './python/lazyProgram';
import './layout.css';

/**
 * The explorer: strategies on the left; the work, the figures, the timeline and the explanation on the right.
 * The root says when it is idle (`data-idle`) for tests and screenshot tools.
 */
export function App() {
  useAutoRun();
  useDocumentTheme();
  usePresentation();
  useDocumentLang();
  const t = useT(headerMessages);
  const tp = useT(pickerMessages);
  const tab = useAppStore(selectTab);
  const readTraceFile = useImportReader();
  return (
    <TraceFileReaderContext value={readTraceFile}>
      <IdleRoot className="app">
        <a className="skip-link" href="#timeline">
          {t('skipToTimeline')}
        </a>
        <Header />
        <TabBar />
        <PresentBar />
        {tab !== 'explore' ? (
          <div id={TAB_PANEL_ID} role="tabpanel" aria-labelledby={tabId(tab)}>
            <ScreenHost tab={tab} />
          </div>
        ) : (
          <div className="app-body" id={TAB_PANEL_ID} role="tabpanel" aria-labelledby={tabId('explore')}>
            <aside className="app-sidebar">
              <Panel title={tp('panelTitle')} hideTitle className="picker-panel">
                <StartPath />
                <StrategyPicker />
              </Panel>
            </aside>
            <main className="app-main">
              <LinkNotices />
              <ChapterBar />
              <ParamControls />
              <SummaryPanel />
              <div id="timeline" tabIndex={-1} className="timeline-anchor">
                <TimelinePanel />
              </div>
              <PythonStatePanel />
              <ExplanationPanel code={<LazyProgramHost />} />
            </main>
          </div>
        )}
        <TraceDropZone />
      </IdleRoot>
    </TraceFileReaderContext>
  );
}
