/**
 * Summaries of large traces computed in a worker, in parallel with the page drawing them (two cores: the page
 * unpacks and renders the Gantt while the worker summarises the same columns, which the message copies). One
 * job at a time, latest wins (`JobWorker`). A replaced job, a failed worker or no workers at all (unit tests)
 * answer null, and the page computes the figures itself (state/lateFigures).
 */
import type { PendingSummary } from '../../state/lateFigures';
import type { TraceColumns } from '../../trace/traceColumns';
import { JobWorker } from '../jobs/jobWorker';
import type { FiguresResult, FiguresWorkerLike } from './protocol';

export interface FiguresClient {
  /** Starts summarising `columns` in the worker; a job still running is replaced (and answers null). */
  readonly summarise: (columns: TraceColumns) => PendingSummary;
  /** Starts the worker ahead of the first large trace (its module takes tens of ms to load). */
  readonly warm: () => void;
  readonly dispose: () => void;
}

/** @example const figures = createFiguresClient(() => new Worker(url, { type: 'module' })); */
export function createFiguresClient(createWorker: () => FiguresWorkerLike): FiguresClient {
  let spare: FiguresWorkerLike | null = null;
  let jobs = 0;
  const worker = new JobWorker<TraceColumns, FiguresResult>(() => {
    const warmed = spare;
    spare = null;
    return warmed ?? createWorker();
  });
  /** Settles the job under way (null: replaced), if any. */
  let settleCurrent: ((value: FiguresResult | null) => void) | null = null;
  return {
    summarise: (columns) => {
      jobs++;
      settleCurrent?.(null);
      const pending: { value: FiguresResult | null | undefined } = { value: undefined };
      const done = new Promise<void>((resolve) => {
        const settle = (value: FiguresResult | null) => {
          if (pending.value !== undefined) return;
          pending.value = value;
          if (settleCurrent === settle) settleCurrent = null;
          resolve();
        };
        settleCurrent = settle;
        worker.run(columns, { onProgress: () => {}, onDone: settle, onError: () => settle(null) });
      });
      return Object.assign(pending, { done });
    },
    warm: () => {
      if (jobs === 0) spare ??= createWorker(); // later jobs find the worker the first one started
    },
    dispose: () => {
      settleCurrent?.(null);
      worker.dispose();
      spare?.terminate();
      spare = null;
    },
  };
}
