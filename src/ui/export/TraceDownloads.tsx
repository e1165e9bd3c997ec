import { useT } from '../../i18n';
import { traceIoMessages } from '../../i18n/messages/traceIo';
import { toChromeTrace } from '../../trace/chromeTrace';
import type { Trace } from '../../trace/types';
import { figureFileName } from './caption';
import { saveBlob } from './exportFigure';

const json = (value: unknown) => new Blob([JSON.stringify(value)], { type: 'application/json' });

/** Download the trace on screen as Awaitline JSON (read back by `parseTrace`) or as a Chrome trace. */
export function TraceDownloads({
  trace,
  fileSuffix = '',
}: {
  readonly trace: Trace;
  readonly fileSuffix?: string;
}) {
  const t = useT(traceIoMessages);
  const name = (suffix: string) =>
    figureFileName(trace.scenario, 'json', [fileSuffix, suffix].filter(Boolean).join('-'));
  return (
    <section className="export-section" aria-labelledby="export-trace-title">
      <h3 id="export-trace-title">{t('traceFile')}</h3>
      <div className="export-downloads">
        <button
          type="button"
          className="button"
          aria-describedby="export-json-hint"
          onClick={() => saveBlob(json(trace), name('trace'))}
        >
          {t('traceJson')}
        </button>
        <span id="export-json-hint" className="export-hint">
          {t('traceJsonHint')}
        </span>
        <button
          type="button"
          className="button"
          aria-describedby="export-chrome-hint"
          onClick={() => saveBlob(json(toChromeTrace(trace)), name('chrome-trace'))}
        >
          {t('chromeJson')}
        </button>
        <span id="export-chrome-hint" className="export-hint">
          {t('chromeJsonHint')}
        </span>
      </div>
    </section>
  );
}
