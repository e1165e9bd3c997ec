import { runProblemOf } from '../../state/runProblem';
import type { FromJobWorker, ToJobWorker } from './protocol';

/**
 * The worker side of the job protocol: answers every `job` message with `work(request)`, its progress
 * reports, and its result (with `transfer`'s buffers moved, not copied) or the problem it threw.
 * @example serveJobs((scenario: Scenario) => packTrace(simulateScenario(scenario)), transferables);
 */
export function serveJobs<Request, Result>(
  work: (request: Request, progress: (fraction: number) => void) => Result,
  transfer: (result: Result) => Transferable[] = () => [],
): void {
  const send = (message: FromJobWorker<Result>, moved: Transferable[] = []) =>
    self.postMessage(message, { transfer: moved });
  self.onmessage = (event: MessageEvent<ToJobWorker<Request>>) => {
    const message = event.data;
    if (message.type !== 'job') {
      const detail = `Unknown message: ${JSON.stringify((message as { type?: unknown }).type)}`;
      send({ type: 'error', jobId: -1, problem: { code: 'other', detail } });
      return;
    }
    const { jobId, request } = message;
    try {
      const result = work(request, (fraction) => send({ type: 'progress', jobId, fraction }));
      send({ type: 'done', jobId, result }, transfer(result));
    } catch (error) {
      send({ type: 'error', jobId, problem: runProblemOf(error) });
    }
  };
}
