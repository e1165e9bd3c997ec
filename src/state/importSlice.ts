import type { Trace } from '../trace/types';
import type { TraceFileFormat } from '../trace/readTraceFile';
import type { AppState, SliceCreator } from './types';
import { cursorInto } from './playbackSlice';

/** A trace read from a file: shown instead of the simulation until the user changes the scenario. */
export interface ImportedTrace {
  readonly trace: Trace;
  readonly fileName: string;
  readonly format: TraceFileFormat;
}

/** What the import area says: a refusal (the file and why) or that the imported trace was replaced. */
export type ImportNotice =
  | { readonly kind: 'refused'; readonly fileName: string; readonly reason: string }
  | { readonly kind: 'replaced'; readonly fileName: string };

export interface ImportSlice {
  readonly imported: ImportedTrace | null;
  readonly importNotice: ImportNotice | null;
  /** The file being read and checked (off the page's thread), or null. */
  readonly importReading: string | null;
  /** Stack the simulation of the imported trace's scenario under it, on a shared time axis. */
  readonly compareWithSim: boolean;
  /** Shows `trace` and loads its scenario (so the simulation of the same scenario runs for comparison). */
  readonly importTrace: (imported: ImportedTrace) => void;
  /** A file is being read: says so until it is imported or refused. */
  readonly setImportReading: (fileName: string) => void;
  /** A file was refused: says why, and changes nothing else. */
  readonly refuseImport: (fileName: string, reason: string) => void;
  /** Back to the simulation; `replaced` says so in a notice (the user changed a parameter). */
  readonly closeImported: (replaced?: boolean) => void;
  readonly dismissImportNotice: () => void;
  readonly setCompareWithSim: (on: boolean) => void;
}

export const createImportSlice: SliceCreator<ImportSlice> = (set, get) => ({
  imported: null,
  importNotice: null,
  importReading: null,
  compareWithSim: false,
  importTrace: (imported) => {
    // The scenario first: the run it starts is the simulation to compare with; then the imported trace.
    get().loadScenario(imported.trace.scenario);
    set({
      imported,
      importNotice: null,
      importReading: null,
      domain: null,
      ...cursorInto(get(), imported.trace),
    });
  },
  setImportReading: (importReading) => set({ importReading, importNotice: null }),
  refuseImport: (fileName, reason) =>
    set({ importNotice: { kind: 'refused', fileName, reason }, importReading: null }),
  closeImported: (replaced = false) => {
    const { imported } = get();
    if (!imported) return;
    set({
      imported: null,
      compareWithSim: false,
      domain: null,
      ...cursorInto(get(), get().trace),
      importNotice: replaced ? { kind: 'replaced', fileName: imported.fileName } : null,
    });
  },
  dismissImportNotice: () => set({ importNotice: null }),
  setCompareWithSim: (compareWithSim) => set({ compareWithSim }),
});

/** The trace on screen: the imported one while there is one, else the last simulated run. */
export const selectShownTrace = (s: AppState) => s.imported?.trace ?? s.trace;
export const selectImported = (s: AppState) => s.imported;
export const selectImportNotice = (s: AppState) => s.importNotice;
export const selectImportReading = (s: AppState) => s.importReading;
export const selectCompareWithSim = (s: AppState) => s.compareWithSim;
export const selectImportActions = (s: AppState) => ({
  importTrace: s.importTrace,
  refuseImport: s.refuseImport,
  setImportReading: s.setImportReading,
  closeImported: s.closeImported,
  dismissImportNotice: s.dismissImportNotice,
  setCompareWithSim: s.setCompareWithSim,
});

/**
 * Drops the imported trace, with a notice, when the scenario changes for any other reason than the import
 * itself (the user edited a parameter, picked a strategy, opened a link). Returns the unsubscribe function.
 */
export function replaceImportedOnEdit(store: {
  subscribe: (l: (s: AppState, p: AppState) => void) => () => void;
  getState: () => AppState;
}): () => void {
  return store.subscribe((state, previous) => {
    if (state.imported && state.imported === previous.imported && state.scenario !== previous.scenario) {
      state.closeImported(true);
    }
  });
}
