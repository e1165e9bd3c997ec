import { useCallback } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../i18n';
import { traceIoMessages } from '../../i18n/messages/traceIo';
import { selectImportActions, useAppStore } from '../../state';
import { checkTraceFileSize, readTraceFile } from '../../trace/readTraceFile';

/**
 * Opens a trace file: refused by size before it is read, then read, told apart (Awaitline or Chrome JSON) and
 * validated. A good trace is shown as imported; a bad one leaves everything as it was and says why.
 */
export function useTraceFileOpen(): (files: readonly File[]) => Promise<void> {
  const t = useT(traceIoMessages);
  const { importTrace, refuseImport } = useAppStore(useShallow(selectImportActions));
  return useCallback(
    async (files: readonly File[]) => {
      const file = files[0];
      if (!file) return;
      if (files.length > 1) return refuseImport(files.map((f) => f.name).join(', '), t('oneFile'));
      const tooBig = checkTraceFileSize(file.size);
      if (tooBig) return refuseImport(file.name, tooBig);
      let text: string;
      try {
        text = await file.text();
      } catch (e) {
        return refuseImport(
          file.name,
          t('unreadable', { reason: e instanceof Error ? e.message : String(e) }),
        );
      }
      const result = readTraceFile(text);
      if (!result.ok) return refuseImport(file.name, result.error);
      importTrace({ trace: result.trace, fileName: file.name, format: result.format });
    },
    [t, importTrace, refuseImport],
  );
}
