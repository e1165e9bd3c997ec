/**
 * The messages between the page and a job worker (the simulation worker, the scaling worker): one
 * discriminated union per direction, shared by both sides, generic in what a job asks and answers. Every
 * answer names the job it answers, so answers to a cancelled or superseded job are dropped.
 */
import type { RunProblem } from '../../state/runProblem';

/** Page → worker: do this job. A worker does one job at a time; a cancel terminates it. */
export type ToJobWorker<Request> = {
  readonly type: 'job';
  readonly jobId: number;
  readonly request: Request;
};

/** Worker → page. */
export type FromJobWorker<Result> =
  | { readonly type: 'progress'; readonly jobId: number; readonly fraction: number }
  | { readonly type: 'done'; readonly jobId: number; readonly result: Result }
  /** The job threw; `jobId` is -1 for a message the worker did not understand. */
  | { readonly type: 'error'; readonly jobId: number; readonly problem: RunProblem };

/** What the page needs of a Worker; a plain object in tests. */
export interface JobWorkerLike<Request, Result> {
  postMessage(message: ToJobWorker<Request>): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromJobWorker<Result>>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
}
