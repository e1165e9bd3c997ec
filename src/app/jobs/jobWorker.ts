import { describeError, type RunProblem } from '../../state/runProblem';
import type { FromJobWorker, JobWorkerLike } from './protocol';

export interface JobCallbacks<Result> {
  readonly onProgress: (fraction: number) => void;
  readonly onDone: (result: Result) => void;
  readonly onError: (problem: RunProblem) => void;
}

/**
 * A typed client of one reusable job worker (see ./protocol): one job at a time, latest wins. A job still
 * running when a newer one arrives, or when cancelled, is stopped by terminating the worker (a fresh one
 * spawns in ~20–50 ms), so a stale job never delays the current one; its callbacks never fire again. A worker
 * that fails (an error event, a message that cannot be read, a failed start) is dropped, the failure reported
 * as a `RunProblem`, and replaced by the next job.
 * @example const sim = new JobWorker(createWorker); sim.run(scenario, { onProgress, onDone, onError });
 */
export class JobWorker<Request, Result> {
  private worker: JobWorkerLike<Request, Result> | null = null;
  private busy = false;
  private jobId = 0;
  private current: JobCallbacks<Result> | null = null;

  constructor(private readonly create: () => JobWorkerLike<Request, Result>) {}

  /** Runs `request` in the worker, cancelling the job before it. */
  run(request: Request, callbacks: JobCallbacks<Result>): void {
    this.cancel();
    this.current = callbacks;
    try {
      const worker = (this.worker ??= this.spawn());
      this.busy = true;
      worker.postMessage({ type: 'job', jobId: this.jobId, request });
    } catch (error) {
      this.drop();
      callbacks.onError({ code: 'start-worker', detail: describeError(error) });
    }
  }

  /** Cancels the current job (its callbacks never fire); a busy worker is terminated, an idle one kept. */
  cancel(): void {
    this.jobId += 1;
    this.current = null;
    if (this.busy) this.drop();
  }

  /** Cancels the current job and terminates the worker. */
  dispose(): void {
    this.cancel();
    this.drop();
  }

  private drop(): void {
    this.worker?.terminate();
    this.worker = null;
    this.busy = false;
  }

  /** The callbacks of the running job, which ends with a failure of its worker: the worker is dropped. */
  private failed(problem: RunProblem): void {
    const callbacks = this.busy ? this.current : null;
    this.current = null;
    this.drop();
    callbacks?.onError(problem);
  }

  private spawn(): JobWorkerLike<Request, Result> {
    const worker = this.create();
    worker.onmessage = (event: MessageEvent<FromJobWorker<Result>>) => {
      const message = event.data;
      const callbacks = this.current;
      if (message.jobId !== this.jobId || !callbacks) return; // an answer to a cancelled job
      if (message.type === 'progress') return callbacks.onProgress(message.fraction);
      this.busy = false;
      this.current = null;
      if (message.type === 'done') callbacks.onDone(message.result);
      else callbacks.onError(message.problem);
    };
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault?.();
      this.failed({ code: 'worker-failed', detail: event.message || null });
    };
    worker.onmessageerror = () => this.failed({ code: 'bad-message' });
    return worker;
  }
}
