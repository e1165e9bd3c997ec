/**
 * The scaling worker: runs sweeps (hundreds of simulations, some of 100,000 tasks) off the page's thread.
 * Progress is posted at most every 50 ms; a cancel terminates this worker, so it needs no cancel message.
 */
import { describeError } from '../../state/runProblem';
import type { FromScalingWorker, ToScalingWorker } from './protocol';
import { runSweep } from './sweep';

const send = (message: FromScalingWorker) => self.postMessage(message);

self.onmessage = (event: MessageEvent<ToScalingWorker>) => {
  const message = event.data;
  switch (message.type) {
    case 'sweep': {
      const { jobId, request, shard } = message;
      let last = 0;
      try {
        const result = runSweep(
          request,
          () => performance.now(),
          (fraction) => {
            const t = performance.now();
            if (t - last < 50) return;
            last = t;
            send({ type: 'progress', jobId, fraction });
          },
          shard,
        );
        send({ type: 'done', jobId, result });
      } catch (error) {
        send({ type: 'error', jobId, message: describeError(error) });
      }
      break;
    }
    default: {
      const unknown: never = message.type;
      send({ type: 'error', jobId: -1, message: `Unknown message: ${JSON.stringify(unknown)}` });
    }
  }
};
