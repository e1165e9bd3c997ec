import type { TaskPlan } from '../host/plan';
import type { LiveWorker } from './workerPool';

interface Slot {
  chunk: number[];
  readonly inFlight: Set<number>;
}

/**
 * Feeds tasks to workers: each worker takes a chunk (Pool.map's chunks; 1 for a thread pool) and runs up to
 * `concurrency` of its tasks at once (aiomultiprocess's childconcurrency; 1 for a process or a thread). A
 * worker takes its next chunk when the current one is used up.
 */
export class PoolScheduler {
  private readonly queue: number[][] = [];
  private readonly slots = new Map<LiveWorker, Slot>();

  constructor(
    private readonly concurrency: number,
    private readonly plan: (task: number, worker: LiveWorker) => TaskPlan,
  ) {}

  /** Queues work (at the back, or at the front for a crashed worker's leftovers) and hands it out. */
  add(chunk: readonly number[], front = false): void {
    if (chunk.length === 0) return;
    if (front) this.queue.unshift([...chunk]);
    else this.queue.push([...chunk]);
    for (const worker of this.slots.keys()) this.pump(worker);
  }

  join(worker: LiveWorker): void {
    this.slots.set(worker, { chunk: [], inFlight: new Set() });
    this.pump(worker);
  }

  /** A task ended on `worker`; it takes more work. */
  ended(worker: LiveWorker, task: number): void {
    this.slots.get(worker)?.inFlight.delete(task);
    this.pump(worker);
  }

  /** `worker` died: returns the tasks it was running (they fail) and re-queues the rest of its chunk. */
  leave(worker: LiveWorker): number[] {
    const slot = this.slots.get(worker);
    this.slots.delete(worker);
    if (!slot) return [];
    this.add(slot.chunk, true);
    return [...slot.inFlight];
  }

  private pump(worker: LiveWorker): void {
    const slot = this.slots.get(worker);
    if (!slot) return;
    while (slot.inFlight.size < this.concurrency) {
      if (slot.chunk.length === 0) {
        // Pool.map: a worker asks for its next chunk only when its current one is done.
        if (slot.inFlight.size > 0 && this.concurrency === 1) return;
        const next = this.queue.shift();
        if (!next) return;
        slot.chunk = next;
      }
      const task = slot.chunk.shift() as number;
      slot.inFlight.add(task);
      worker.post({ type: 'task', plan: this.plan(task, worker) });
    }
  }
}
