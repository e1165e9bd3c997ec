import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../i18n';
import { isolate } from '../../i18n/bidi';
import { BidiText } from '../../i18n/BidiText';
import { traceIoMessages } from '../../i18n/messages/traceIo';
import {
  selectCompareWithSim,
  selectImportActions,
  selectImported,
  selectImportNotice,
  selectImportReading,
  useAppStore,
} from '../../state';
import './imports.css';

/** What the timeline says about imports: a refused file, a replaced import, or the imported trace on show. */
export const ImportBanner = memo(function ImportBanner() {
  const t = useT(traceIoMessages);
  const imported = useAppStore(selectImported);
  const notice = useAppStore(selectImportNotice);
  const reading = useAppStore(selectImportReading);
  const compare = useAppStore(selectCompareWithSim);
  const { closeImported, dismissImportNotice, setCompareWithSim } = useAppStore(
    useShallow(selectImportActions),
  );
  return (
    <>
      {reading && (
        <p className="import-reading" role="status" data-testid="import-reading">
          <BidiText text={t('reading', { file: isolate(reading) })} />
        </p>
      )}
      {notice && (
        <div
          className={`import-notice import-notice--${notice.kind}`}
          role={notice.kind === 'refused' ? 'alert' : 'status'}
        >
          <p>
            {/* A file's name and what the checks quote from it are isolated: neither can reverse the sentence. */}
            <BidiText
              text={
                notice.kind === 'refused'
                  ? t('refused', { file: isolate(notice.fileName), reason: isolate(notice.reason) })
                  : t('replaced', { file: isolate(notice.fileName) })
              }
            />
          </p>
          <button type="button" className="button" onClick={dismissImportNotice}>
            {t('dismiss')}
          </button>
        </div>
      )}
      {imported && (
        <div className="import-banner" data-testid="import-banner">
          <p className="import-banner__name">
            <strong>
              <BidiText text={t('importedBanner', { file: isolate(imported.fileName) })} />
            </strong>
            <span className="import-banner__engine">
              {t('engine', {
                engine: t(
                  imported.trace.engine === 'sim'
                    ? 'engineSim'
                    : imported.trace.engine === 'python'
                      ? 'enginePython'
                      : 'engineLive',
                ),
              })}{' '}
              · {imported.format === 'chrome' ? 'Chrome JSON' : 'Awaitline JSON'}
            </span>
          </p>
          <label className="import-banner__toggle">
            <input type="checkbox" checked={compare} onChange={(e) => setCompareWithSim(e.target.checked)} />
            {t('compareWithSim')}
          </label>
          <button type="button" className="button" onClick={() => closeImported()}>
            {t('backToSim')}
          </button>
        </div>
      )}
    </>
  );
});
