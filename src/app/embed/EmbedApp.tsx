import { useShallow } from 'zustand/react/shallow';
import { useDocumentLang } from '../../i18n';
import { useLang, useT } from '../../i18n/useT';
import { getStrategy } from '../../strategies';
import { strategyText } from '../../strategies/i18n';
import {
  selectDomain,
  selectEmbed,
  selectGanttView,
  selectViewActions,
  useAppStore,
  useCurrentFigures,
  useShownTrace,
} from '../../state';
import { GanttChart } from '../../ui/gantt/GanttChart';
import { CursorGantt } from '../../ui/playback/CursorGantt';
import { PlaybackControls } from '../../ui/playback/PlaybackControls';
import { PythonStatePanel } from '../../ui/playback/PythonStatePanel';
import { EmbedChapter } from './EmbedChapter';
import { useStartStep } from './useStartStep';
import { GanttLegend } from '../../ui/gantt/GanttLegend';
import { embedMessages } from '../../ui/embed/messages';
import { timelineMessages } from '../../i18n/messages/timeline';
import { Boundary } from '../../ui/panel/Boundary';
import { LinkNotices } from '../../ui/share/LinkNotices';
import { statsOf } from '../../ui/summary/SummaryPanel';
import { RunError } from '../../ui/timeline/RunStatus';
import { synopsis } from '../../ui/timeline/synopsis';
import { IdleRoot } from '../IdleRoot';
import { useDocumentTheme } from '../theme';
import { useAutoRun } from '../useAutoRun';
import { linkFor } from '../../state/link/registry';
import { EmbedControls } from './EmbedControls';
import { useReportHeight } from './useReportHeight';
import './embedApp.css';

/** The Gantt's largest height in an embed (more rows scroll inside it): fits a course page without a wall. */
const EMBED_GANTT_HEIGHT = 420;
/** Headline figures in the summary line: makespan, throughput, peak in flight, speed-up. */
const SUMMARY_FIGURES = [0, 1, 4, 6];

function SummaryLine() {
  const figures = useCurrentFigures();
  const lang = useLang();
  if (!figures) return null;
  const stats = statsOf(figures, lang);
  return (
    <p className="embed-summary" data-embed-summary="">
      {SUMMARY_FIGURES.map((i) => stats[i])
        .filter(Boolean)
        .map((s) => (
          <span
            key={s.label}
            className="embed-figure"
            data-raw={s.raw === undefined ? undefined : String(s.raw)}
          >
            <span className="embed-figure-label">{s.label}</span> <strong>{s.value}</strong>
          </span>
        ))}
    </p>
  );
}

/** "Open in Awaitline": the full app on the same scenario, in a new tab (the embed's own keys left out). */
function OpenFull() {
  const t = useT(embedMessages);
  const href = useAppStore((s) => `${window.location.pathname}${linkFor(s, ['embed', 'controls'])}`);
  return (
    <a className="embed-open" href={href} target="_blank" rel="noopener">
      {t('openFull')} <span aria-hidden="true">↗</span>
    </a>
  );
}

/**
 * The embed route (`?embed=1`): the chosen controls, a one-line summary, the Gantt and its legend, and a link
 * to the full app. It reports its height to the parent page so the iframe can fit it.
 */
export function EmbedApp() {
  useAutoRun();
  useDocumentTheme();
  useDocumentLang();
  useReportHeight();
  const embed = useAppStore(selectEmbed);
  const view = useAppStore(selectGanttView);
  const domain = useAppStore(selectDomain);
  const { setDomain } = useAppStore(useShallow(selectViewActions));
  const trace = useShownTrace();
  const lang = useLang();
  const tt = useT(timelineMessages);
  const parts = embed?.parts ?? [];
  const playback = parts.includes('playback') || embed?.step !== undefined;
  const callouts = embed?.callouts !== false;
  useStartStep(trace, embed?.step);
  // The same view, window and height whether the chart steps through the run or shows all of it.
  const chart = { view, domain, onDomainChange: setDomain, height: EMBED_GANTT_HEIGHT };
  return (
    <IdleRoot className="embed" screen="explore">
      <LinkNotices />
      <EmbedControls names={embed?.controls ?? []} />
      <div className="embed-head">
        <h1 className="embed-title">
          {trace ? strategyText(getStrategy(trace.scenario.strategy), lang).title : 'Awaitline'}
          {trace && <span className="embed-synopsis">{synopsis(trace.scenario, lang)}</span>}
        </h1>
        <OpenFull />
      </div>
      <EmbedChapter />
      <SummaryLine />
      <RunError />
      {trace ? (
        <Boundary name={tt('ganttChart')} resetKeys={[trace, view, domain]}>
          {playback && <PlaybackControls trace={trace} />}
          {playback ? (
            <CursorGantt {...chart} trace={trace} showCallouts={callouts} />
          ) : (
            <GanttChart {...chart} trace={trace} callouts={callouts ? undefined : []} />
          )}
          <GanttLegend view={view} />
        </Boundary>
      ) : (
        <p className="muted embed-wait">…</p>
      )}
      {parts.includes('panel') && <PythonStatePanel />}
    </IdleRoot>
  );
}
