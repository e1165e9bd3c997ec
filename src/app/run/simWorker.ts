/**
 * The simulation worker: runs large scenarios off the page's thread so the UI never freezes.
 * Speaks the `ToWorker` / `FromWorker` protocol.
 */
import { simulateScenario } from '../../strategies';
import { describeError, type FromWorker, type ToWorker } from './protocol';

function send(message: FromWorker): void {
  self.postMessage(message);
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  switch (message.type) {
    case 'simulate': {
      const { jobId, scenario } = message;
      send({ type: 'progress', jobId, fraction: 0.1 });
      try {
        const trace = simulateScenario(scenario);
        send({ type: 'progress', jobId, fraction: 0.9 });
        send({ type: 'done', jobId, trace });
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
