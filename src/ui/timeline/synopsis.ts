import type { ParamKey, Scenario } from '../../trace/scenario';
import { getStrategy } from '../../strategies';
import { formatDuration } from '../summary/format';

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** How each parameter reads in a one-line synopsis, when the strategy uses it. */
const PHRASES: Partial<Record<ParamKey, (s: Scenario) => string | null>> = {
  tasks: (s) => count(s.params.tasks, 'request', 'requests'),
  latencyMs: (s) =>
    `${formatDuration(s.params.latencyMs)} each${s.params.jitterMs > 0 ? ` ± ${formatDuration(s.params.jitterMs)}` : ''}`,
  cpuMs: (s) => (s.params.cpuMs > 0 ? `${formatDuration(s.params.cpuMs)} CPU` : null),
  workers: (s) => count(s.params.workers, 'worker', 'workers'),
  concurrency: (s) => `concurrency ${s.params.concurrency}`,
  cores: (s) => count(s.params.cores, 'core', 'cores'),
};

/**
 * The scenario in one line, for the timeline's heading (and so for screenshots):
 * "20 requests · 1.00 s each · 4 workers".
 */
export function synopsis(scenario: Scenario): string {
  const used = getStrategy(scenario.strategy).params;
  return used
    .map((key) => PHRASES[key]?.(scenario) ?? null)
    .filter((p): p is string => p !== null)
    .join(' · ');
}
