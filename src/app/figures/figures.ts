/**
 * The app's one figures worker (./figuresClient), started when the page is first idle. Where there are no
 * workers (unit tests, Node), large traces' figures are computed on the page after their picture.
 */
import { LATE_FIGURES_ABOVE, type PendingSummary } from '../../state/lateFigures';
import type { TraceColumns } from '../../trace/traceColumns';
import { createFiguresClient, type FiguresClient } from './figuresClient';
import type { FiguresWorkerLike } from './protocol';

let client: FiguresClient | null = null;
const theClient = (): FiguresClient | null => {
  if (typeof Worker === 'undefined') return null;
  client ??= createFiguresClient(
    () =>
      new Worker(new URL('./figuresWorker.ts', import.meta.url), {
        type: 'module',
        name: 'awaitline-figures',
      }) as FiguresWorkerLike,
  );
  return client;
};

/**
 * The summary of a large trace's columns (over LATE_FIGURES_ABOVE tasks), from the worker; null for a small
 * trace (its figures are drawn with it) or where there are no workers.
 */
export const summariseLarge = (columns: TraceColumns): PendingSummary | null =>
  columns.taskId.length > LATE_FIGURES_ABOVE ? (theClient()?.summarise(columns) ?? null) : null;

/** Starts the worker ahead of the first large trace. */
export const warmFiguresWorker = (): void => theClient()?.warm();
