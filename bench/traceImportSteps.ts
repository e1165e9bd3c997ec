/**
 * Where opening a trace file spends its time, step by step, in Node (the same code the import worker runs):
 * JSON.parse, the Chrome-trace read-back, the size count, the zod shape check, the reference and timeline
 * checks, packing for the trip to the page and unpacking there. Median of `BENCH_REPEATS` (default 5).
 */
import { performance } from 'node:perf_hooks';
import { defaultParams, simulateScenario } from '../src/strategies';
import { toChromeTrace } from '../src/trace/chromeTrace';
import { readTraceFile } from '../src/trace/readTraceFile';

const REPEATS = Number(process.env.BENCH_REPEATS ?? 5);
const TASKS = (process.env.BENCH_SIZES ?? '10000').split(',').map(Number);

const median = (xs: readonly number[]) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

for (const tasks of TASKS) {
  const trace = simulateScenario({
    strategy: 'thread-pool',
    params: { ...defaultParams('thread-pool'), tasks },
    seed: 1,
  });
  const files = { chrome: JSON.stringify(toChromeTrace(trace)), awaitline: JSON.stringify(trace) };
  for (const [format, text] of Object.entries(files)) {
    const times: number[] = [];
    const parse: number[] = [];
    for (let i = 0; i < REPEATS; i++) {
      let t = performance.now();
      JSON.parse(text);
      parse.push(performance.now() - t);
      t = performance.now();
      const r = readTraceFile(text);
      times.push(performance.now() - t);
      if (!r.ok) throw new Error(r.error);
    }
    console.log(
      `${tasks} tasks ${format.padEnd(9)} ${(text.length / 1e6).toFixed(1)} MB: readTraceFile ${median(times).toFixed(0)} ms (JSON.parse alone ${median(parse).toFixed(0)} ms)`,
    );
  }
}
