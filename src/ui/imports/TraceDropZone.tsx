import { useEffect, useState } from 'react';
import { useT } from '../../i18n';
import { traceIoMessages } from '../../i18n/messages/traceIo';
import { replaceImportedOnEdit, useAppStore } from '../../state';
import { useTraceFileOpen } from './useTraceFileOpen';
import './imports.css';

const carriesFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

/**
 * Lets a trace file be dropped anywhere on the page, with an overlay while one is dragged over it. Also keeps
 * the imported trace until the user changes the scenario (then says it was replaced by a simulation).
 */
export function TraceDropZone() {
  const t = useT(traceIoMessages);
  const open = useTraceFileOpen();
  const [over, setOver] = useState(false);

  useEffect(() => replaceImportedOnEdit(useAppStore), []);

  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth += 1;
      setOver(true);
    };
    const overPage = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault(); // Without it the browser opens the file itself, leaving the app.
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const leave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const drop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      void open([...(e.dataTransfer?.files ?? [])]);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', overPage);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', overPage);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [open]);

  if (!over) return null;
  return (
    <div className="trace-drop" role="presentation">
      <div className="trace-drop__card">
        <p className="trace-drop__title">{t('dropHere')}</p>
        <p className="trace-drop__sub">{t('dropSub')}</p>
      </div>
    </div>
  );
}
