import { useEffect } from 'react';
import { useAppStore } from '../../state';
import type { ScalingWorkerLike } from './protocol';
import { startScalingRuns } from './scalingRunner';

/** The real worker: a module worker bundled by Vite. */
const createWorker = (): ScalingWorkerLike =>
  new Worker(new URL('./scalingWorker.ts', import.meta.url), {
    type: 'module',
    name: 'awaitline-scaling',
  }) as ScalingWorkerLike;

/** One worker per core, up to 4 (a sweep's points are independent); 2 where the browser does not say. */
const shardCount = () =>
  Math.max(1, Math.min(4, typeof navigator === 'undefined' ? 2 : navigator.hardwareConcurrency || 2));

/** Computes the scaling curves while the Scaling screen is open. */
export function useScalingRuns(): void {
  useEffect(() => startScalingRuns(useAppStore, createWorker, shardCount()), []);
}
