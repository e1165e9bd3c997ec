/**
 * The simulation worker: runs large scenarios off the page's thread so the UI never freezes. It posts no
 * progress of its own (the simulator reports none); the page fills the bar while it unpacks the trace.
 */
import { simulateScenario } from '../../strategies';
import { baselineFor } from '../../strategies/baseline';
import type { Scenario } from '../../trace/scenario';
import { serveJobs } from '../jobs/serveJobs';
import { transferables } from './packedTrace';
import { packTrace } from './packTrace';
import type { Simulated } from './protocol';

serveJobs(
  (scenario: Scenario): Simulated => {
    const trace = simulateScenario(scenario);
    return { packed: packTrace(trace), baseline: baselineFor(trace) };
  },
  (simulated) => transferables(simulated.packed),
);
