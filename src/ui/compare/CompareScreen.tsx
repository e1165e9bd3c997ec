import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../i18n';
import { compareMessages } from '../../i18n/messages/compare';
import { selectCompareEntries, selectCompareRun, selectCompareTraces, selectCompareWork, useAppStore } from '../../state';
import { Panel } from '../panel/Panel';
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
  return (
    <div className="cmp-screen" data-compare-status={run.status}>
      <aside className="cmp-side">
        <CompareSetup />
      </aside>
      <main className="cmp-main">
        <Panel
          title={t('resultsTitle')}
          className="cmp-results"
          actions={
            run.status === 'running' ? (
              <span className="cmp-status" role="status">
                {t('simulating', { done, total: rows.length })}
              </span>
            ) : undefined
          }
        >
          {run.status === 'error' && run.error && (
            <p className="cmp-error" role="alert">
              {t('failed', { message: run.error })}
            </p>
          )}
          <div className="cmp-results-grid" data-stale={run.status === 'running' ? 'true' : undefined}>
            <CompareTable rows={rows} tasks={work.tasks} />
            <MakespanBars rows={rows} />
          </div>
        </Panel>
        <Panel title={t('timelinesTitle')} className="cmp-timelines">
          <SmallMultiples rows={rows} />
        </Panel>
      </main>
    </div>
  );
}
