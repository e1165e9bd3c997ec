/** `npm run bench`: every benchmark, printing figures. Builds the app first for the browser benches. */
import { execSync } from 'node:child_process';
import { benchBundle } from './bundle';
import { runBundled } from './node';
import { benchUi } from './ui';
import { benchPlayback } from './playback';
import { benchLive } from './live';
import { benchPython } from './python';

const results: Record<string, boolean> = {};
results.sim = await runBundled('bench/sim.ts');
results.scaling = await runBundled('bench/scaling.ts');
execSync('npx vite build --logLevel error', { stdio: 'inherit' });
results.bundle = benchBundle().ok;
results.ui = (await benchUi()).ok;
results.playback = (await benchPlayback()).ok;
results.live = (await benchLive()).ok;
results.python = (await benchPython()).ok;
console.log(
  `\nwithin budget: ${Object.entries(results)
    .map(([k, v]) => `${k} ${v ? 'yes' : 'NO'}`)
    .join(', ')}`,
);
