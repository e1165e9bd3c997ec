/**
 * The scaling worker: runs sweeps (hundreds of simulations, some of 100,000 tasks) off the page's thread.
 * Progress is posted at most every 50 ms; a cancel terminates this worker, so it needs no cancel message.
 */
import { serveJobs } from '../jobs/serveJobs';
import type { ShardRequest } from './protocol';
import { runSweep } from '../../strategies/scalingSweep';

serveJobs(({ request, shard }: ShardRequest, progress) => {
  let last = 0;
  return runSweep(
    request,
    () => performance.now(),
    (fraction) => {
      const t = performance.now();
      if (t - last < 50) return;
      last = t;
      progress(fraction);
    },
    shard,
  );
});
