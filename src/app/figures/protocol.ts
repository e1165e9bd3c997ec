/**
 * The figures worker's job (see ../jobs/protocol for the messages): a copy of a large trace's packed columns,
 * answered with its summary (`summarize`, the very function the page would run), computed while the page
 * unpacks and draws the same trace.
 */
import type { TraceSummary } from '../../trace/summary';
import type { TraceColumns } from '../../trace/traceColumns';
import type { JobWorkerLike } from '../jobs/protocol';

export type FiguresRequest = TraceColumns;
export type FiguresResult = TraceSummary;
export type FiguresWorkerLike = JobWorkerLike<FiguresRequest, FiguresResult>;
