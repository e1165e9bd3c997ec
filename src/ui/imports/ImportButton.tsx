import { memo, useRef } from 'react';
import { useT } from '../../i18n';
import { traceIoMessages } from '../../i18n/messages/traceIo';
import { useTraceFileOpen } from './useTraceFileOpen';

/** "Open trace…": a button over a hidden file input (JSON files). */
export const ImportButton = memo(function ImportButton() {
  const t = useT(traceIoMessages);
  const input = useRef<HTMLInputElement>(null);
  const open = useTraceFileOpen();
  return (
    <>
      <button type="button" className="button" title={t('openHint')} onClick={() => input.current?.click()}>
        {t('open')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t('openHint')}
        data-testid="trace-file-input"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = ''; // The same file can be picked again after a fix.
          void open(files);
        }}
      />
    </>
  );
});
