import { useCallback } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../i18n';
import { traceIoMessages } from '../../i18n/messages/traceIo';
import { selectImportActions, useAppStore } from '../../state';
import { checkTraceFileSize } from '../../trace/readTraceFile';
import { importProblemText } from './importProblemText';
import { useTraceFileReader } from './traceFileReading';

/**
 * Opens a trace file: refused by size before it is read, then read, told apart (Awaitline or Chrome JSON) and
 * validated by the app's reader (a worker: the page stays responsive). A good trace is shown as imported; a bad
 * one, or a reader that fails, leaves everything as it was and says why. A newer file replaces one being read.
 */
export function useTraceFileOpen(): (files: readonly File[]) => Promise<void> {
  const t = useT(traceIoMessages);
  const read = useTraceFileReader();
  const { importTrace, refuseImport, setImportReading } = useAppStore(useShallow(selectImportActions));
  return useCallback(
    async (files: readonly File[]) => {
      const file = files[0];
      if (!file) return;
      if (files.length > 1) return refuseImport(files.map((f) => f.name).join(', '), t('oneFile'));
      const tooBig = checkTraceFileSize(file.size);
      if (tooBig) return refuseImport(file.name, tooBig);
      setImportReading(file.name);
      const outcome = await read(file);
      if (outcome === null) return; // a newer file replaced this one; it says what happened
      if (!outcome.ok) return refuseImport(file.name, importProblemText(outcome.problem, t));
      importTrace({ trace: outcome.trace, fileName: file.name, format: outcome.format });
    },
    [t, read, importTrace, refuseImport, setImportReading],
  );
}
