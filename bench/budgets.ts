/**
 * `npm run bench:frame`: every budget of direct manipulation in one run (issue 16), printing the figures:
 * simulator full trace and outcome mode (Node), slider step → painted, pointer drag and the CPU profile, playback
 * scrubbing, the Scaling tab's sweep and trace-file opening against speedscope (headless Chromium, preview build).
 * Builds the app first. Compare before/after figures only between whole runs on a similar machine load.
 */
import { execSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { runBundled } from './node';
import { benchFrame } from './frame';
import { benchPlayback } from './playback';
import { benchScalingScreen } from './scalingScreen';
import { benchTraceOpen } from './traceOpen';
import { startPreview } from './preview';

const started = Date.now();
console.log(
  `${new Date().toISOString()}  load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
const results: Record<string, boolean> = {};
results.sim = await runBundled('bench/sim.ts');
execSync('npx vite build --logLevel error', { stdio: 'inherit' });
results.frame = (await benchFrame()).ok;
const preview = await startPreview(4377);
process.env.PLAYBACK_BENCH_URL = preview.url;
try {
  results.playback = (await benchPlayback()).ok;
} finally {
  preview.stop();
}
results.scaling = (await benchScalingScreen()).ok;
results.traceOpen = (await benchTraceOpen()).ok;
console.log(
  `\nwithin budget: ${Object.entries(results)
    .map(([k, v]) => `${k} ${v ? 'yes' : 'NO'}`)
    .join(', ')}  (${((Date.now() - started) / 1000).toFixed(0)} s)`,
);
