/**
 * The simulation worker: runs large scenarios off the page's thread so the UI never freezes.
 * Speaks the `ToWorker` / `FromWorker` protocol.
 */
import { OverBudget, simulateScenario } from '../../strategies';
import { transferables } from './packedTrace';
import { packTrace } from './packTrace';
import { runProblemOf } from '../../state/runProblem';
import type { FromWorker, ToWorker } from './protocol';

function send(message: FromWorker, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  switch (message.type) {
    case 'simulate': {
      const { jobId, scenario } = message;
      send({ type: 'progress', jobId, fraction: 0.1 });
      try {
        const packed = packTrace(simulateScenario(scenario));
        send({ type: 'done', jobId, packed }, transferables(packed));
      } catch (error) {
        if (error instanceof OverBudget) send({ type: 'over-budget', jobId, problem: error.problem });
        else send({ type: 'error', jobId, problem: runProblemOf(error) });
      }
      break;
    }
    default: {
      const unknown: never = message.type;
      send({
        type: 'error',
        jobId: -1,
        problem: { code: 'other', detail: `Unknown message: ${JSON.stringify(unknown)}` },
      });
    }
  }
};
