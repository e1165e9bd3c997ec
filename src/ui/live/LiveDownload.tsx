import { useId } from 'react';
import { useT } from '../../i18n';
import { liveMessages } from '../../i18n/messages/live';
import type { Trace } from '../../trace/types';
import { figureFileName } from '../export/caption';
import { saveBlob } from '../export/exportFigure';

/** Saves the live trace as Awaitline JSON (engine `live`), which "Open trace…" reads back. */
export function LiveDownload({ trace }: { readonly trace: Trace }) {
  const t = useT(liveMessages);
  const id = useId();
  const save = () =>
    saveBlob(
      new Blob([JSON.stringify(trace)], { type: 'application/json' }),
      figureFileName(trace.scenario, 'json', 'live-trace'),
    );
  return (
    <div className="live-download">
      <button
        type="button"
        className="button"
        aria-describedby={id}
        onClick={save}
        data-testid="live-download"
      >
        {t('download')}
      </button>
      <span id={id} className="param-help">
        {t('downloadHint')}
      </span>
    </div>
  );
}
