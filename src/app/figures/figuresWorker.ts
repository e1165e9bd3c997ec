/**
 * The figures worker: rebuilds a trace from its packed columns and summarises it, on the second core, while
 * the page unpacks and draws the same columns. Asynchronous (the rebuild yields between slices), so it answers
 * the job protocol itself rather than through `serveJobs`.
 */
import { runProblemOf } from '../../state/runProblem';
import { summarize } from '../../trace/summary';
import type { FromJobWorker, ToJobWorker } from '../jobs/protocol';
import { unpackTrace } from '../run/unpackTrace';
import type { FiguresRequest, FiguresResult } from './protocol';

const send = (message: FromJobWorker<FiguresResult>) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<ToJobWorker<FiguresRequest>>) => {
  const { jobId, request } = event.data;
  try {
    const trace = await unpackTrace(request);
    if (trace === null) throw new Error('the trace could not be rebuilt');
    send({ type: 'done', jobId, result: summarize(trace) });
  } catch (error) {
    send({ type: 'error', jobId, problem: runProblemOf(error) });
  }
};
