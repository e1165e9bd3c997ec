import { useState } from 'react';
import { useT } from '../../i18n';
import { traceIoMessages } from '../../i18n/messages/traceIo';
import type { Trace } from '../../trace/types';
import { ExportDialog } from './ExportDialog';

/** The timeline's "Export" button; the dialog is mounted only while open. */
export function ExportButton(props: {
  readonly trace: Trace | null;
  readonly getRoot: () => HTMLElement | null;
  readonly fileSuffix?: string;
}) {
  const t = useT(traceIoMessages);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button"
        aria-haspopup="dialog"
        disabled={props.trace === null}
        onClick={() => setOpen(true)}
      >
        {t('export')}
      </button>
      {open && props.trace && (
        <ExportDialog
          trace={props.trace}
          getRoot={props.getRoot}
          fileSuffix={props.fileSuffix}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
