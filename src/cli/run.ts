import { getStrategy, simulateScenario } from '../strategies';
import { summarize } from '../trace/summary';
import type { Trace } from '../trace/types';
import { parseCli } from './args';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** The trace to write, when --trace was given. */
  readonly trace?: { readonly file: string; readonly trace: Trace };
}

const ms = (v: number) => (v >= 10_000 ? `${(v / 1000).toFixed(2)} s` : `${v.toFixed(1)} ms`);

/** Runs the CLI on `argv` without touching the process: the caller prints and writes. */
export function runCli(argv: readonly string[]): CliResult {
  let options;
  try {
    options = parseCli(argv);
  } catch (error) {
    return { code: 2, stdout: '', stderr: `awaitline sim: ${(error as Error).message.split('\n')[0]}\n` };
  }
  const { scenario, json, traceFile } = options;
  const trace = simulateScenario(scenario);
  const s = summarize(trace);
  const p = scenario.params;
  const stdout = json
    ? JSON.stringify({
        strategy: scenario.strategy,
        tasks: s.tasks,
        makespanMs: s.makespanMs,
        throughputPerS: s.throughputPerS,
        peakInFlight: s.peakInFlight,
        peakBusyLanes: s.peakBusyLanes,
        responseTimeMs: s.responseTime,
        completionMs: s.completion,
        utilisation: s.utilisation,
        failed: s.failed,
        seed: scenario.seed,
        params: p,
      }) + '\n'
    : [
        `${getStrategy(scenario.strategy).title} (${scenario.strategy}), seed ${scenario.seed}`,
        `  ${p.tasks} tasks, latency ${p.latencyMs} ms \u00b1 ${p.jitterMs} ms, CPU ${p.cpuMs} ms per task`,
        `  makespan        ${ms(s.makespanMs)}`,
        `  throughput      ${s.throughputPerS.toFixed(2)} tasks/s`,
        `  response time   mean ${ms(s.responseTime.mean)}, p95 ${ms(s.responseTime.p95)} (per request, send -> answer)`,
        `  done after      mean ${ms(s.completion.mean)}, max ${ms(s.completion.max)} (per request, since the start)`,
        `  peak in flight  ${s.peakInFlight}`,
        `  peak busy lanes ${s.peakBusyLanes}, utilisation ${(s.utilisation * 100).toFixed(1)}%`,
        '',
      ].join('\n');
  return { code: 0, stdout, stderr: '', ...(traceFile ? { trace: { file: traceFile, trace } } : {}) };
}
