import { burn, SWITCH_INTERVAL_MS, yieldToLoop } from '../host/burn';
import { epochNow } from '../clock';
import type { FromWorker } from '../protocol';

/**
 * This thread's side of a shared GIL: CPU work only runs while holding it, in 5 ms slices; between slices the
 * thread looks at its messages and drops the GIL when another thread has asked for it (Python's switch
 * interval). I/O never holds it: a task releases it when its CPU work ends.
 */
export class GilClient {
  private holding = false;
  private wanted = false;
  private grant: (() => void) | null = null;

  constructor(private readonly post: (message: FromWorker) => void) {}

  /** The broker says the GIL is this thread's. */
  granted(): void {
    this.holding = true;
    this.grant?.();
    this.grant = null;
  }

  /** The broker says another thread waits. */
  askedToYield(): void {
    this.wanted = true;
  }

  /** Burns `ms` of CPU under the GIL; `onState` records ready (waiting for it) and running (holding it). */
  async run(ms: number, onState: (state: 'ready' | 'running') => void): Promise<void> {
    let left = ms;
    while (left > 0) {
      if (!this.holding) {
        onState('ready');
        await this.acquire();
        onState('running');
      }
      const slice = Math.min(SWITCH_INTERVAL_MS, left);
      burn(slice);
      left -= slice;
      await yieldToLoop();
      if (this.wanted && left > 0) this.release();
    }
    this.release();
  }

  private acquire(): Promise<void> {
    return new Promise((resolve) => {
      this.grant = resolve;
      this.post({ type: 'gil-acquire', t: epochNow() });
    });
  }

  private release(): void {
    if (!this.holding) return;
    this.holding = false;
    this.wanted = false;
    this.post({ type: 'gil-release', t: epochNow() });
  }
}
